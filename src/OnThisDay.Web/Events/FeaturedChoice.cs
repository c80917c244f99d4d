namespace OnThisDay.Web.Events;

/// <summary>Which event leads a day page.</summary>
public static class FeaturedChoice
{
    /// <summary>
    /// The entry marked featured wins. Otherwise the day's events of kind <c>event</c> take turns by year,
    /// so a date leads with a different story each year and always the same one within a year.
    /// </summary>
    public static EventSummary? Pick(IReadOnlyList<EventSummary> dayEvents, int year)
    {
        var marked = dayEvents.Where(e => e.Featured).OrderBy(e => e.Draft).FirstOrDefault();
        if (marked is not null)
        {
            return marked;
        }
        var candidates = dayEvents.Where(e => e.Kind == "event").OrderBy(e => e.Date).ThenBy(e => e.Slug, StringComparer.Ordinal).ToList();
        if (candidates.Count == 0)
        {
            return dayEvents.FirstOrDefault();
        }
        return candidates[((year % candidates.Count) + candidates.Count) % candidates.Count];
    }
}
