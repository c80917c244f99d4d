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
}
