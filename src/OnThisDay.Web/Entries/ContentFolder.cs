using System.Security.Cryptography;
using System.Text;

namespace OnThisDay.Web.Entries;

/// <summary>A file under <c>content/events/</c> as read from disk: its path, text and content hash.</summary>
public sealed record EntryFile(string RelativePath, string Text, string Hash, DateTime LastWriteUtc);

/// <summary>Reads the content folder: the entry files, the tag vocabulary, and a full validation of both.</summary>
public sealed class ContentFolder(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string EventsFolder => Path.Combine(Root, "events");

    /// <summary>Every markdown file under events/, relative to the content folder with forward slashes, in order.</summary>
    public IReadOnlyList<string> EntryPaths() =>
        Directory.Exists(EventsFolder)
            ? [.. Directory.EnumerateFiles(EventsFolder, "*.md", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)]
            : [];

    /// <summary>Reads one file; null when it vanished or cannot be read (it is being written, or was deleted).</summary>
    public EntryFile? Read(string relativePath)
    {
        var full = Path.Combine(Root, relativePath);
        try
        {
            var bytes = File.ReadAllBytes(full);
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return new EntryFile(relativePath, text, Convert.ToHexString(SHA256.HashData(bytes)), File.GetLastWriteTimeUtc(full));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return null;
        }
    }

    public IReadOnlySet<string> KnownTags() => TagVocabulary.Load(Root).Tags.Select(t => t.Tag).ToHashSet(StringComparer.Ordinal);

    public EntryParser CreateParser() => new(Root, KnownTags());

    /// <summary>Parses and checks every entry, as the <c>validate</c> command does.</summary>
    public ValidationReport ValidateAll(Action<int, int>? progress = null)
    {
        var (tags, tagDiagnostics) = TagVocabulary.Load(Root);
        var parser = new EntryParser(Root, tags.Select(t => t.Tag).ToHashSet(StringComparer.Ordinal));
        var paths = EntryPaths();
        var results = new List<EntryParseResult>(paths.Count);
        for (var i = 0; i < paths.Count; i++)
        {
            var file = Read(paths[i]);
            results.Add(file is null
                ? new EntryParseResult(paths[i], null, [new Diagnostic("content/" + paths[i], 1, 1, Severity.Error, EntryRules.Unreadable, "the file cannot be read as UTF-8 text")])
                : parser.Parse(file.RelativePath, file.Text));
            progress?.Invoke(i + 1, paths.Count);
        }
        var cross = ContentRules.Check(results, []);
        var merged = results
            .Select(r => cross[r.Path].Any() ? r with { Document = null, Diagnostics = [.. r.Diagnostics, .. cross[r.Path]] } : r)
            .ToList();
        return new ValidationReport(merged, tagDiagnostics);
    }
}

public sealed record ValidationReport(IReadOnlyList<EntryParseResult> Entries, IReadOnlyList<Diagnostic> OtherDiagnostics)
{
    public IEnumerable<Diagnostic> Diagnostics => OtherDiagnostics.Concat(Entries.SelectMany(e => e.Diagnostics));

    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);

    public string Summary => $"{Entries.Count} entries, {Errors} errors, {Warnings} warnings";
}
