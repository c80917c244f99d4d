using Microsoft.EntityFrameworkCore;
using OnThisDay.Web.Entries;
using OnThisDay.Web.Events;

namespace OnThisDay.Web.Data;

/// <summary>The read model's queries, used by more than one page.</summary>
public static class ReadModelQueries
{
    public static IQueryable<EventEntity> Published(this IQueryable<EventEntity> events, bool includeDrafts) =>
        includeDrafts ? events : events.Where(e => !e.Draft);

    public static Task<List<EventSummary>> DaySummariesAsync(this OnThisDayDb db, int month, int day, bool includeDrafts, CancellationToken ct = default) =>
        db.Events.Published(includeDrafts)
            .Where(e => e.Month == month && e.Day == day)
            .OrderBy(e => e.Year).ThenBy(e => e.Slug)
            .Select(e => new EventSummary(e.Slug, e.Title, new HistoricDate(e.Year, e.Month, e.Day), e.Summary, e.Kind, e.Featured, e.Draft))
            .ToListAsync(ct);

    public static async Task<EventView?> EventViewAsync(this OnThisDayDb db, string slug, bool includeDrafts, CancellationToken ct = default)
    {
        var entity = await db.Events.Published(includeDrafts)
            .Include(e => e.Photos.OrderBy(p => p.Position))
            .Include(e => e.Related.OrderBy(r => r.Position))
            .Include(e => e.Tags)
            .AsSingleQuery()
            .FirstOrDefaultAsync(e => e.Slug == slug, ct);
        if (entity is null)
        {
            return null;
        }
        var targets = entity.Related.Where(r => r.EventSlug is not null).Select(r => r.EventSlug!).ToList();
        var linked = targets.Count == 0
            ? []
            : await db.Events.Published(includeDrafts).Where(e => targets.Contains(e.Slug)).Select(e => e.Slug).ToListAsync(ct);
        return ToView(entity, linked.ToHashSet(StringComparer.Ordinal));
    }

    public static Task<string?> AliasTargetAsync(this OnThisDayDb db, string path, bool includeDrafts, CancellationToken ct = default)
    {
        var key = path.TrimEnd('/').ToLowerInvariant();
        return db.Aliases.Where(a => a.Path == key)
            .Join(db.Events.Published(includeDrafts), a => a.EventId, e => e.Id, (a, e) => e.Slug)
            .FirstOrDefaultAsync(ct);
    }

    private static EventView ToView(EventEntity e, IReadOnlySet<string> linked) => new(
        e.Slug,
        e.Title,
        new HistoricDate(e.Year, e.Month, e.Day),
        e.DateNote,
        e.Summary,
        e.Kind,
        e.Draft,
        e.BodyHtml,
        e.Photos.FirstOrDefault(p => p.IsLead) is { } lead ? ToView(lead) : null,
        [.. e.Related.Select(r => new RelatedView(
            new HistoricDate(r.Year, r.Month, r.Day), r.Text, r.EventSlug is { } s && linked.Contains(s) ? "/events/" + s : null))],
        [.. e.Photos.Where(p => !p.IsLead).Select(ToView)],
        [.. e.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal)],
        e.ModifiedUtc);

    private static PhotoView ToView(PhotoEntity p) => new(
        p.Commons is not null ? PhotoUrls.Commons(p.Commons, p.Width) : PhotoUrls.Local(p.Src!),
        p.Commons is not null ? PhotoUrls.CommonsSrcSet(p.Commons, p.Width) : null,
        p.Alt,
        p.Caption,
        p.Photographer,
        p.Location,
        p.Source,
        p.SourceUrl,
        p.License,
        p.Width,
        p.Height);
}
