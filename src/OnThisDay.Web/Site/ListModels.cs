namespace OnThisDay.Web.Site;

/// <summary>Previous and next links between the pages of a list (search results, a tag's stories).</summary>
public sealed record Pager(int Page, int Pages, Func<int, string> Link, string Label, string Previous = "← Previous", string Next = "Next →");

/// <summary>The twelve month grids of the year, each day linked to its page and showing how many entries it has.</summary>
/// <param name="CountOf">Entries on a month and day.</param>
/// <param name="Today">The day to mark as today, if any.</param>
/// <param name="MarkGaps">Outline days with no entry (the editors' view).</param>
/// <param name="HeadingLevel">2 on a page of its own, 3 inside a section.</param>
public sealed record CalendarGrid(Func<int, int, int> CountOf, (int Month, int Day)? Today, bool MarkGaps, int HeadingLevel);
