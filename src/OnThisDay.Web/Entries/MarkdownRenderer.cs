using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace OnThisDay.Web.Entries;

/// <summary>The one Markdig pipeline of the site, and the sanitiser that every rendered body passes through.</summary>
public static class MarkdownRenderer
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseFootnotes()
        .UseAutoLinks()
        .UseSmartyPants()
        .Build();

    // A sanitiser per thread: sync parses entries on every core, and one shared instance would serialise them.
    private static readonly ThreadLocal<HtmlSanitizer> Sanitizer = new(CreateSanitizer);

    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>
    /// Renders a parsed body to HTML that carries no script, event handler or unsafe link. Markdig escapes all
    /// text it writes, so only a body with raw HTML in it needs the sanitiser (link addresses are checked by the
    /// validator, and an entry with a bad one is not published); the sanitiser is what makes a sync slow.
    /// </summary>
    public static string ToSafeHtml(MarkdownDocument document)
    {
        var html = document.ToHtml(Pipeline);
        var hasRawHtml = RawHtml(document).Any();
        return hasRawHtml || Links(document).Any(l => !IsAllowedLink(l.Url)) ? Sanitizer.Value!.Sanitize(html) : html;
    }

    /// <summary>The text of a parsed body without markup, for the search index.</summary>
    public static string ToPlainText(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString().Trim();
    }

    /// <summary>Every link and image address in the body with its 0-based line and column.</summary>
    public static IEnumerable<(string Url, int Line, int Column)> Links(MarkdownDocument document)
    {
        foreach (var inline in document.Descendants<Inline>())
        {
            switch (inline)
            {
                case LinkInline { Url: { } url } link:
                    yield return (url, link.Line, link.Column);
                    break;
                case AutolinkInline auto:
                    yield return (auto.IsEmail ? "mailto:" + auto.Url : auto.Url, auto.Line, auto.Column);
                    break;
            }
        }
        foreach (var definition in document.Descendants<LinkReferenceDefinition>())
        {
            if (definition.Url is { } url)
            {
                yield return (url, definition.Line, definition.Column);
            }
        }
    }

    /// <summary>The raw HTML blocks and inlines of a body, with their 0-based line and column.</summary>
    public static IEnumerable<(int Line, int Column)> RawHtml(MarkdownDocument document) =>
        document.Descendants<HtmlBlock>().Select(b => (b.Line, b.Column))
            .Concat(document.Descendants<HtmlInline>().Select(i => (i.Line, i.Column)))
            .Order();

    /// <summary>Every image address written in markdown, with its 0-based line and column.</summary>
    public static IEnumerable<(string Url, int Line, int Column)> Images(MarkdownDocument document) =>
        document.Descendants<LinkInline>().Where(l => l.IsImage && l.Url is not null).Select(l => (l.Url!, l.Line, l.Column));

    /// <summary>Every address in rendered HTML (href, src, srcset entries), decoded as a browser reads it, and whether it loads an image.</summary>
    public static IEnumerable<(string Url, bool IsImage)> LinksInHtml(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + html);
        foreach (var element in document.Body!.QuerySelectorAll("[href], [src], [srcset], [action], [formaction], [poster], [cite]"))
        {
            foreach (var name in new[] { "href", "src", "action", "formaction", "poster", "cite" })
            {
                if (element.GetAttribute(name) is { } url)
                {
                    yield return (url, name is "src" or "poster");
                }
            }
            if (element.GetAttribute("srcset") is { } srcset)
            {
                foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    yield return (candidate.Split(' ', 2)[0], true);
                }
            }
        }
    }

    /// <summary>Whether an image may be loaded from where the address points: Wikimedia, or this site.</summary>
    public static bool IsKnownImageHost(string url)
    {
        var trimmed = url.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return IsAllowedLink(trimmed) && !trimmed.Contains(':', StringComparison.Ordinal);
        }
        return uri.Host is "upload.wikimedia.org" or "commons.wikimedia.org";
    }

    /// <summary>Whether a link in a body may stay: http, https, mailto or an address on this site.</summary>
    public static bool IsAllowedLink(string url)
    {
        var trimmed = url.Trim();
        // Browsers read a backslash as a slash, so "/\host" and "\\host" leave the site just as "//host" does.
        if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith('\\')
            || trimmed.StartsWith(@"/\", StringComparison.Ordinal) || trimmed.Any(c => c < ' '))
        {
            return false;
        }
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return true;
        }
        var scheme = trimmed[..colon];
        return scheme.Equals("http", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase);
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");
        sanitizer.AllowedTags.Remove("style");
        sanitizer.AllowedCssProperties.Clear();
        return sanitizer;
    }
}
