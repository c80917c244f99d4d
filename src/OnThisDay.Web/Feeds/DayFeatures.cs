using Microsoft.EntityFrameworkCore;
using OnThisDay.Web.Data;
using OnThisDay.Web.Dates;
using OnThisDay.Web.Events;

namespace OnThisDay.Web.Feeds;

/// <summary>The featured event of a run of dates, as the day pages choose it.</summary>
public static class DayFeatures
{
    public sealed record Featured(DateOnly Day, EventEntity Event);

    /// <summary>For each date from <paramref name="last"/> back over <paramref name="days"/> days, the event that led that day's page.</summary>
    public static async Task<IReadOnlyList<Featured>> LastDaysAsync(this OnThisDayDb db, DateOnly last, int days, bool includeDrafts, CancellationToken ct)
    {
        var dates = Enumerable.Range(0, days).Select(i => last.AddDays(-i)).ToList();
        var keys = dates.Select(d => d.Month * 100 + d.Day).Distinct().ToList();
        var events = await db.Events.Published(includeDrafts)
            .Where(e => keys.Contains(e.Month * 100 + e.Day))
            .ToListAsync(ct);
        var result = new List<Featured>();
        foreach (var date in dates)
        {
            var ofDay = events.Where(e => e.Month == date.Month && e.Day == date.Day).ToList();
            var summaries = ofDay.Select(e => e.ToSummary()).ToList();
            if (FeaturedChoice.Pick(summaries, date.Year) is { } pick)
            {
                result.Add(new Featured(date, ofDay.First(e => e.Slug == pick.Slug)));
            }
        }
        return result;
    }
}
