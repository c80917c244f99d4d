using System.Globalization;
using System.Text.RegularExpressions;

using OnThisDay.Web.Dates;

namespace OnThisDay.Web.Entries;

/// <summary>What an entry's path says: <c>events/MM-DD/{year}-{name}.md</c>, and the slug derived from it.</summary>
public sealed partial record EntryPath(int Month, int Day, int Year, string Name)
{
    public string YearPart => Year < 0 ? $"{-Year}bc" : Year.ToString(CultureInfo.InvariantCulture);

    public string Slug => $"{YearPart}-{Month:00}-{Day:00}-{Name}";

    public string RelativePath => $"events/{Month:00}-{Day:00}/{YearPart}-{Name}.md";

    public static EntryPath For(HistoricDate date, string name) => new(date.Month, date.Day, date.Year, name);

    public static bool TryParse(string relativePath, out EntryPath? path, out string error)
    {
        path = null;
        var match = PathPattern().Match(relativePath.Replace('\\', '/'));
        if (!match.Success)
        {
            error = "an entry's path must be content/events/MM-DD/{year}-{name}.md, the name lowercase and hyphenated (e.g. events/06-12/2018-trump-meets-kim-jong-un.md)";
            return false;
        }
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (!CalendarDays.IsValidDay(month, day))
        {
            error = $"folder '{month:00}-{day:00}' is not a day of the year";
            return false;
        }
        if (year == 0)
        {
            error = "the year in the file name is 0, which does not exist";
            return false;
        }
        path = new EntryPath(month, day, match.Groups["bc"].Success ? -year : year, match.Groups["n"].Value);
        error = "";
        return true;
    }

    /// <summary>A short name from a title: lowercase ASCII words joined by hyphens, at most six.</summary>
    public static string NameFromTitle(string title)
    {
        var normalized = title.Normalize(System.Text.NormalizationForm.FormD);
        var ascii = new string([.. normalized.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);
        var words = WordPattern().Matches(ascii.ToLowerInvariant()).Select(m => m.Value).Take(6);
        var name = string.Join('-', words);
        return name.Length == 0 ? "entry" : name;
    }

    public static bool IsSlugName(string name) => NamePattern().IsMatch(name);

    [GeneratedRegex(@"^events/(?<m>\d{2})-(?<d>\d{2})/(?<y>\d{1,4})(?<bc>bc)?-(?<n>[a-z0-9]+(?:-[a-z0-9]+)*)\.md$")]
    private static partial Regex PathPattern();

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex NamePattern();
}
