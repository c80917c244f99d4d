using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

using OnThisDay.Web.Dates;

namespace OnThisDay.Web.Entries;

/// <summary>The outcome of parsing one file: a document when it has no error, and every diagnostic.</summary>
public sealed record EntryParseResult(string Path, EntryDocument? Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Where fields that the cross-entry rules look at were written, keyed like <c>featured</c>, <c>aliases[0]</c>, <c>related[2].event</c>.</summary>
    public IReadOnlyDictionary<string, (int Line, int Column)> Positions { get; init; } =
        new Dictionary<string, (int, int)>();
}

/// <summary>
/// Parses an entry: YAML front matter (through YamlDotNet's node model, so every diagnostic points at a
/// line and column of the file) and a Markdown body rendered once to sanitised HTML.
/// </summary>
public sealed partial class EntryParser(string contentRoot, IReadOnlySet<string>? knownTags = null)
{
    private static readonly string[] TopFields =
        ["title", "date", "summary", "kind", "date_note", "featured", "tags", "draft", "aliases", "wikipedia", "photo", "related", "gallery"];

    private static readonly string[] PhotoFields =
        ["commons", "src", "alt", "caption", "photographer", "location", "source", "source_url", "license", "width", "height"];

    private static readonly string[] RelatedFields = ["date", "text", "event"];

    public EntryParseResult Parse(string relativePath, string text) => new Reader(this, relativePath.Replace('\\', '/'), text).Read();

    private sealed partial class Reader(EntryParser owner, string path, string text)
    {
        private readonly List<Diagnostic> _diagnostics = [];
        private readonly Dictionary<string, (int, int)> _positions = [];
        private int _lineOffset;

        private string DisplayPath => "content/" + path;

        public EntryParseResult Read()
        {
            var source = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
            EntryPath.TryParse(path, out var entryPath, out var pathError);
            if (entryPath is null)
            {
                Add(1, 1, Severity.Error, EntryRules.BadPath, pathError);
            }

            var hasControlCharacters = CheckControlCharacters(source);
            var lines = source.Split('\n');
            if (lines.Length == 0 || lines[0].TrimEnd() != "---")
            {
                Add(1, 1, Severity.Error, EntryRules.FrontMatter, "the file must start with a line '---' that opens the front matter");
                return Result(null);
            }
            var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
            if (close < 0)
            {
                Add(1, 1, Severity.Error, EntryRules.FrontMatter, "the front matter opened on line 1 is never closed by a line '---'");
                return Result(null);
            }
            _lineOffset = 1;
            var yaml = string.Join('\n', lines[1..close]);
            var bodyStartLine = close + 2;
            var body = string.Join('\n', lines[(close + 1)..]);

            YamlMappingNode? root;
            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(yaml));
                root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode as YamlMappingNode;
            }
            catch (YamlException ex)
            {
                Add((int)ex.Start.Line + _lineOffset, Math.Max(1, (int)ex.Start.Column), Severity.Error, EntryRules.YamlSyntax,
                    "front matter is not valid YAML: " + InnermostMessage(ex));
                return Result(null);
            }
            if (root is null)
            {
                Add(1, 1, Severity.Error, EntryRules.FrontMatter, "the front matter must be a set of 'field: value' lines");
                return Result(null);
            }

            if (!hasControlCharacters)
            {
                CheckControlCharacters(root);
            }
            CheckUnknown(root, TopFields, "");
            var title = RequiredText(root, "title", close + 1);
            var summary = RequiredText(root, "summary", close + 1);
            var date = ReadDate(root, close + 1, entryPath);
            if (title is not null && title.Length > 70)
            {
                Add(Node(root, "title")!, Severity.Warning, EntryRules.TooLong, $"title is {title.Length} characters; keep it under 70");
            }
            if (summary is not null && summary.Length > 200)
            {
                Add(Node(root, "summary")!, Severity.Warning, EntryRules.TooLong, $"summary is {summary.Length} characters; keep it under 200");
            }
            var kind = ReadKind(root);
            var featured = ReadBool(root, "featured");
            var draft = ReadBool(root, "draft");
            var dateNote = OptionalText(root, "date_note");
            var tags = ReadTags(root);
            var aliases = ReadAliases(root);
            var wikipedia = ReadWikipedia(root);
            var photo = Node(root, "photo") is { } photoNode ? ReadPhoto(photoNode, "photo") : null;
            var gallery = ReadList(root, "gallery", (node, i) => ReadPhoto(node, $"gallery[{i}]"));
            var related = ReadList(root, "related", ReadRelated);
            var (bodyHtml, bodyText) = ReadBody(body, bodyStartLine, featured);
            if (!featured && tags.Count > 3)
            {
                Add(Node(root, "tags")!, Severity.Warning, EntryRules.BriefTags, $"a brief has at most 3 tags; this one has {tags.Count}");
            }

            if (_diagnostics.Any(d => d.IsError) || entryPath is null || title is null || summary is null || date is null)
            {
                return Result(null);
            }
            return Result(new EntryDocument
            {
                Slug = entryPath.Slug,
                SourcePath = path,
                Title = title,
                Date = date.Value,
                Summary = summary,
                Kind = kind,
                DateNote = dateNote,
                Featured = featured,
                Draft = draft,
                Tags = tags,
                Aliases = aliases,
                Wikipedia = wikipedia,
                Photo = photo,
                Gallery = [.. gallery.OfType<PhotoDocument>()],
                Related = [.. related.OfType<RelatedDocument>()],
                BodyHtml = bodyHtml,
                BodyText = bodyText,
            });
        }

        private EntryParseResult Result(EntryDocument? document) =>
            new(path, document, [.. _diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column)]) { Positions = _positions };

        /// <summary>Whether a character may not appear in an entry: control characters other than tab and line feed
        /// (a lone carriage return or NEL would start a new line in iCalendar and break XML), and Unicode line separators.</summary>
        public static bool IsForbidden(char c) =>
            (c < ' ' && c is not '\t' and not '\n') || c is >= '\u007F' and <= '\u009F' || c is '\u2028' or '\u2029';

        // The raw text: reports where each (up to five) forbidden character stands.
        private bool CheckControlCharacters(string source)
        {
            var found = 0;
            var line = 1;
            var column = 1;
            foreach (var c in source)
            {
                if (c == '\n')
                {
                    line++;
                    column = 1;
                    continue;
                }
                if (IsForbidden(c) && ++found <= 5)
                {
                    Add(line, column, Severity.Error, EntryRules.ControlCharacter, $"control character U+{(int)c:X4} is not allowed; delete it");
                }
                column++;
            }
            return found > 0;
        }

        // Values written with YAML escapes ("\x01", "\r") hold characters the raw text does not show.
        private void CheckControlCharacters(YamlNode node)
        {
            switch (node)
            {
                case YamlScalarNode { Value: { } value } scalar when value.Any(IsForbidden):
                    Add(scalar, Severity.Error, EntryRules.ControlCharacter,
                        $"this value holds control character U+{(int)value.First(IsForbidden):X4}; delete it");
                    break;
                case YamlMappingNode map:
                    foreach (var (key, child) in map.Children)
                    {
                        CheckControlCharacters(key);
                        CheckControlCharacters(child);
                    }
                    break;
                case YamlSequenceNode sequence:
                    foreach (var child in sequence.Children)
                    {
                        CheckControlCharacters(child);
                    }
                    break;
            }
        }

        private static string InnermostMessage(Exception ex) =>
            ex.InnerException is YamlException inner ? InnermostMessage(inner) : ex.Message.Split(": ", 2).Last();

        private void Add(int line, int column, Severity severity, string code, string message) =>
            _diagnostics.Add(new Diagnostic(DisplayPath, line, column, severity, code, message));

        private void Add(YamlNode node, Severity severity, string code, string message) =>
            Add(LineOf(node), ColumnOf(node), severity, code, message);

        private int LineOf(YamlNode node) => (int)node.Start.Line + _lineOffset;

        private static int ColumnOf(YamlNode node) => Math.Max(1, (int)node.Start.Column);

        private (int, int) PositionOf(YamlNode node) => (LineOf(node), ColumnOf(node));

        private static YamlNode? Node(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

        private static YamlNode? KeyNode(YamlMappingNode map, string key) =>
            map.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key);
    }

    private readonly string _contentRoot = contentRoot;
    private readonly IReadOnlySet<string>? _knownTags = knownTags;
}
