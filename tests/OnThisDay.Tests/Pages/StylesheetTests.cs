using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Pages;

/// <summary>
/// The stylesheet keeps colours to the colour scheme: no colour is set inside a width query. The browser tests
/// rely on it to run axe-core in one scheme per width rather than in all four combinations.
/// </summary>
public sealed class StylesheetTests
{
    private static readonly string[] ColourProperties =
        ["color", "background", "background-color", "fill", "stroke", "border-color", "outline-color", "text-decoration-color", "box-shadow"];

    [Fact]
    public void NoColourIsSetInsideAWidthQuery()
    {
        var css = File.ReadAllText(Path.Combine(TestContent.RepositoryContent, "..", "src", "OnThisDay.Web", "wwwroot", "css", "site.css"));

        Assert.Empty(ColoursInWidthQueries(css));
    }

    [Fact]
    public void ColoursInWidthQueries_FindsAColourSetForNarrowScreens()
    {
        var css = ":root { --ink: #111; }\n@media (max-width: 40rem) { .note { color: #777; font-size: 1rem; } }\n@media print { a { color: #000; } }";

        Assert.Equal(["@media (max-width: 40rem): .note { color: #777 }"], ColoursInWidthQueries(css));
    }

    /// <summary>Every colour declaration (or custom property, which holds the palette) inside an <c>@media</c> block whose condition names a width.</summary>
    private static List<string> ColoursInWidthQueries(string css)
    {
        css = System.Text.RegularExpressions.Regex.Replace(css, @"/\*.*?\*/", "", System.Text.RegularExpressions.RegexOptions.Singleline);
        var found = new List<string>();
        for (var at = css.IndexOf("@media", StringComparison.Ordinal); at >= 0; at = css.IndexOf("@media", at + 1, StringComparison.Ordinal))
        {
            var open = css.IndexOf('{', at);
            var condition = css[at..open].Trim();
            if (!condition.Contains("width", StringComparison.Ordinal))
            {
                continue;
            }
            var depth = 0;
            var close = open;
            do
            {
                depth += css[close] == '{' ? 1 : css[close] == '}' ? -1 : 0;
                close++;
            }
            while (depth > 0);
            foreach (var rule in css[(open + 1)..(close - 1)].Split('}', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var parts = rule.Split('{', 2, StringSplitOptions.TrimEntries);
                if (parts.Length < 2)
                {
                    continue;
                }
                foreach (var declaration in parts[1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var property = declaration.Split(':', 2)[0].Trim();
                    if (property.StartsWith("--", StringComparison.Ordinal) || ColourProperties.Contains(property))
                    {
                        found.Add($"{condition}: {parts[0]} {{ {declaration} }}");
                    }
                }
            }
        }
        return found;
    }
}
