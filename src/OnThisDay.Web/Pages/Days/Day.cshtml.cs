using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using OnThisDay.Web.Data;
using OnThisDay.Web.Dates;
using OnThisDay.Web.Events;
using OnThisDay.Web.Site;

namespace OnThisDay.Web.Pages.Days;

public sealed record EventGroup(string Heading, IReadOnlyList<EventSummary> Events);

/// <summary>A day page: <c>/</c> for today in the site's time zone, <c>/{month}/{day}</c> for any day.</summary>
public sealed class DayModel(PageReads reads, SiteClock clock, IOptions<SiteOptions> site, IWebHostEnvironment env) : SitePageModel
{
    public int Month { get; private set; }
    public int DayOfMonth { get; private set; }
    public int CurrentYear { get; private set; }
    public bool IsToday { get; private set; }

    /// <summary>This day in the current year; null for 29 February outside a leap year.</summary>
    public DateOnly? DateThisYear { get; private set; }
    public EventView? Featured { get; private set; }
    public IReadOnlyList<EventGroup> AlsoOnThisDay { get; private set; } = [];
    public IReadOnlyList<EventSummary> LeapDayEvents { get; private set; } = [];
    public DayTimeline? Timeline { get; private set; }
    public (int Month, int Day) Previous => CalendarDays.Previous(Month, DayOfMonth);
    public (int Month, int Day) Next => CalendarDays.Next(Month, DayOfMonth);

    public IActionResult OnGet(string? month, string? day)
    {
        var today = clock.Today;
        CurrentYear = today.Year;
        if (month is null && day is null)
        {
            (Month, DayOfMonth, IsToday) = (today.Month, today.Day, true);
        }
        else
        {
            var m = CalendarDays.ParseMonth(month);
            var d = CalendarDays.ParseDay(day);
            if (m is null || d is null || !CalendarDays.IsValidDay(m.Value, d.Value))
            {
                return NotFound();
            }
            var canonical = CalendarDays.Permalink(m.Value, d.Value);
            if (!string.Equals(Request.Path.Value, canonical, StringComparison.Ordinal))
            {
                return RedirectPermanent(canonical + Request.QueryString);
            }
            (Month, DayOfMonth) = (m.Value, d.Value);
            IsToday = today.Month == Month && today.Day == DayOfMonth;
        }
        DateThisYear = DateTime.IsLeapYear(CurrentYear) || Month != 2 || DayOfMonth != 29 ? new DateOnly(CurrentYear, Month, DayOfMonth) : null;

        var includeDrafts = env.IsDevelopment();
        var events = reads.Day(Month, DayOfMonth, includeDrafts);
        var featured = FeaturedChoice.Pick(events, CurrentYear);
        Featured = featured is null ? null : reads.Event(featured.Slug, includeDrafts);
        var others = events.Where(e => e.Slug != featured?.Slug).ToList();
        AlsoOnThisDay = Group(others);
        Timeline = DayTimeline.For(events, featured?.Slug, CurrentYear);
        if (Month == 2 && DayOfMonth == 28 && !DateTime.IsLeapYear(CurrentYear))
        {
            LeapDayEvents = reads.Day(2, 29, includeDrafts);
        }
        Meta = BuildMeta();
        return Page();
    }

    private static List<EventGroup> Group(List<EventSummary> events) =>
        [.. new[] { ("event", "Events"), ("birth", "Births"), ("death", "Deaths"), ("holiday", "Holidays and observances") }
            .Select(k => new EventGroup(k.Item2, [.. events.Where(e => e.Kind == k.Item1).OrderByDescending(e => e.Date)]))
            .Where(g => g.Events.Count > 0)];

    private PageMeta BuildMeta()
    {
        var dayName = CalendarDays.DayName(Month, DayOfMonth);
        var path = CalendarDays.Permalink(Month, DayOfMonth);
        if (Featured is null)
        {
            return new PageMeta($"{dayName} in history · {site.Value.Name}", $"What happened on {dayName} in history.", path);
        }
        return new PageMeta($"{dayName}: {Featured.Title} · {site.Value.Name}", Featured.Summary, path)
        {
            OgType = "article",
            ImageUrl = Featured.Photo is null ? null : JsonLd.Absolute(Featured.Photo.Url, site.Value),
            ImageAlt = Featured.Photo?.Alt,
            JsonLd = JsonLd.Article(Featured, site.Value.Absolute(path), site.Value),
        };
    }
}
