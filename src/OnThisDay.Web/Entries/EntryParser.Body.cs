namespace OnThisDay.Web.Entries;

/// <summary>The Markdown body: rendered once to sanitised HTML, its links and images checked.</summary>
public sealed partial class EntryParser
{
    private sealed partial class Reader
    {
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
    }
}
