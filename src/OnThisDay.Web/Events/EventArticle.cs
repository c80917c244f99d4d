using System.Globalization;

namespace OnThisDay.Web.Events;

/// <summary>The model of the article partial shared by the day and event pages.</summary>
public sealed record EventArticle(EventView Event, int CurrentYear)
{
    public string YearsAgo
    {
        get
        {
            var years = Event.Date.YearsBefore(CurrentYear);
            return years switch
            {
                0 => "this year",
                1 => "1 year ago",
                < 0 => $"in {-years:N0} years",
                _ => $"{years.ToString("N0", CultureInfo.InvariantCulture)} years ago",
            };
        }
    }

    /// <summary>The value of a <c>datetime</c> attribute for the date; BC dates use the expanded year form.</summary>
    public static string MachineDate(Entries.HistoricDate date) =>
        date.IsBC ? $"-{-date.AstronomicalYear:000000}-{date.Month:00}-{date.Day:00}" : $"{date.Year:0000}-{date.Month:00}-{date.Day:00}";
}
