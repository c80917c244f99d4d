using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
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
    IDbContextFactory<OnThisDayDb> dbFactory,
    ReadModelState state,
    IOutputCacheStore outputCache,
    TimeProvider clock,
    ILogger<ContentSync> logger)
{
    private const string TagsKey = "tags.yml";
    private readonly SemaphoreSlim _gate = new(1, 1);

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
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<SyncResult> SyncCoreAsync(CancellationToken cancellationToken)
    {
        var folder = new ContentFolder(contentOptions.Value.Path);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.SourceFiles.AsTracking().ToDictionaryAsync(s => s.Path, StringComparer.Ordinal, cancellationToken);

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
        if (changed.Count == 0 && removed.Count == 0 && !tagsChanged)
        {
            return new SyncResult(0, 0, 0, 0, paths.Count, TimeSpan.Zero);
        }

        var parser = folder.CreateParser();
        var parsed = changed.Select(f => (File: f, Result: parser.Parse(f.RelativePath, f.Text))).ToList();
        var replacing = parsed.Where(p => p.Result.Document is not null).Select(p => p.File.RelativePath).ToHashSet(StringComparer.Ordinal);
        var existing = await db.Events
            .Where(e => !removed.Contains(e.SourcePath) && !replacing.Contains(e.SourcePath))
            .Select(e => new { e.Slug, e.SourcePath, e.Month, e.Day, e.Featured, e.Draft, Aliases = e.Aliases.Select(a => a.Path).ToList() })
            .ToListAsync(cancellationToken);
        var cross = ContentRules.Check(
            [.. parsed.Select(p => p.Result)],
            [.. existing.Select(e => new PublishedEntry(e.Slug, e.SourcePath, e.Month, e.Day, e.Featured, e.Draft, e.Aliases))]);

        var publishedPaths = await db.Events.Select(e => e.SourcePath).ToHashSetAsync(StringComparer.Ordinal, cancellationToken);
        int added = 0, updated = 0, broken = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var gone = await db.Events.Where(e => removed.Contains(e.SourcePath)).Select(e => e.Slug).ToListAsync(cancellationToken);
        await db.Events.Where(e => removed.Contains(e.SourcePath)).ExecuteDeleteAsync(cancellationToken);
        await db.SourceFiles.Where(s => removed.Contains(s.Path)).ExecuteDeleteAsync(cancellationToken);
        await DeleteFromSearchAsync(db, gone, cancellationToken);

        foreach (var (file, result) in parsed)
        {
            var diagnostics = result.Diagnostics.Concat(cross[result.Path]).ToList();
            var document = cross[result.Path].Any() ? null : result.Document;
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
                var previous = await db.Events.Where(e => e.SourcePath == file.RelativePath).Select(e => e.Slug).ToListAsync(cancellationToken);
                await db.Events.Where(e => e.SourcePath == file.RelativePath).ExecuteDeleteAsync(cancellationToken);
                await DeleteFromSearchAsync(db, previous, cancellationToken);
                db.Events.Add(EventMapping.ToEntity(document, file.LastWriteUtc));
                await InsertSearchAsync(db, document, cancellationToken);
                if (publishedPaths.Contains(file.RelativePath))
                {
                    updated++;
                }
                else
                {
                    added++;
                }
            }
            else
            {
                broken++;
                if (isNewVersion && publishedPaths.Contains(file.RelativePath))
                {
                    logger.LogWarning("Keeping the last good version of {Path} until its errors are fixed", "content/" + file.RelativePath);
                }
            }
            row ??= db.SourceFiles.Add(new SourceFileEntity { Path = file.RelativePath, SeenHash = file.Hash }).Entity;
            row.SeenHash = file.Hash;
            row.PublishedHash = document is not null ? file.Hash : row.PublishedHash;
            row.Diagnostics = diagnostics.Count == 0 ? null : string.Join('\n', diagnostics);
            row.Errors = diagnostics.Count(d => d.IsError);
            row.Warnings = diagnostics.Count(d => !d.IsError);
            row.SeenUtc = clock.GetUtcNow().UtcDateTime;
            row.ModifiedUtc = DateTime.SpecifyKind(file.LastWriteUtc, DateTimeKind.Utc);
        }

        if (tagsChanged)
        {
            var (tags, tagDiagnostics) = TagVocabulary.Parse(tagsText);
            foreach (var d in tagDiagnostics)
            {
                logger.LogError("{Diagnostic}", d.ToString());
            }
            await db.Tags.ExecuteDeleteAsync(cancellationToken);
            db.Tags.AddRange(tags.Select(t => new TagEntity { Tag = t.Tag, Label = t.Label, Description = t.Description }));
            tagsRow ??= db.SourceFiles.Add(new SourceFileEntity { Path = TagsKey, SeenHash = tagsHash }).Entity;
            tagsRow.SeenHash = tagsHash;
            tagsRow.SeenUtc = clock.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SyncResult(added, updated, gone.Count, broken, paths.Count - changed.Count, TimeSpan.Zero) { TagsChanged = tagsChanged };
    }

    private static Task DeleteFromSearchAsync(OnThisDayDb db, IReadOnlyCollection<string> slugs, CancellationToken cancellationToken) =>
        slugs.Count == 0
            ? Task.CompletedTask
            : db.Database.ExecuteSqlAsync($"DELETE FROM EventSearch WHERE slug IN (SELECT value FROM json_each({System.Text.Json.JsonSerializer.Serialize(slugs)}))", cancellationToken);

    private static Task InsertSearchAsync(OnThisDayDb db, EntryDocument d, CancellationToken cancellationToken)
    {
        var related = string.Join('\n', d.Related.Select(r => r.Text));
        return db.Database.ExecuteSqlAsync(
            $"INSERT INTO EventSearch (slug, title, summary, body, related) VALUES ({d.Slug}, {d.Title}, {d.Summary}, {d.BodyText}, {related})",
            cancellationToken);
    }
}
