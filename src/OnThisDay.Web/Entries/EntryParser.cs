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
public sealed class EntryParser(string contentRoot, IReadOnlySet<string>? knownTags = null)
{
    private static readonly string[] TopFields =
        ["title", "date", "summary", "kind", "date_note", "featured", "tags", "draft", "aliases", "wikipedia", "photo", "related", "gallery"];

    private static readonly string[] PhotoFields =
        ["commons", "src", "alt", "caption", "photographer", "location", "source", "source_url", "license", "width", "height"];

    private static readonly string[] RelatedFields = ["date", "text", "event"];

    public EntryParseResult Parse(string relativePath, string text) => new Reader(this, relativePath.Replace('\\', '/'), text).Read();

    private sealed class Reader(EntryParser owner, string path, string text)
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

        private void CheckUnknown(YamlMappingNode map, string[] known, string prefix)
        {
            foreach (var key in map.Children.Keys)
            {
                var name = (key as YamlScalarNode)?.Value ?? "";
                if (Array.IndexOf(known, name) >= 0)
                {
                    continue;
                }
                var nearest = known.MinBy(k => Distance(k, name))!;
                var hint = Distance(nearest, name) <= Math.Max(2, name.Length / 3) ? $"; did you mean '{nearest}'?" : "";
                Add(key, Severity.Warning, EntryRules.UnknownField, $"unknown field '{prefix}{name}'{hint}");
            }
        }

        private string? Scalar(YamlNode node, string field)
        {
            if (node is YamlScalarNode scalar)
            {
                return scalar.Value;
            }
            Add(node, Severity.Error, EntryRules.BadType, $"'{field}' must be a single value, not a list or mapping");
            return null;
        }

        /// <summary>An English Wikipedia article title, as written in the address bar or with spaces; not an address.</summary>
        private string? ReadWikipedia(YamlMappingNode map)
        {
            var title = OptionalText(map, "wikipedia");
            if (title is null)
            {
                return null;
            }
            if (title.Contains("://", StringComparison.Ordinal) || title.StartsWith('/') || title.Length > 255 || title.IndexOfAny(['#', '<', '>', '[', ']', '{', '}', '|']) >= 0)
            {
                Add(Node(map, "wikipedia")!, Severity.Error, EntryRules.BadWikipedia,
                    $"wikipedia is '{title}'; give the article's title (e.g. 'Battle of Hastings'), not an address, and without # < > [ ] {{ }} |");
                return null;
            }
            return title.Replace('_', ' ').Trim();
        }

        private string? OptionalText(YamlMappingNode map, string field, string prefix = "")
        {
            var node = Node(map, field);
            var value = node is null ? null : Scalar(node, prefix + field)?.Trim();
            return string.IsNullOrEmpty(value) ? null : value;
        }

        private string? RequiredText(YamlMappingNode map, string field, int fallbackLine, string prefix = "", YamlNode? owner = null)
        {
            var node = Node(map, field);
            var value = node is null ? null : Scalar(node, prefix + field)?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                var at = KeyNode(map, field) ?? owner;
                if (at is not null)
                {
                    Add(at, Severity.Error, EntryRules.RequiredField, $"'{prefix}{field}' is required and must not be empty");
                }
                else
                {
                    Add(fallbackLine, 1, Severity.Error, EntryRules.RequiredField, $"'{prefix}{field}' is required");
                }
                return null;
            }
            return value;
        }

        private HistoricDate? ReadDate(YamlMappingNode map, int fallbackLine, EntryPath? entryPath)
        {
            var text = RequiredText(map, "date", fallbackLine);
            if (text is null)
            {
                return null;
            }
            var node = Node(map, "date")!;
            if (!HistoricDate.TryParse(text, out var date, out var error))
            {
                Add(node, Severity.Error, EntryRules.BadDate, error);
                return null;
            }
            if (entryPath is not null && (entryPath.Month != date.Month || entryPath.Day != date.Day || entryPath.Year != date.Year))
            {
                var expected = EntryPath.For(date, entryPath.Name).RelativePath;
                Add(node, Severity.Error, EntryRules.DateMismatch,
                    $"date {date.Iso} does not match the path; an entry of this date belongs at content/{expected}");
            }
            return date;
        }

        private EventKind ReadKind(YamlMappingNode map)
        {
            var text = OptionalText(map, "kind");
            if (text is null)
            {
                return EventKind.Event;
            }
            if (text is "event" or "birth" or "death" or "holiday")
            {
                return Enum.Parse<EventKind>(text, ignoreCase: true);
            }
            Add(Node(map, "kind")!, Severity.Error, EntryRules.BadKind, $"kind '{text}' is not one of event, birth, death, holiday");
            return EventKind.Event;
        }

        private bool ReadBool(YamlMappingNode map, string field)
        {
            var node = Node(map, field);
            if (node is null)
            {
                return false;
            }
            _positions[field] = PositionOf(node);
            var text = Scalar(node, field);
            if (text is "true" or "True" or "yes")
            {
                return true;
            }
            if (text is "false" or "False" or "no" or "" or null)
            {
                return false;
            }
            Add(node, Severity.Error, EntryRules.BadType, $"'{field}' must be true or false, not '{text}'");
            return false;
        }

        private int? ReadNumber(YamlMappingNode map, string field, string prefix)
        {
            var node = Node(map, field);
            if (node is null)
            {
                return null;
            }
            var text = Scalar(node, prefix + field);
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 100_000)
            {
                return n;
            }
            Add(node, Severity.Error, EntryRules.BadType, $"'{prefix}{field}' must be a whole number of pixels");
            return null;
        }

        private List<T?> ReadList<T>(YamlMappingNode map, string field, Func<YamlNode, int, T?> read)
        {
            var node = Node(map, field);
            if (node is null || node is YamlScalarNode { Value: null or "" })
            {
                return [];
            }
            if (node is not YamlSequenceNode sequence)
            {
                Add(node, Severity.Error, EntryRules.BadType, $"'{field}' must be a list");
                return [];
            }
            return [.. sequence.Children.Select(read)];
        }

        private List<string> ReadTags(YamlMappingNode map) =>
            [.. ReadList(map, "tags", (node, i) =>
            {
                var tag = Scalar(node, $"tags[{i}]")?.Trim();
                if (string.IsNullOrEmpty(tag) || !EntryPath.IsSlugName(tag))
                {
                    Add(node, Severity.Error, EntryRules.BadTag, $"tag '{tag}' must be lowercase words joined by hyphens");
                    return null;
                }
                if (owner._knownTags is { Count: > 0 } known && !known.Contains(tag))
                {
                    Add(node, Severity.Warning, EntryRules.BadTag, $"tag '{tag}' is not in content/tags.yml; use a listed tag or add it there");
                }
                return tag;
            }).OfType<string>().Distinct()];

        private List<string> ReadAliases(YamlMappingNode map) =>
            [.. ReadList(map, "aliases", (node, i) =>
            {
                var alias = Scalar(node, $"aliases[{i}]")?.Trim();
                if (string.IsNullOrEmpty(alias) || !alias.StartsWith('/') || alias.StartsWith("//", StringComparison.Ordinal)
                    || alias.Any(char.IsWhiteSpace) || alias.Contains("..", StringComparison.Ordinal))
                {
                    Add(node, Severity.Error, EntryRules.BadAlias, $"alias '{alias}' must be a site-relative path such as /events/old-name");
                    return null;
                }
                _positions[$"aliases[{i}]"] = PositionOf(node);
                return alias.TrimEnd('/').ToLowerInvariant() is { Length: > 0 } a ? a : "/";
            }).OfType<string>()];

        private RelatedDocument? ReadRelated(YamlNode node, int index)
        {
            var prefix = $"related[{index}].";
            if (node is not YamlMappingNode map)
            {
                Add(node, Severity.Error, EntryRules.BadRelated, $"related[{index}] must have 'date' and 'text' fields");
                return null;
            }
            CheckUnknown(map, RelatedFields, prefix);
            var dateText = RequiredText(map, "date", LineOf(node), prefix, node);
            var text = RequiredText(map, "text", LineOf(node), prefix, node);
            var slug = OptionalText(map, "event", prefix);
            HistoricDate date = default;
            if (dateText is not null && !HistoricDate.TryParse(dateText, out date, out var error))
            {
                Add(Node(map, "date")!, Severity.Error, EntryRules.BadRelated, $"{prefix}{error}");
                return null;
            }
            if (slug is not null)
            {
                _positions[$"related[{index}].event"] = PositionOf(Node(map, "event")!);
            }
            return dateText is null || text is null ? null : new RelatedDocument(date, text, slug);
        }

        private PhotoDocument? ReadPhoto(YamlNode node, string field)
        {
            if (node is not YamlMappingNode map)
            {
                Add(node, Severity.Error, EntryRules.BadType, $"'{field}' must be a mapping with 'commons' or 'src', and 'alt'");
                return null;
            }
            var prefix = field + ".";
            CheckUnknown(map, PhotoFields, prefix);
            var commons = OptionalText(map, "commons", prefix);
            var src = OptionalText(map, "src", prefix);
            if ((commons is null) == (src is null))
            {
                Add(node, Severity.Error, EntryRules.PhotoSource, $"'{field}' must have exactly one of 'commons' and 'src'");
            }
            var alt = OptionalText(map, "alt", prefix);
            if (alt is null)
            {
                Add(KeyNode(map, "alt") ?? node, Severity.Error, EntryRules.PhotoAlt,
                    $"'{prefix}alt' is required: describe what the image shows for someone who cannot see it");
            }
            if (src is not null)
            {
                CheckSrc(src, Node(map, "src")!, prefix);
            }
            foreach (var credit in new[] { "photographer", "license" })
            {
                if (OptionalText(map, credit, prefix) is null)
                {
                    Add(KeyNode(map, credit) ?? node, Severity.Warning, EntryRules.PhotoCredit,
                        $"'{prefix}{credit}' is missing: a photo is shown only with its confirmed author and licence");
                }
            }
            var sourceUrl = OptionalText(map, "source_url", prefix);
            if (sourceUrl is not null && !IsHttps(sourceUrl))
            {
                Add(Node(map, "source_url")!, Severity.Error, EntryRules.InsecureUrl, $"'{prefix}source_url' must be an https:// address");
                sourceUrl = null;
            }
            var photo = new PhotoDocument
            {
                Commons = commons,
                Src = src,
                Alt = alt ?? "",
                Caption = OptionalText(map, "caption", prefix),
                Photographer = OptionalText(map, "photographer", prefix),
                Location = OptionalText(map, "location", prefix),
                Source = OptionalText(map, "source", prefix) ?? (commons is not null ? "Wikimedia Commons" : null),
                SourceUrl = sourceUrl ?? (commons is not null ? CommonsPage(commons) : null),
                License = OptionalText(map, "license", prefix),
                Width = ReadNumber(map, "width", prefix),
                Height = ReadNumber(map, "height", prefix),
            };
            return alt is null ? null : photo;
        }

        private void CheckSrc(string src, YamlNode node, string prefix)
        {
            if (src.Contains("://", StringComparison.Ordinal))
            {
                if (!IsHttps(src))
                {
                    Add(node, Severity.Error, EntryRules.InsecureUrl, $"'{prefix}src' must be an https:// address or a file under content/photos/");
                }
                return;
            }
            var normalized = src.Replace('\\', '/');
            if (normalized.StartsWith('/') || Path.IsPathRooted(src) || normalized.Split('/').Contains("..") || normalized.Contains(':'))
            {
                Add(node, Severity.Error, EntryRules.PhotoFile, $"'{prefix}src' must be a relative path under content/photos/, without '..'");
                return;
            }
            if (!normalized.StartsWith("photos/", StringComparison.Ordinal))
            {
                Add(node, Severity.Error, EntryRules.PhotoFile, $"'{prefix}src' must start with photos/ (a file under content/photos/)");
                return;
            }
            if (!File.Exists(Path.Combine(owner._contentRoot, normalized)))
            {
                Add(node, Severity.Error, EntryRules.PhotoFile, $"'{prefix}src' names content/{normalized}, which does not exist");
            }
            else if (!ContainedPath.IsPlainFileUnder(owner._contentRoot, normalized))
            {
                Add(node, Severity.Error, EntryRules.Link, $"'{prefix}src' names content/{normalized}, which is or lies behind a symbolic link; use the file itself");
            }
        }

        private (string Html, string Text) ReadBody(string body, int bodyStartLine, bool featured)
        {
            if (string.IsNullOrWhiteSpace(body))
            {
                if (featured)
                {
                    Add(bodyStartLine, 1, Severity.Error, EntryRules.EmptyBody, "a featured entry needs a body; write the historical context below the front matter");
                }
                return ("", "");
            }
            var document = MarkdownRenderer.Parse(body);
            foreach (var (url, line, column) in MarkdownRenderer.Links(document))
            {
                if (!MarkdownRenderer.IsAllowedLink(url))
                {
                    Add(bodyStartLine + line, column + 1, Severity.Error, EntryRules.BodyLink,
                        $"link '{Truncate(url)}' is not allowed: use http, https, mailto or a site-relative address");
                }
            }
            foreach (var (url, line, column) in MarkdownRenderer.Images(document))
            {
                if (!MarkdownRenderer.IsKnownImageHost(url))
                {
                    Add(bodyStartLine + line, column + 1, Severity.Warning, EntryRules.ImageHost,
                        $"image '{Truncate(url)}' is not from Wikimedia or this site; readers' browsers will fetch it from its host");
                }
            }
            var html = MarkdownRenderer.ToSafeHtml(document);
            // Raw HTML reaches the page through the sanitiser, which keeps relative addresses such as //host:
            // so the link rule is applied to what will be published, with entities decoded as a browser would.
            if (MarkdownRenderer.RawHtml(document).FirstOrDefault() is { } raw)
            {
                foreach (var (url, isImage) in MarkdownRenderer.LinksInHtml(html))
                {
                    if (!MarkdownRenderer.IsAllowedLink(url))
                    {
                        Add(bodyStartLine + raw.Line, raw.Column + 1, Severity.Error, EntryRules.BodyLink,
                            $"link '{Truncate(url)}' in raw HTML is not allowed: use http, https, mailto or a site-relative address");
                    }
                    else if (isImage && !MarkdownRenderer.IsKnownImageHost(url))
                    {
                        Add(bodyStartLine + raw.Line, raw.Column + 1, Severity.Warning, EntryRules.ImageHost,
                            $"image '{Truncate(url)}' is not from Wikimedia or this site; readers' browsers will fetch it from its host");
                    }
                }
            }
            return (html, MarkdownRenderer.ToPlainText(document));
        }

        private static string Truncate(string s) => s.Length <= 60 ? s : s[..57] + "...";

        private static bool IsHttps(string url) =>
            Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0;

        private static string CommonsPage(string file) =>
            "https://commons.wikimedia.org/wiki/File:" + Uri.EscapeDataString(file.Replace(' ', '_'));

        private static int Distance(string a, string b)
        {
            var d = new int[a.Length + 1, b.Length + 1];
            for (var i = 0; i <= a.Length; i++)
            {
                d[i, 0] = i;
            }
            for (var j = 0; j <= b.Length; j++)
            {
                d[0, j] = j;
            }
            for (var i = 1; i <= a.Length; i++)
            {
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                }
            }
            return d[a.Length, b.Length];
        }
    }

    private readonly string _contentRoot = contentRoot;
    private readonly IReadOnlySet<string>? _knownTags = knownTags;
}
