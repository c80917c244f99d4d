using System.Globalization;
using System.Net;
using System.Text;

namespace OnThisDay.Web.Search;

/// <summary>
/// Turns whatever a reader typed into a safe FTS5 query: the words are kept, each quoted, so quotes,
/// operators, parentheses and stars are text, never syntax.
/// </summary>
public static class SearchQuery
{
    public const int MaxLength = 500;
    public const int MaxTerms = 12;

    public static IReadOnlyList<string> Terms(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return [];
        }
        var text = input.Length > MaxLength ? input[..MaxLength] : input;
        var terms = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var isWord = Rune.IsLetterOrDigit(rune) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            if (isWord)
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                terms.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            terms.Add(current.ToString());
        }
        return [.. terms.Where(t => !IsOperator(t)).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxTerms)];
    }

    /// <summary>The FTS5 MATCH expression: every term must appear; the last one may be a prefix.</summary>
    public static string? ToMatch(string? input)
    {
        var terms = Terms(input);
        if (terms.Count == 0)
        {
            return null;
        }
        return string.Join(' ', terms.Select((t, i) => "\"" + t + "\"" + (i == terms.Count - 1 && t.Length >= 3 ? "*" : "")));
    }

    private static bool IsOperator(string term) => term is "AND" or "OR" or "NOT" or "NEAR";

    // Control characters that cannot occur in entries mark the highlighted words inside snippets.
    public const string MarkStart = "\u0002";
    public const string MarkEnd = "\u0003";

    /// <summary>A snippet as safe HTML: everything encoded, then the marked words wrapped in &lt;mark&gt;.</summary>
    public static string SnippetHtml(string snippet) =>
        WebUtility.HtmlEncode(snippet).Replace(MarkStart, "<mark>", StringComparison.Ordinal).Replace(MarkEnd, "</mark>", StringComparison.Ordinal);
}
