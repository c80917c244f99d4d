using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using OnThisDay.Web.Data;
using OnThisDay.Web.Dates;
using OnThisDay.Web.Entries;

namespace OnThisDay.Web.Sync;

public sealed record SyncResult(int Added, int Updated, int Removed, int Broken, int Unchanged, TimeSpan Elapsed)
{
    public static readonly SyncResult Empty = new(0, 0, 0, 0, 0, TimeSpan.Zero);

    public bool TagsChanged { get; init; }

    /// <summary>Why the sync changed nothing at all (content unreadable, database unwritable); null when it ran.</summary>
    public string? Failure { get; init; }

    /// <summary>Folders and files that could not be read; what was published from them was kept.</summary>
    public IReadOnlyList<string> Unreadable { get; init; } = [];

    public bool Changed => Added + Updated + Removed > 0 || TagsChanged;
}

/// <summary>
/// Turns the files under content/ into the read model: hashes every file, parses only the changed ones,
/// applies the result in one transaction, and keeps the last good version of an entry saved broken. A read
/// error never unpublishes anything: an unreadable content root, events/ or tags.yml stops the sync before it
/// writes, and an unreadable folder or file keeps what was published from it.
/// </summary>
public sealed class ContentSync(
    IOptions<ContentOptions> contentOptions,
    ReadModelDatabase database,
    IDbContextFactory<OnThisDayDb> dbFactory,
    IContentFiles files,
    ReadModelState state,
    AddressMap aliases,
    PageReads pages,
    IOutputCacheStore outputCache,
    TimeProvider clock,
    ILogger<ContentSync> logger)
{
    private const string TagsKey = "tags.yml";

    /// <summary>
    /// How many entries a sync must add or update to count as large (a first build): the search index is merged
    /// after it, and the memory it grew to is given back.
    /// </summary>
    private const int LargeSync = 200;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IReadOnlyList<Diagnostic> _lastFolderDiagnostics = [];
    private int _rebuildRequested;
    private string? _lastFailure;

    // The facts the next sync starts from (what each file was, what is published), kept in memory between syncs
    // so that one changed file does not mean reading every row back; null means "read them from the database".
    private Dictionary<string, KnownFile>? _known;
    private Dictionary<string, PublishedEntry>? _published;

    // Whether the address map was last built from those facts (true) or read from the database (false).
    private bool _addressesFromFacts;

    /// <summary>
    /// Builds a new database beside the live one from content/, then swaps it in with one rename: for a database
    /// damaged while the site runs. Requests keep the old file until the new one is complete, never an empty one.
    /// </summary>
    public async Task<SyncResult> RebuildAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Only a damaged file is rebuilt: a locked or read-only one would fail the same way again.
            if (database.CheckReadable() is not { Damaged: true } && database.Check() is not { Damaged: true }
                && database.CheckIntegrity() is not { Damaged: true })
            {
                return SyncResult.Empty;
            }
            logger.LogError("The read model database {Database} is unusable; rebuilding it beside the old one from content", database.FilePath);
            Forget();
            var started = clock.GetTimestamp();
            var fresh = database.CreateBeside();
            SyncResult result;
            await using (var db = database.CreateContext(fresh))
            {
                result = await SyncCoreAsync(db, cancellationToken);
            }
            if (result.Failure is not null)
            {
                Forget();
                database.DiscardBeside(fresh);
                return Finish(result, started);
            }
            database.SwapIn(fresh);
            await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            {
                await TryLoadAliasesAsync(db, cancellationToken);
            }
            return Finish(result, started);
        }
        finally
        {
            Interlocked.Exchange(ref _rebuildRequested, 0);
            _gate.Release();
        }
    }

    /// <summary>Starts a rebuild in the background unless one is already under way (health probes and failing requests call this).</summary>
    public void RequestRebuild()
    {
        if (Interlocked.CompareExchange(ref _rebuildRequested, 1, 0) == 0)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await RebuildAsync();
                }
                catch (Exception ex)
                {
                    logger.LogError(ex, "Rebuilding the read model failed; the next probe tries again");
                }
            });
        }
    }

    /// <summary>
    /// Starts serving a read model left by an earlier run, before the start-up sync has checked it against the
    /// files: false when there is none worth serving (empty or unreadable).
    /// </summary>
    public async Task<bool> ServeExistingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            // Plain SQLite, not EF Core: the start waits for this, and EF Core's first use (building its model)
            // happens beside it, in the start-up check.
            await using var connection = new SqliteConnection(database.ConnectionString);
            _addressesFromFacts = false;
            if (await aliases.LoadAsync(connection, cancellationToken) == 0)
            {
                return false;
            }
        }
        catch (SqliteException)
        {
            return false;
        }
        state.MarkServing(clock.GetUtcNow());
        return true;
    }

    private const string WarmUpEntry = """
        ---
        title: A Warm-up Entry
        date: 2000-01-01
        summary: Read once at start and never published.
        kind: event
        related:
          - date: 1999-12-31
            text: The day before
        ---
        A paragraph with *emphasis*, a [link](https://example.org/) and a list:

        - one
        - two
        """;

    /// <summary>
    /// Readies the read path before the first reader arrives: today's day page reads, then EF Core's model (which
    /// search, tags, the calendar and the API build on first use), then the parser, for the first edit. Best
    /// effort: a read model that cannot be read now is reported by the sync.
    /// </summary>
    public async Task WarmAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            // Readers first: a day page, the commonest first request, reads with plain SQLite.
            var today = clock.GetUtcNow();
            var events = pages.Day(today.Month, today.Day, includeDrafts: false);
            if (events.Count > 0)
            {
                pages.Event(events[0].Slug, includeDrafts: false);
            }
            await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            {
                await db.Events.Published(includeDrafts: false).Summaries().FirstOrDefaultAsync(cancellationToken);
            }
            // Then the parser's first use (YAML, Markdig, the sanitizer), paid here rather than by an editor's first save.
            new EntryParser(contentOptions.Value.Path).Parse("events/01-01/2000-warm-up.md", WarmUpEntry);
        }
        catch (Exception ex) when (ex is SqliteException or OperationCanceledException)
        {
            logger.LogDebug("Warming the read path stopped: {Reason}", ex.Message);
        }
    }

    public async Task<SyncResult> SyncAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var started = clock.GetTimestamp();
            SyncResult result;
            await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            {
                result = await SyncCoreAsync(db, cancellationToken);
                // After a change, or at start even when the sync failed: a read model that exists is served whole.
                if ((result.Changed || !_addressesFromFacts) && result.Failure is null && _published is { } published)
                {
                    // The sync's own facts are what the database now holds: no need to read them back. After the
                    // start-up check as well, so that the map shares the facts' slugs instead of keeping a second
                    // copy of each, read from the database at start (about 5 MB at 50,000 entries).
                    aliases.Load(published.Values);
                    _addressesFromFacts = true;
                }
                else if (result.Changed || !aliases.IsLoaded)
                {
                    await TryLoadAliasesAsync(db, cancellationToken);
                }
            }
            return Finish(result, started);
        }
        finally
        {
            _gate.Release();
        }
    }

    private SyncResult Finish(SyncResult result, long started)
    {
        result = result with { Elapsed = clock.GetElapsedTime(started) };
        if (result.Failure is { } failure)
        {
            state.MarkFailed(failure, clock.GetUtcNow(), database.CheckReadable() is null);
            return result;
        }
        _lastFailure = null;
        state.MarkSynced(result, clock.GetUtcNow());
        if (result.Added + result.Updated >= LargeSync)
        {
            // A large sync held every parsed file at once; the heap it grew to stays committed after those objects
            // die unless it is given back now (at 50,000 entries 1.19 GB resident for good, instead of 277 MB). One
            // blocking collection of a heap that is small again, once per large sync.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        if (result.Changed)
        {
            _ = outputCache.EvictByTagAsync(ReadModelState.CacheTag, CancellationToken.None).AsTask();
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

    private async Task<SyncResult> SyncCoreAsync(OnThisDayDb db, CancellationToken cancellationToken)
    {
        var settings = contentOptions.Value;
        var folder = new ContentFolder(settings.Path, files, settings.MaxEntryKilobytes);
        ContentScan scan;
        string tagsText;
        try
        {
            // Everything that decides what is removed is read before anything is written.
            scan = folder.Scan();
            tagsText = folder.ReadTagsText();
        }
        catch (ContentUnreadableException ex)
        {
            LogFailure("Content sync changed nothing ({Reason}); the site keeps serving the last good content", ex.Message.TrimEnd('.'));
            return SyncResult.Empty with { Failure = ex.Message };
        }
        LogFolderDiagnostics(scan.Diagnostics);

        try
        {
            return await WriteAsync(db, folder, scan, tagsText, cancellationToken);
        }
        catch (Exception) when (Forget())
        {
            throw;
        }
        catch (SqliteException ex)
        {
            // A pooled connection opened while the file was read-only stays read-only: drop them all, so the
            // next sync (retried on a timer) opens fresh ones once the file is writable again.
            SqliteConnection.ClearAllPools();
            LogFailure("Content sync could not write the read model ({Reason}); it is retried, and the site keeps serving the last good content", ex.Message);
            return SyncResult.Empty with { Failure = "the read model could not be written: " + ex.Message };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogError(ex, "Content sync failed while reading content; the site keeps serving the last good content");
            return SyncResult.Empty with { Failure = ex.Message };
        }
    }

    /// <summary>Read facts, plan, write: the plan decides everything and touches nothing; this method only reads and writes.</summary>
    private async Task<SyncResult> WriteAsync(OnThisDayDb db, ContentFolder folder, ContentScan scan, string tagsText, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var known = _known ??= await LoadKnownAsync(db, cancellationToken);
        var tagsHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(tagsText)));
        var tagsChanged = !known.TryGetValue(TagsKey, out var tagsRow) || tagsRow.SeenHash != tagsHash;

        // Facts: every file's size and time from the scan; the bytes of those whose size or time changed.
        var facts = ReadFacts(folder, scan, known, tagsChanged);
        if (facts.Changed.Count == 0 && facts.Removed.Count == 0 && !tagsChanged)
        {
            if (facts.Touched.Count > 0)
            {
                await RecordStatsAsync(db, facts.Touched, cancellationToken);
                RememberStats(known, facts.Touched);
            }
            // Ready for the next change: the start-up check (run beside the served site) pays for reading them.
            _published ??= await LoadPublishedAsync(db, known, cancellationToken);
            return new SyncResult(0, 0, 0, 0, scan.Files.Count, TimeSpan.Zero) { Unreadable = [.. facts.Unreadable, .. StillUnreadable(known, facts.Present)] };
        }
        var readMs = clock.GetElapsedTime(started).TotalMilliseconds;

        // Plan: parse and check, decide what to publish, keep, move and delete.
        // The vocabulary is read once, from the text that was hashed, for the parser and for the Tags table.
        var vocabulary = TagVocabulary.Parse(tagsText);
        var parser = new EntryParser(folder.Root, vocabulary.Tags.Select(t => t.Tag).ToHashSet(StringComparer.Ordinal));
        var published = _published ??= await LoadPublishedAsync(db, known, cancellationToken);
        var plan = SyncPlanner.Plan(facts.Changed, facts.Removed, known, published, parser);
        var gone = facts.Removed.Count(p => !plan.Moves.ContainsKey(p) && published.ContainsKey(p));
        var parseMs = clock.GetElapsedTime(started).TotalMilliseconds - readMs;

        // Write: one transaction; then the facts in memory follow what it committed.
        await CommitAsync(db, plan, facts.Touched, tagsChanged ? (vocabulary.Tags, vocabulary.Diagnostics, tagsHash) : null, cancellationToken);
        Remember(known, published, plan, facts.Touched, tagsChanged ? tagsHash : null);
        foreach (var slug in plan.LostAddresses)
        {
            logger.LogWarning(
                "The published address /events/{Slug} is gone and no entry lists it in aliases; if the story moved, add 'aliases: [/events/{Slug}]' to its entry",
                slug, slug);
        }
        logger.LogDebug("Sync phases: read and hash {Read:0} ms, parse and check {Parse:0} ms, write {Write:0} ms",
            readMs, parseMs, clock.GetElapsedTime(started).TotalMilliseconds - readMs - parseMs);
        return new SyncResult(plan.Added, plan.Updated, gone, plan.Broken, scan.Files.Count - facts.Changed.Count, TimeSpan.Zero)
        {
            TagsChanged = tagsChanged,
            Unreadable = [.. facts.Unreadable, .. StillUnreadable(known, facts.Present, facts.Changed)],
        };
    }

    /// <summary>What a sync knows of the files before it plans: which changed (read and hashed), which were only touched, which are gone.</summary>
    private sealed record FileFacts(List<EntryFile> Changed, List<EntryFile> Touched, List<string> Removed, List<string> Unreadable, HashSet<string> Present);

    /// <summary>Reads only the files whose size or time differ from what is known (all of them when the vocabulary changed).</summary>
    private static FileFacts ReadFacts(ContentFolder folder, ContentScan scan, Dictionary<string, KnownFile> known, bool tagsChanged)
    {
        var present = scan.Files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var changed = new List<EntryFile>();
        var touched = new List<EntryFile>();
        foreach (var scanned in scan.Files)
        {
            if (!tagsChanged && known.TryGetValue(scanned.RelativePath, out var before) && SyncPlanner.IsUnchanged(before, scanned))
            {
                continue;
            }
            // A file that vanished since the scan (being replaced) is left as it was; the next sync sees the result.
            if (folder.Read(scanned) is not { } file)
            {
                continue;
            }
            (tagsChanged || !known.TryGetValue(file.RelativePath, out var row) || row.SeenHash != file.Hash ? changed : touched).Add(file);
        }
        // A file in a folder that could not be listed is not gone: only files missing from a readable folder are.
        var removed = known.Keys.Where(p => p != TagsKey && !present.Contains(p) && !scan.IsHidden(p)).ToList();
        var unreadable = scan.UnreadableFolders.Concat(changed.Where(f => f.Hash == ContentFolder.UnreadableHash).Select(f => f.RelativePath)).ToList();
        return new FileFacts(changed, touched, removed, unreadable, present);
    }

    /// <summary>Writes a plan in one transaction, reporting each new version's diagnostics as it goes.</summary>
    private async Task CommitAsync(OnThisDayDb db, SyncPlan plan, List<EntryFile> touched,
        (IReadOnlyList<TagDefinition> Definitions, IReadOnlyList<Diagnostic> Diagnostics, string Hash)? tags, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Database.OpenConnectionAsync(cancellationToken);
        // The read model can always be rebuilt from content/, so a sync trades the last fsync's durability for speed
        // (WAL with synchronous=NORMAL still never corrupts the file).
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;", cancellationToken);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            using var writer = new ReadModelWriter(db.Database.GetDbConnection(), transaction.GetDbTransaction());
            writer.DeleteEvents(plan.DeletedEvents);
            writer.DeleteSourceFiles(plan.RemovedFiles);
            foreach (var (from, to) in plan.Moves)
            {
                writer.MoveEvent(from, to);
                logger.LogWarning("{From} moved to {To}, where it has errors; its page keeps the last good version until they are fixed",
                    "content/" + from, "content/" + to);
            }
            foreach (var f in plan.Files)
            {
                if (f.IsNewVersion)
                {
                    LogDiagnostics(f);
                }
                if (f.Document is not null)
                {
                    writer.InsertEvent(f.Document, f.File.LastWriteUtc, f.File.Hash);
                }
                writer.UpsertSourceFile(f.File.RelativePath, f.File.Hash, f.PublishedHash, f.Diagnostics, now, f.File.LastWriteUtc, f.File.Length, f.File.ReadUtc);
            }
            foreach (var file in touched)
            {
                writer.UpdateStat(file.RelativePath, file.Length, file.LastWriteUtc, file.ReadUtc);
            }
            if (plan.Added + plan.Updated >= LargeSync)
            {
                writer.OptimizeSearch();
            }
            if (tags is { } vocabulary)
            {
                foreach (var d in vocabulary.Diagnostics)
                {
                    logger.LogError("{Diagnostic}", d.ToString());
                }
                writer.ReplaceTags(vocabulary.Definitions);
                writer.UpsertSourceFile(TagsKey, vocabulary.Hash, vocabulary.Hash, vocabulary.Diagnostics, now, now);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        // The connection goes back to the pool for page reads: give back the sync's large page cache.
        await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2000;", cancellationToken);
    }

    private void LogDiagnostics(PlannedFile f)
    {
        foreach (var d in f.Diagnostics)
        {
            logger.Log(d.IsError ? LogLevel.Error : LogLevel.Warning, "{Diagnostic}", d.ToString());
        }
        if (f.Document is null && f.WasPublished)
        {
            logger.LogWarning("Keeping the last good version of {Path} until its errors are fixed", "content/" + f.File.RelativePath);
        }
    }

    private static async Task RecordStatsAsync(OnThisDayDb db, List<EntryFile> touched, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        using (var writer = new ReadModelWriter(db.Database.GetDbConnection(), transaction.GetDbTransaction()))
        {
            foreach (var file in touched)
            {
                writer.UpdateStat(file.RelativePath, file.Length, file.LastWriteUtc, file.ReadUtc);
            }
        }
        await transaction.CommitAsync(cancellationToken);
    }

    // The facts stay in memory for the life of the site, one row per file: a string read twice from the
    // database (a path, a hash equal to the one beside it) is kept once.
    private static async Task<Dictionary<string, KnownFile>> LoadKnownAsync(OnThisDayDb db, CancellationToken cancellationToken) =>
        await db.SourceFiles
            .Select(s => new { s.Path, s.SeenHash, s.PublishedHash, s.Length, s.ModifiedUtc, s.ReadUtc })
            .ToDictionaryAsync(s => s.Path, s => new KnownFile(s.SeenHash, s.PublishedHash == s.SeenHash ? s.SeenHash : s.PublishedHash,
                s.Length, s.ModifiedUtc, s.ReadUtc), StringComparer.Ordinal, cancellationToken);

    private static async Task<Dictionary<string, PublishedEntry>> LoadPublishedAsync(OnThisDayDb db, IReadOnlyDictionary<string, KnownFile> known,
        CancellationToken cancellationToken)
    {
        // Filtered here rather than in SQL: a full build would otherwise send one SQL variable per file.
        var aliases = (await db.Aliases.Select(a => new { a.EventId, a.Path }).ToListAsync(cancellationToken)).ToLookup(a => a.EventId, a => a.Path);
        var paths = new HashSet<string>(known.Keys, StringComparer.Ordinal);
        return (await db.Events
            .Select(e => new { e.Id, e.Slug, e.SourcePath, e.Month, e.Day, e.Featured, e.Draft })
            .ToListAsync(cancellationToken))
            .Select(e => (Path: paths.TryGetValue(e.SourcePath, out var shared) ? shared : e.SourcePath, Row: e))
            .ToDictionary(e => e.Path, e => new PublishedEntry(e.Row.Slug, e.Path, e.Row.Month, e.Row.Day, e.Row.Featured, e.Row.Draft,
                aliases.Contains(e.Row.Id) ? [.. aliases[e.Row.Id]] : []), StringComparer.Ordinal);
    }

    /// <summary>Brings the in-memory facts to what the transaction just committed, as the database now holds them.</summary>
    private static void Remember(Dictionary<string, KnownFile> known, Dictionary<string, PublishedEntry> published, SyncPlan plan,
        List<EntryFile> touched, string? tagsHash)
    {
        foreach (var path in plan.DeletedEvents)
        {
            published.Remove(path);
        }
        foreach (var (from, to) in plan.Moves)
        {
            if (published.Remove(from, out var entry))
            {
                published[to] = entry with { SourcePath = to };
            }
        }
        foreach (var path in plan.RemovedFiles)
        {
            known.Remove(path);
        }
        foreach (var f in plan.Files)
        {
            if (f.Document is { } d)
            {
                published[f.File.RelativePath] = ContentRules.Facts(d);
            }
            known[f.File.RelativePath] = new KnownFile(f.File.Hash, f.PublishedHash ?? known.GetValueOrDefault(f.File.RelativePath)?.PublishedHash,
                f.File.Length, f.File.LastWriteUtc, f.File.ReadUtc);
        }
        RememberStats(known, touched);
        if (tagsHash is not null)
        {
            known[TagsKey] = new KnownFile(tagsHash, tagsHash, 0, default, default);
        }
    }

    private static void RememberStats(Dictionary<string, KnownFile> known, List<EntryFile> touched)
    {
        foreach (var file in touched)
        {
            if (known.TryGetValue(file.RelativePath, out var row))
            {
                known[file.RelativePath] = row with { Length = file.Length, ModifiedUtc = file.LastWriteUtc, ReadUtc = file.ReadUtc };
            }
        }
    }

    // After a failure the database may hold more or less than memory says: read it again next time.
    private bool Forget()
    {
        _known = null;
        _published = null;
        _addressesFromFacts = false;
        return false;
    }

    // Unchanged files that were unreadable at the last look are still unreadable: health keeps saying so.
    private static IEnumerable<string> StillUnreadable(Dictionary<string, KnownFile> known, HashSet<string> present, List<EntryFile>? changed = null)
    {
        var fresh = changed?.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal) ?? [];
        return known.Where(k => k.Value.SeenHash == ContentFolder.UnreadableHash && present.Contains(k.Key) && !fresh.Contains(k.Key)).Select(k => k.Key);
    }

    private async Task TryLoadAliasesAsync(OnThisDayDb db, CancellationToken cancellationToken)
    {
        try
        {
            _addressesFromFacts = false;
            await aliases.LoadAsync(db, cancellationToken);
        }
        catch (SqliteException ex)
        {
            logger.LogWarning("Old addresses (aliases) could not be loaded ({Reason}); they are loaded at the next sync", ex.Message);
        }
    }

    // A failure that repeats at every retry is logged once as an error, then at Debug until something changes.
    private void LogFailure(string template, string reason)
    {
        var level = reason == _lastFailure ? LogLevel.Debug : LogLevel.Error;
        _lastFailure = reason;
#pragma warning disable CA2254 // Justification: both templates are constants of this class.
        logger.Log(level, template, reason);
#pragma warning restore CA2254
    }

    // Folder-level problems (unreadable folders, links) are logged when they change, not at every poll.
    private void LogFolderDiagnostics(IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics.Select(d => d.ToString()).SequenceEqual(_lastFolderDiagnostics.Select(d => d.ToString())))
        {
            return;
        }
        foreach (var d in diagnostics)
        {
            logger.LogError("{Diagnostic}", d.ToString());
        }
        _lastFolderDiagnostics = diagnostics;
    }
}
