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

    public Task LoadAsync(OnThisDayDb db, CancellationToken cancellationToken = default) =>
        LoadAsync(db.Database.GetDbConnection(), cancellationToken);

    /// <summary>
    /// Reads every slug and alias with two plain statements (no query model to build, which keeps EF Core's
    /// first-use cost off the start's critical path); returns the number of events read.
    /// </summary>
    public async Task<int> LoadAsync(System.Data.Common.DbConnection connection, CancellationToken cancellationToken = default)
    {
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }
        try
        {
            var events = new Dictionary<long, (string Slug, bool Draft)>();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT Id, Slug, Draft FROM Events";
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    events[reader.GetInt64(0)] = (reader.GetString(1), reader.GetBoolean(2));
                }
            }
            var aliases = new List<(string Path, long EventId)>();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT Path, EventId FROM Aliases";
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    aliases.Add((reader.GetString(0), reader.GetInt64(1)));
                }
            }
            _current = new Snapshot(
                events.Values.ToFrozenDictionary(e => e.Slug, e => e.Draft, StringComparer.Ordinal),
                aliases.Where(a => events.ContainsKey(a.EventId))
                    .ToFrozenDictionary(a => a.Path, a => events[a.EventId], StringComparer.Ordinal));
            return events.Count;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
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
