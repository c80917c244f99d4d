using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OnThisDay.Web.Dates;
using OnThisDay.Web.Events;

namespace OnThisDay.Web.Data;

/// <summary>The read model's queries, used by more than one page.</summary>
public static class ReadModelQueries
{
    public static IQueryable<EventEntity> Published(this IQueryable<EventEntity> events, bool includeDrafts) =>
        includeDrafts ? events : events.Where(e => !e.Draft);

    /// <summary>An event as lists show it: the one projection from a row, translated to SQL in queries.</summary>
    private static readonly Expression<Func<EventEntity, EventSummary>> SummaryOfRow =
        e => new EventSummary(e.Slug, e.Title, new HistoricDate(e.Year, e.Month, e.Day), e.Summary, e.Kind, e.Featured, e.Draft);

    private static readonly Func<EventEntity, EventSummary> SummaryOfLoadedRow = SummaryOfRow.Compile();

    public static IQueryable<EventSummary> Summaries(this IQueryable<EventEntity> events) => events.Select(SummaryOfRow);

    public static EventSummary ToSummary(this EventEntity e) => SummaryOfLoadedRow(e);

    // The two queries every day page runs are compiled once: no expression tree is built, walked and looked up
    // in the query cache per request.
    private static readonly Func<OnThisDayDb, int, int, bool, IAsyncEnumerable<EventSummary>> DayQuery =
        EF.CompileAsyncQuery((OnThisDayDb db, int month, int day, bool includeDrafts) =>
            db.Events.Where(e => e.Month == month && e.Day == day && (includeDrafts || !e.Draft))
                .OrderBy(e => e.Year).ThenBy(e => e.Slug)
                .Select(SummaryOfRow));

    private static readonly Func<OnThisDayDb, string, bool, Task<string?>> ViewQuery =
        EF.CompileAsyncQuery((OnThisDayDb db, string slug, bool includeDrafts) =>
            db.Events.Where(e => e.Slug == slug && (includeDrafts || !e.Draft)).Select(e => e.ViewJson).FirstOrDefault());

    public static async Task<List<EventSummary>> DaySummariesAsync(this OnThisDayDb db, int month, int day, bool includeDrafts, CancellationToken ct = default)
    {
        var list = new List<EventSummary>();
        await foreach (var e in DayQuery(db, month, day, includeDrafts).WithCancellation(ct))
        {
            list.Add(e);
        }
        return list;
    }

    /// <summary>
    /// One event's page view: the JSON written at sync, read by slug in one query; related events link only where
    /// their target is published now (known from memory).
    /// </summary>
    public static async Task<EventView?> EventViewAsync(this OnThisDayDb db, AddressMap addresses, string slug, bool includeDrafts, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var json = await ViewQuery(db, slug, includeDrafts);
        if (json is null || EventViews.FromJson(json) is not { } view)
        {
            return null;
        }
        return view.Related.Any(r => r.Url is not null)
            ? view with { Related = [.. view.Related.Select(r => r.Url is { } url && !addresses.IsPublished(EventAddress.SlugOf(url)!, includeDrafts) ? r with { Url = null } : r)] }
            : view;
    }
}
