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

    private static readonly Lock SanitizerLock = new();
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>Renders a parsed body to HTML that carries no script, event handler or unsafe link.</summary>
    public static string ToSafeHtml(MarkdownDocument document)
    {
        var html = document.ToHtml(Pipeline);
        lock (SanitizerLock)
        {
            return Sanitizer.Sanitize(html);
        }
    }

    public static string ToPlainText(string markdown) =>
        Markdown.ToPlainText(markdown, Pipeline).Trim();

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

    /// <summary>Whether a link in a body may stay: http, https, mailto or an address on this site.</summary>
    public static bool IsAllowedLink(string url)
    {
        var trimmed = url.Trim();
        if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith(@"\\", StringComparison.Ordinal))
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
