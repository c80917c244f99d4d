using OnThisDay.Web.Events;
using YamlDotNet.RepresentationModel;

namespace OnThisDay.Web.Entries;

/// <summary>A photo or gallery image: exactly one source (a Commons file, a local file, an https address), its alt text and its credit.</summary>
public sealed partial class EntryParser
{
    private sealed partial class Reader
    {
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
                SourceUrl = sourceUrl ?? (commons is not null ? PhotoUrls.CommonsFilePage(commons) : null),
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

        private static bool IsHttps(string url) =>
            Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0;
    }
}
