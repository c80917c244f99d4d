using Microsoft.EntityFrameworkCore;
using OnThisDay.Web.Data;
using OnThisDay.Web.Site;

namespace OnThisDay.Web.Pages.Calendar;

/// <summary>The whole year at a glance: every day linked, with its number of stories.</summary>
public sealed class IndexModel(OnThisDayDb db, SiteClock clock, IWebHostEnvironment env) : SitePageModel
{
    public IReadOnlyDictionary<(int Month, int Day), int> Counts { get; private set; } = new Dictionary<(int, int), int>();
    public DateOnly Today { get; private set; }
    public int Total { get; private set; }
    public int DaysCovered { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = clock.Today;
        var rows = await db.Events.Published(env.IsDevelopment())
            .GroupBy(e => new { e.Month, e.Day })
            .Select(g => new { g.Key.Month, g.Key.Day, Count = g.Count() })
            .ToListAsync(ct);
        Counts = rows.ToDictionary(r => (r.Month, r.Day), r => r.Count);
        Total = rows.Sum(r => r.Count);
        DaysCovered = rows.Count;
        Meta = new PageMeta(SiteTitle("Calendar"), $"Every day of the year and its stories: {Total} stories across {DaysCovered} days.", "/calendar");
    }

    public int CountOf(int month, int day) => Counts.TryGetValue((month, day), out var n) ? n : 0;
}
