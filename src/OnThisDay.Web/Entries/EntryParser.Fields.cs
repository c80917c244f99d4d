using System.Globalization;
using OnThisDay.Web.Dates;
using YamlDotNet.RepresentationModel;

namespace OnThisDay.Web.Entries;

/// <summary>The front matter's fields: each read with its type, checked, and reported at its line and column.</summary>
public sealed partial class EntryParser
{
    private sealed partial class Reader
    {
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

        private static string Truncate(string s) => s.Length <= 60 ? s : s[..57] + "...";

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
}
