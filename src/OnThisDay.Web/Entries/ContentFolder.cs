using System.Security.Cryptography;
using System.Text;

namespace OnThisDay.Web.Entries;

/// <summary>
/// A file under <c>content/events/</c> as read from disk: its text and content hash, or, when it could not be read
/// as an entry (unreadable, too large, not UTF-8), the diagnostic that says why and no text.
/// </summary>
public sealed record EntryFile(string RelativePath, string? Text, string Hash, DateTime LastWriteUtc, Diagnostic? ReadError = null)
{
    /// <summary>The size the scan saw, recorded with <see cref="LastWriteUtc"/> so the next sync can skip an unchanged file.</summary>
    public long Length { get; init; }

    /// <summary>When the bytes were read, by the disk's clock.</summary>
    public DateTime ReadUtc { get; init; }
}

/// <summary>An entry file found by a scan, with the size and time the listing saw.</summary>
public sealed record ScannedFile(string RelativePath, long Length, DateTime LastWriteUtc);

/// <summary>
/// What a scan of events/ found: the entry files, the folders it could not list (whose entries must keep their
/// last good version, not be removed), and a diagnostic for each folder or link it skipped.
/// </summary>
public sealed record ContentScan(IReadOnlyList<ScannedFile> Files, IReadOnlyList<string> UnreadableFolders, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether a path lies in a folder that could not be listed, so its absence from the scan proves nothing.</summary>
    public bool IsHidden(string relativePath) =>
        UnreadableFolders.Any(f => relativePath.StartsWith(f + "/", StringComparison.Ordinal));
}

/// <summary>The content root, events/ or tags.yml cannot be read: a sync must change nothing.</summary>
public sealed class ContentUnreadableException(string message, Exception? inner = null) : IOException(message, inner);

/// <summary>Reads the content folder: the entry files, the tag vocabulary, and a full validation of both.</summary>
public sealed class ContentFolder(string root, IContentFiles? files = null, int maxEntryKilobytes = ContentFolder.DefaultMaxEntryKilobytes)
{
    public const int DefaultMaxEntryKilobytes = 256;

    /// <summary>The hash recorded for a file that could not be read, so that it is looked at again once it can be.</summary>
    public const string UnreadableHash = "unreadable";

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    private readonly IContentFiles _files = files ?? PhysicalContentFiles.Instance;

    public string Root { get; } = Path.GetFullPath(root);

    public string EventsFolder => Path.Combine(Root, "events");

    public long MaxEntryBytes => maxEntryKilobytes * 1024L;

    /// <summary>
    /// Lists every markdown file under events/ without following links. A sub-folder that cannot be listed is
    /// skipped and reported; the content root or events/ itself unreadable throws <see cref="ContentUnreadableException"/>.
    /// </summary>
    public ContentScan Scan()
    {
        IReadOnlyList<ContentItem> top;
        try
        {
            top = _files.List(Root);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ContentUnreadableException($"the content folder {Root} cannot be read: {ex.Message}", ex);
        }
        var events = top.FirstOrDefault(i => i.IsDirectory && Path.GetFileName(i.FullPath) == "events")
            ?? throw new ContentUnreadableException($"the content folder {Root} has no events/ folder");
        if (events.IsLink)
        {
            throw new ContentUnreadableException("content/events is a symbolic link; links are not followed under content/");
        }
        var found = new List<ScannedFile>();
        var unreadable = new List<string>();
        var diagnostics = new List<Diagnostic>();
        var pending = new Stack<string>([EventsFolder]);
        while (pending.TryPop(out var folder))
        {
            var relativeFolder = Relative(folder);
            IReadOnlyList<ContentItem> items;
            try
            {
                items = _files.List(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                if (folder == EventsFolder)
                {
                    throw new ContentUnreadableException($"the folder content/events cannot be read: {ex.Message}", ex);
                }
                unreadable.Add(relativeFolder);
                diagnostics.Add(new Diagnostic("content/" + relativeFolder, 1, 1, Severity.Error, EntryRules.Unreadable,
                    $"the folder cannot be read ({ex.Message}); its entries keep their last good version"));
                continue;
            }
            foreach (var item in items.OrderBy(i => i.FullPath, StringComparer.Ordinal))
            {
                if (item.IsLink)
                {
                    diagnostics.Add(new Diagnostic("content/" + Relative(item.FullPath), 1, 1, Severity.Error, EntryRules.Link,
                        "symbolic links are not followed under content/; put the file itself here"));
                }
                else if (item.IsDirectory)
                {
                    pending.Push(item.FullPath);
                }
                else if (item.FullPath.EndsWith(".md", StringComparison.Ordinal))
                {
                    found.Add(new ScannedFile(Relative(item.FullPath), item.Length, item.LastWriteUtc));
                }
            }
        }
        return new ContentScan([.. found.OrderBy(f => f.RelativePath, StringComparer.Ordinal)], unreadable, diagnostics);
    }

    /// <summary>
    /// Reads one entry file. Null when it vanished since the scan (it will be gone at the next one); an
    /// <see cref="EntryFile"/> with a <see cref="EntryFile.ReadError"/> when it is there but cannot be an entry.
    /// </summary>
    public EntryFile? Read(ScannedFile scanned) => ReadCore(scanned) is { } file ? file with { Length = scanned.Length, ReadUtc = DateTime.UtcNow } : null;

    private EntryFile? ReadCore(ScannedFile scanned)
    {
        var path = scanned.RelativePath;
        var display = "content/" + path;
        if (scanned.Length > MaxEntryBytes)
        {
            return TooLarge(scanned.Length);
        }
        byte[] bytes;
        try
        {
            bytes = _files.ReadAllBytes(Path.Combine(Root, path));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new EntryFile(path, null, UnreadableHash, scanned.LastWriteUtc,
                new Diagnostic(display, 1, 1, Severity.Error, EntryRules.Unreadable, $"the file cannot be read ({ex.Message}); it keeps its last good version"));
        }
        if (bytes.Length > MaxEntryBytes)
        {
            return TooLarge(bytes.Length);
        }
        var hash = Convert.ToHexString(SHA256.HashData(bytes));
        try
        {
            return new EntryFile(path, StrictUtf8.GetString(bytes), hash, scanned.LastWriteUtc);
        }
        catch (DecoderFallbackException ex)
        {
            var (line, column) = PositionOfByte(bytes, ex.Index);
            return new EntryFile(path, null, hash, scanned.LastWriteUtc,
                new Diagnostic(display, line, column, Severity.Error, EntryRules.Unreadable, "the file is not valid UTF-8 text; save it as UTF-8"));
        }

        EntryFile TooLarge(long length) => new(path, null, $"size:{length}:{scanned.LastWriteUtc.Ticks}", scanned.LastWriteUtc,
            new Diagnostic(display, 1, 1, Severity.Error, EntryRules.TooLarge,
                $"the file is {length / 1024} KB; an entry may be at most {MaxEntryBytes / 1024} KB (Content:MaxEntryKilobytes)"));
    }

    /// <summary>Reads the tag vocabulary's text, or "" when there is none; throws <see cref="ContentUnreadableException"/> when it cannot be read.</summary>
    public string ReadTagsText()
    {
        var path = Path.Combine(Root, TagVocabulary.FileName);
        try
        {
            return _files.FileExists(path) ? StrictUtf8.GetString(_files.ReadAllBytes(path)) : "";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            throw new ContentUnreadableException($"content/{TagVocabulary.FileName} cannot be read: {ex.Message}", ex);
        }
    }

    /// <summary>Parses and checks every entry, as the <c>validate</c> command does: the sync's own plan, with nothing published yet.</summary>
    public ValidationReport ValidateAll(Action<int, int>? progress = null)
    {
        var scan = Scan();
        var (tags, tagDiagnostics) = TagVocabulary.Parse(ReadTagsText());
        var parser = new EntryParser(Root, tags.Select(t => t.Tag).ToHashSet(StringComparer.Ordinal));
        var files = new List<EntryFile>(scan.Files.Count);
        for (var i = 0; i < scan.Files.Count; i++)
        {
            var scanned = scan.Files[i];
            files.Add(Read(scanned) ?? new EntryFile(scanned.RelativePath, null, UnreadableHash, scanned.LastWriteUtc,
                new Diagnostic("content/" + scanned.RelativePath, 1, 1, Severity.Error, EntryRules.Unreadable, "the file vanished while it was read")));
            progress?.Invoke(i + 1, scan.Files.Count);
        }
        var plan = SyncPlanner.Plan(files, [], new Dictionary<string, KnownFile>(), new Dictionary<string, PublishedEntry>(), parser);
        return new ValidationReport(
            [.. plan.Files.Select(f => new EntryParseResult(f.File.RelativePath, f.Document, f.Diagnostics))],
            [.. scan.Diagnostics, .. tagDiagnostics]);
    }

    private string Relative(string full) => Path.GetRelativePath(Root, full).Replace('\\', '/');

    private static (int Line, int Column) PositionOfByte(byte[] bytes, int index)
    {
        index = Math.Clamp(index, 0, bytes.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        // Columns count characters: the valid UTF-8 before the bad byte on its line.
        var column = Encoding.UTF8.GetCharCount(bytes, lineStart, index - lineStart) + 1;
        return (line, column);
    }
}

public sealed record ValidationReport(IReadOnlyList<EntryParseResult> Entries, IReadOnlyList<Diagnostic> OtherDiagnostics)
{
    public IEnumerable<Diagnostic> Diagnostics => OtherDiagnostics.Concat(Entries.SelectMany(e => e.Diagnostics));

    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);

    public string Summary => $"{Entries.Count} entries, {Errors} errors, {Warnings} warnings";
}
