using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using OnThisDay.Web.Data;
using OnThisDay.Web.Entries;

namespace OnThisDay.Web.Sync;

public sealed record SyncResult(int Added, int Updated, int Removed, int Broken, int Unchanged, TimeSpan Elapsed)
{
    public bool TagsChanged { get; init; }

    public bool Changed => Added + Updated + Removed > 0 || TagsChanged;
}

/// <summary>
/// Turns the files under content/ into the read model: hashes every file, parses only the changed ones,
/// applies the result in one transaction, and keeps the last good version of an entry saved broken.
/// </summary>
public sealed class ContentSync(
    IOptions<ContentOptions> contentOptions,
    ReadModelDatabase database,
    IDbContextFactory<OnThisDayDb> dbFactory,
    ReadModelState state,
    IOutputCacheStore outputCache,
    TimeProvider clock,
    ILogger<ContentSync> logger)
{
    private const string TagsKey = "tags.yml";
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>
    /// Deletes the database and builds it again from content/: for a file that became unreadable or damaged
    /// while the site runs. Nothing is lost, since every row comes from the files.
    /// </summary>
    public async Task<SyncResult> RebuildAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            logger.LogError("The read model database {Database} is unusable; rebuilding it from content", database.FilePath);
            state.MarkUnloaded();
            database.Delete();
            database.EnsureReady();
        }
        finally
        {
            _gate.Release();
        }
        return await SyncAsync(cancellationToken);
    }

    public async Task<SyncResult> SyncAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var started = clock.GetTimestamp();
            var result = await SyncCoreAsync(cancellationToken);
            result = result with { Elapsed = clock.GetElapsedTime(started) };
            state.MarkSynced(result, clock.GetUtcNow());
            if (result.Changed)
            {
                await outputCache.EvictByTagAsync(ReadModelState.CacheTag, cancellationToken);
                logger.LogInformation(
                    "Synced content: {Added} added, {Updated} updated, {Removed} removed, {Broken} broken, {Unchanged} unchanged in {Elapsed:0} ms",
                    result.Added, result.Updated, result.Removed, result.Broken, result.Unchanged, result.Elapsed.TotalMilliseconds);
            }
            else
            {
                logger.LogDebug("Synced content: nothing changed, {Unchanged} files checked in {Elapsed:0} ms", result.Unchanged, result.Elapsed.TotalMilliseconds);
            }
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<SyncResult> SyncCoreAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var folder = new ContentFolder(contentOptions.Value.Path);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.SourceFiles.ToDictionaryAsync(s => s.Path, StringComparer.Ordinal, cancellationToken);

        var tagsText = File.Exists(Path.Combine(folder.Root, TagVocabulary.FileName))
            ? await File.ReadAllTextAsync(Path.Combine(folder.Root, TagVocabulary.FileName), cancellationToken) : "";
        var tagsHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(tagsText)));
        var tagsChanged = !stored.TryGetValue(TagsKey, out var tagsRow) || tagsRow.SeenHash != tagsHash;

        var paths = folder.EntryPaths();
        var present = paths.ToHashSet(StringComparer.Ordinal);
        var changed = new List<EntryFile>();
        foreach (var path in paths)
        {
            // A file that cannot be read right now (being written, locked) is left as it was.
            if (folder.Read(path) is { } file && (tagsChanged || !stored.TryGetValue(path, out var row) || row.SeenHash != file.Hash))
            {
                changed.Add(file);
            }
        }
        var removed = stored.Keys.Where(p => p != TagsKey && !present.Contains(p)).ToList();
        var removedSet = removed.ToHashSet(StringComparer.Ordinal);
        if (changed.Count == 0 && removed.Count == 0 && !tagsChanged)
        {
            return new SyncResult(0, 0, 0, 0, paths.Count, TimeSpan.Zero);
        }

        // Parsing is the costly part of a sync and needs nothing shared, so it runs on every core.
        var readMs = clock.GetElapsedTime(started).TotalMilliseconds;
        // The vocabulary is read once, from the text that was hashed, for the parser and for the Tags table.
        var vocabulary = TagVocabulary.Parse(tagsText);
        var parser = new EntryParser(folder.Root, vocabulary.Tags.Select(t => t.Tag).ToHashSet(StringComparer.Ordinal));
        var parsed = changed.AsParallel().AsOrdered().Select(f => (File: f, Result: parser.Parse(f.RelativePath, f.Text))).ToList();
        var replacing = parsed.Where(p => p.Result.Document is not null).Select(p => p.File.RelativePath).ToHashSet(StringComparer.Ordinal);
        // Filtered here rather than in SQL: a full build would otherwise send one SQL variable per file.
        var aliases = (await db.Aliases.Select(a => new { a.EventId, a.Path }).ToListAsync(cancellationToken)).ToLookup(a => a.EventId, a => a.Path);
        var existing = (await db.Events
            .Select(e => new { e.Id, e.Slug, e.SourcePath, e.Month, e.Day, e.Featured, e.Draft })
            .ToListAsync(cancellationToken))
            .Where(e => !removedSet.Contains(e.SourcePath) && !replacing.Contains(e.SourcePath))
            .Select(e => new { e.Slug, e.SourcePath, e.Month, e.Day, e.Featured, e.Draft, Aliases = aliases[e.Id].ToList() })
            .ToList();
        var cross = ContentRules.Check(
            [.. parsed.Select(p => p.Result)],
            [.. existing.Select(e => new PublishedEntry(e.Slug, e.SourcePath, e.Month, e.Day, e.Featured, e.Draft, e.Aliases))]);
        var publishedPaths = await db.Events.Select(e => e.SourcePath).ToHashSetAsync(StringComparer.Ordinal, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var parseMs = clock.GetElapsedTime(started).TotalMilliseconds - readMs;

        int added = 0, updated = 0, broken = 0;
        var publishable = parsed
            .Select(p => (p.File, p.Result, Diagnostics: p.Result.Diagnostics.Concat(cross[p.Result.Path]).ToList(), Document: cross[p.Result.Path].Any() ? null : p.Result.Document))
            .ToList();
        var gone = removed.Count(publishedPaths.Contains);

        await db.Database.OpenConnectionAsync(cancellationToken);
        // The read model can always be rebuilt from content/, so a sync trades the last fsync's durability for speed
        // (WAL with synchronous=NORMAL still never corrupts the file).
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;", cancellationToken);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            using var writer = new ReadModelWriter(db.Database.GetDbConnection(), transaction.GetDbTransaction());
            writer.DeleteEvents([.. removed, .. publishable.Where(p => p.Document is not null && publishedPaths.Contains(p.File.RelativePath)).Select(p => p.File.RelativePath)]);
            writer.DeleteSourceFiles(removed);
            foreach (var (file, result, diagnostics, document) in publishable)
            {
                var isNewVersion = !stored.TryGetValue(file.RelativePath, out var row) || row.SeenHash != file.Hash;
                if (isNewVersion)
                {
                    foreach (var d in diagnostics)
                    {
                        logger.Log(d.IsError ? LogLevel.Error : LogLevel.Warning, "{Diagnostic}", d.ToString());
                    }
                }
                if (document is not null)
                {
                    writer.InsertEvent(document, file.LastWriteUtc);
                    _ = publishedPaths.Contains(file.RelativePath) ? updated++ : added++;
                }
                else
                {
                    broken++;
                    if (isNewVersion && publishedPaths.Contains(file.RelativePath))
                    {
                        logger.LogWarning("Keeping the last good version of {Path} until its errors are fixed", "content/" + file.RelativePath);
                    }
                }
                writer.UpsertSourceFile(file.RelativePath, file.Hash, document is not null ? file.Hash : null, diagnostics, now, file.LastWriteUtc);
            }
            if (tagsChanged)
            {
                var (tags, tagDiagnostics) = vocabulary;
                foreach (var d in tagDiagnostics)
                {
                    logger.LogError("{Diagnostic}", d.ToString());
                }
                writer.ReplaceTags(tags);
                writer.UpsertSourceFile(TagsKey, tagsHash, tagsHash, tagDiagnostics, now, now);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        logger.LogDebug("Sync phases: read and hash {Read:0} ms, parse and check {Parse:0} ms, write {Write:0} ms",
            readMs, parseMs, clock.GetElapsedTime(started).TotalMilliseconds - readMs - parseMs);
        return new SyncResult(added, updated, gone, broken, paths.Count - changed.Count, TimeSpan.Zero) { TagsChanged = tagsChanged };
    }
}
