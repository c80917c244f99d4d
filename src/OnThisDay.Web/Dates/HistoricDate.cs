using System.Globalization;
using System.Text.RegularExpressions;

namespace OnThisDay.Web.Dates;

/// <summary>
/// A calendar date that may lie before the common era. <see cref="Year"/> is negative for BC years
/// (44 BC is -44) and never zero, as historians count.
/// </summary>
public readonly partial record struct HistoricDate(int Year, int Month, int Day) : IComparable<HistoricDate>
{
    public bool IsBC => Year < 0;

    /// <summary>The date's year on the astronomical scale (1 BC is 0, 2 BC is -1).</summary>
    public int AstronomicalYear => IsBC ? Year + 1 : Year;

    /// <summary>How the year is written in a file name and a slug: <c>2018</c>, <c>476</c>, <c>44bc</c>.</summary>
    public string PathYear => IsBC ? $"{-Year}bc" : Year.ToString(CultureInfo.InvariantCulture);

    public string MonthDay => $"{Month:00}-{Day:00}";

    /// <summary>The form used in front matter: <c>2018-06-12</c> or <c>0044-03-15 BC</c>.</summary>
    public string Iso => IsBC ? $"{-Year:0000}-{Month:00}-{Day:00} BC" : $"{Year:0000}-{Month:00}-{Day:00}";

    /// <summary>The ISO 8601 form for <c>datetime</c> attributes and JSON-LD; BC years use the expanded, astronomical form (44 BC is -000043).</summary>
    public string MachineDate =>
        IsBC ? $"-{-AstronomicalYear:000000}-{Month:00}-{Day:00}" : $"{Year:0000}-{Month:00}-{Day:00}";

    public string YearText => IsBC ? $"{-Year} BC" : Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>"12 June 2018", "15 March 44 BC".</summary>
    public string Display => $"{Day} {CalendarDays.MonthName(Month)} {YearText}";

    public int YearsBefore(int currentYear) => IsBC ? currentYear - Year - 1 : currentYear - Year;

    public int CompareTo(HistoricDate other) =>
        (Year, Month, Day).CompareTo((other.Year, other.Month, other.Day));

    /// <summary>Whether the date exists in the proleptic Gregorian calendar.</summary>
    public static bool IsReal(int year, int month, int day)
    {
        if (year == 0 || month is < 1 or > 12 || day < 1)
        {
            return false;
        }
        var astronomical = year < 0 ? year + 1 : year;
        return day <= CalendarDays.DaysInMonth(month, CalendarDays.IsLeapYear(astronomical));
    }

    public static bool TryParse(string? text, out HistoricDate date, out string error)
    {
        date = default;
        var match = IsoPattern().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            error = $"date '{text}' is not of the form YYYY-MM-DD or YYYY-MM-DD BC";
            return false;
        }
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["bc"].Success)
        {
            year = -year;
        }
        if (!IsReal(year, month, day))
        {
            error = year == 0
                ? "date has year 0, which does not exist: 1 BC is followed by AD 1"
                : $"date '{text}' does not exist in the calendar";
            return false;
        }
        date = new HistoricDate(year, month, day);
        error = "";
        return true;
    }

    public override string ToString() => Iso;

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:\s+(?<bc>BC))?$")]
    private static partial Regex IsoPattern();
}
