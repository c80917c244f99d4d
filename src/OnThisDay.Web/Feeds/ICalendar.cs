using System.Globalization;
using System.Text;
using OnThisDay.Web.Data;
using OnThisDay.Web.Dates;
using OnThisDay.Web.Site;

namespace OnThisDay.Web.Feeds;

/// <summary>
/// A calendar subscription (RFC 5545): every featured event as an all-day event recurring each year on
/// its month and day. The first occurrence is in 2000, a leap year, so 29 February has one.
/// </summary>
public static class ICalendar
{
    public static byte[] Write(IReadOnlyList<EventEntity> events, SiteOptions site)
    {
        var host = new Uri(site.BaseUrl).Host;
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//On This Day//Featured stories//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Escape(site.Name),
            "X-WR-CALDESC:" + Escape("A story from history for every day of the year."),
        };
        foreach (var e in events.OrderBy(e => e.Month).ThenBy(e => e.Day).ThenBy(e => e.Slug, StringComparer.Ordinal))
        {
            var url = site.Absolute(EventAddress.Of(e.Slug));
            var start = new DateOnly(2000, e.Month, e.Day);
            var year = new HistoricDate(e.Year, e.Month, e.Day).YearText;
            lines.AddRange(
            [
                "BEGIN:VEVENT",
                FeedText.Clean($"UID:{e.Slug}@{host}"),
                "DTSTAMP:" + DateTime.SpecifyKind(e.ModifiedUtc, DateTimeKind.Utc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture),
                "DTSTART;VALUE=DATE:" + start.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                "DTEND;VALUE=DATE:" + start.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                "RRULE:FREQ=YEARLY",
                "SUMMARY:" + Escape($"{e.Title} ({year})"),
                "DESCRIPTION:" + Escape($"{e.Summary}\n\n{url}"),
                "URL:" + FeedText.Clean(url),
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]);
        }
        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(line, text);
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Escapes TEXT values: backslash, semicolon, comma and newline.</summary>
    public static string Escape(string value) =>
        FeedText.Clean(value).Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    // Lines longer than 75 octets are folded: CRLF then a space, never inside a UTF-8 sequence.
    private static void Fold(string line, StringBuilder output)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 0;
                limit = 74;
            }
            output.Append(rune.ToString());
            octets += size;
        }
        output.Append("\r\n");
    }
}
