using System.Globalization;

namespace OnThisDay.Web.Dates;

/// <summary>Months and days of a year that is not any particular year.</summary>
public static class CalendarDays
{
    private static readonly string[] Names =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private static readonly int[] Lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    public static string MonthName(int month) => Names[month - 1];

    /// <summary>The month as it appears in a permalink: <c>june</c>.</summary>
    public static string MonthSlug(int month) => Names[month - 1].ToLowerInvariant();

    public static int DaysInMonth(int month, bool leapYear = true) =>
        month == 2 && !leapYear ? 28 : Lengths[month - 1];

    public static bool IsLeapYear(int astronomicalYear) =>
        astronomicalYear % 4 == 0 && (astronomicalYear % 100 != 0 || astronomicalYear % 400 == 0);

    /// <summary>Reads a month written as a number (6, 06), a full name or a three-letter abbreviation, in any case.</summary>
    public static int? ParseMonth(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 12)
        {
            return null;
        }
        if (token.All(char.IsAsciiDigit))
        {
            return int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 12 ? n : null;
        }
        for (var i = 0; i < Names.Length; i++)
        {
            if (string.Equals(token, Names[i], StringComparison.OrdinalIgnoreCase)
                || (token.Length == 3 && Names[i].StartsWith(token, StringComparison.OrdinalIgnoreCase)))
            {
                return i + 1;
            }
        }
        return null;
    }

    public static int? ParseDay(string? token) =>
        !string.IsNullOrEmpty(token) && token.Length <= 3 && token.All(char.IsAsciiDigit)
            ? int.Parse(token, CultureInfo.InvariantCulture)
            : null;

    public static bool IsValidDay(int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DaysInMonth(month);

    public static string Permalink(int month, int day) => $"/{MonthSlug(month)}/{day}";

    public static string DayName(int month, int day) => $"{day} {MonthName(month)}";

    /// <summary>The day before, passing through 29 February and wrapping at the year's end.</summary>
    public static (int Month, int Day) Previous(int month, int day) =>
        day > 1 ? (month, day - 1) : month > 1 ? (month - 1, DaysInMonth(month - 1)) : (12, 31);

    /// <summary>The day after, passing through 29 February and wrapping at the year's end.</summary>
    public static (int Month, int Day) Next(int month, int day) =>
        day < DaysInMonth(month) ? (month, day + 1) : month < 12 ? (month + 1, 1) : (1, 1);
}
