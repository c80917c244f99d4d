using OnThisDay.Web.Dates;

namespace OnThisDay.Web.Entries;

/// <summary>What the last sync recorded of a file: the hash it saw and published, and the size and time it read it at.</summary>
public sealed record KnownFile(string SeenHash, string? PublishedHash, long Length, DateTime ModifiedUtc, DateTime ReadUtc);

/// <summary>One read file in a plan: its document when it is published, every diagnostic, and what to record of it.</summary>
public sealed record PlannedFile(EntryFile File, EntryDocument? Document, IReadOnlyList<Diagnostic> Diagnostics, bool IsNewVersion,
    bool WasPublished, string? PublishedHash);

/// <summary>
/// What one sync is to do, decided from facts alone: files to publish or keep, events to delete, entries that moved
/// and keep their page, published addresses that disappear. <see cref="SyncPlanner.Plan"/> makes it; the sync writes it.
/// </summary>
public sealed record SyncPlan(
    IReadOnlyList<PlannedFile> Files,
    IReadOnlyList<string> RemovedFiles,
    IReadOnlyList<string> DeletedEvents,
    IReadOnlyDictionary<string, string> Moves,
    IReadOnlyList<string> LostAddresses)
{
    public int Added => Files.Count(f => f.Document is not null && !f.WasPublished);

    public int Updated => Files.Count(f => f.Document is not null && f.WasPublished);

    public int Broken => Files.Count(f => f.Document is null);
}

/// <summary>
/// The validation and publishing rules of a sync as one pure function: no disk, no database, no clock. Both the
/// live sync and <c>validate</c> (which knows nothing published) call it, so each step exists once.
/// </summary>
public static class SyncPlanner
{
    /// <summary>How soon after its last write a file must have been read for its size and time to be trusted.</summary>
    public static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Whether a file is known unchanged from its size and time alone. Not when it could not be read last time, and
    /// not when it was read within <see cref="RacyWindow"/> of its last write: a second write in the same timestamp
    /// tick could leave size and time as they were (git's "racy" files), so such a file is read once more.
    /// </summary>
    public static bool IsUnchanged(KnownFile known, ScannedFile scanned) =>
        known.SeenHash != ContentFolder.UnreadableHash
        && known.Length == scanned.Length
        && known.ModifiedUtc.Ticks == scanned.LastWriteUtc.Ticks
        && known.ReadUtc.Ticks - known.ModifiedUtc.Ticks > RacyWindow.Ticks;

    /// <param name="read">The files read this time (new or changed), parsed here.</param>
    /// <param name="removed">Files known before and missing now from a folder that could be read.</param>
    /// <param name="known">What the last sync recorded, by path.</param>
    /// <param name="published">The entries on the site, by source path.</param>
    public static SyncPlan Plan(IReadOnlyList<EntryFile> read, IReadOnlyList<string> removed, IReadOnlyDictionary<string, KnownFile> known,
        IReadOnlyDictionary<string, PublishedEntry> published, EntryParser parser)
    {
        // Parsing needs nothing shared, so it runs on every core.
        var parsed = read.AsParallel().AsOrdered()
            .Select(f => (File: f, Result: f.ReadError is { } error ? new EntryParseResult(f.RelativePath, null, [error]) : parser.Parse(f.RelativePath, f.Text!)))
            .ToList();
        var removedSet = removed.ToHashSet(StringComparer.Ordinal);
        var replacing = parsed.Where(p => p.Result.Document is not null).Select(p => p.File.RelativePath).ToHashSet(StringComparer.Ordinal);

        // A published file that moved and fails a rule in its new place (a wrong day folder) keeps its page:
        // the new file, with the same bytes, takes over the last good version as a broken edit would.
        var moves = new Dictionary<string, string>(StringComparer.Ordinal);
        var removedByHash = removed.Where(published.ContainsKey)
            .Where(p => known.GetValueOrDefault(p)?.PublishedHash is not null)
            .GroupBy(p => known[p].PublishedHash!)
            .ToDictionary(g => g.Key, g => g.First());
        foreach (var (file, result) in parsed)
        {
            if (result.Document is null && !published.ContainsKey(file.RelativePath) && removedByHash.Remove(file.Hash, out var from))
            {
                moves[from] = file.RelativePath;
            }
        }

        var existing = published.Values.Where(e => !removedSet.Contains(e.SourcePath) && !replacing.Contains(e.SourcePath)).ToList();
        var cross = ContentRules.Check([.. parsed.Select(p => p.Result)], existing);
        var keptAfterMove = moves.Values.ToHashSet(StringComparer.Ordinal);
        var files = parsed.Select(p =>
        {
            var document = cross[p.Result.Path].Any() ? null : p.Result.Document;
            var before = known.GetValueOrDefault(p.File.RelativePath);
            return new PlannedFile(p.File, document, [.. p.Result.Diagnostics, .. cross[p.Result.Path]],
                IsNewVersion: before is null || before.SeenHash != p.File.Hash,
                WasPublished: published.ContainsKey(p.File.RelativePath),
                PublishedHash: document is not null || keptAfterMove.Contains(p.File.RelativePath) ? p.File.Hash : null);
        }).ToList();

        var deletedPaths = removed.Where(p => !moves.ContainsKey(p)).ToList();
        var deletedEvents = deletedPaths.Where(published.ContainsKey)
            .Concat(files.Where(f => f.Document is not null && f.WasPublished).Select(f => f.File.RelativePath))
            .ToList();
        return new SyncPlan(files, removed, deletedEvents, moves, LostAddresses(published, deletedPaths, files));
    }

    // A published address that disappears without an alias taking it breaks readers' links and bookmarks.
    private static List<string> LostAddresses(IReadOnlyDictionary<string, PublishedEntry> published, List<string> deletedPaths, List<PlannedFile> files)
    {
        var written = files.Select(f => f.Document).OfType<EntryDocument>().ToList();
        var gone = deletedPaths.Concat(written.Select(d => d.SourcePath)).ToHashSet(StringComparer.Ordinal);
        var staying = published.Values.Where(e => !gone.Contains(e.SourcePath)).ToList();
        var slugs = staying.Select(e => e.Slug).Concat(written.Select(d => d.Slug)).ToHashSet(StringComparer.Ordinal);
        var aliases = staying.SelectMany(e => e.Aliases).Concat(written.SelectMany(d => d.Aliases)).ToHashSet(StringComparer.Ordinal);
        return [.. published.Values.Where(e => gone.Contains(e.SourcePath) && !slugs.Contains(e.Slug) && !aliases.Contains(EventAddress.Of(e.Slug))).Select(e => e.Slug)];
    }
}
