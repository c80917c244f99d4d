using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;

namespace OnThisDay.Web.Data;

/// <summary>
/// Every published slug and every alias (old address → event), held in memory and replaced after each sync that
/// changes the read model: a 404 (the commonest miss, and what scanners send by the thousand) costs a dictionary
/// look-up, and a page knows which of its related events exist without asking the database.
/// </summary>
public sealed class AddressMap
{
    private volatile Snapshot? _current;

    public bool IsLoaded => _current is not null;

    public async Task LoadAsync(OnThisDayDb db, CancellationToken cancellationToken = default)
    {
        var events = await db.Events.Select(e => new { e.Id, e.Slug, e.Draft }).ToListAsync(cancellationToken);
        var aliases = await db.Aliases.Select(a => new { a.Path, a.EventId }).ToListAsync(cancellationToken);
        var byId = events.ToDictionary(e => e.Id);
        _current = new Snapshot(
            events.ToFrozenDictionary(e => e.Slug, e => e.Draft, StringComparer.Ordinal),
            aliases.Where(a => byId.ContainsKey(a.EventId))
                .ToFrozenDictionary(a => a.Path, a => (byId[a.EventId].Slug, byId[a.EventId].Draft), StringComparer.Ordinal));
    }

    /// <summary>Replaces the map from entries already in memory (the sync's own facts), without a query.</summary>
    public void Load(IEnumerable<Entries.PublishedEntry> published)
    {
        var entries = published.ToList();
        _current = new Snapshot(
            entries.ToFrozenDictionary(e => e.Slug, e => e.Draft, StringComparer.Ordinal),
            entries.SelectMany(e => e.Aliases.Select(a => (Alias: a, e.Slug, e.Draft)))
                .DistinctBy(a => a.Alias, StringComparer.Ordinal)
                .ToFrozenDictionary(a => a.Alias, a => (a.Slug, a.Draft), StringComparer.Ordinal));
    }

    /// <summary>The slug an old address now points to, or null; drafts only where drafts are shown.</summary>
    public string? Target(string path, bool includeDrafts)
    {
        var key = path.TrimEnd('/').ToLowerInvariant();
        return _current is { } map && map.Aliases.TryGetValue(key, out var target) && (includeDrafts || !target.Draft) ? target.Slug : null;
    }

    /// <summary>Whether an event with this slug is published (drafts only where drafts are shown).</summary>
    public bool IsPublished(string slug, bool includeDrafts) =>
        _current is { } map && map.Slugs.TryGetValue(slug, out var draft) && (includeDrafts || !draft);

    private sealed record Snapshot(FrozenDictionary<string, bool> Slugs, FrozenDictionary<string, (string Slug, bool Draft)> Aliases);
}
