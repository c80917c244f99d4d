using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OnThisDay.Web.Dates;
using OnThisDay.Web.Events;

namespace OnThisDay.Web.Data;

/// <summary>The read model's EF Core query pieces, used by more than one page (day and event pages read through <see cref="PageReads"/>).</summary>
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
}
