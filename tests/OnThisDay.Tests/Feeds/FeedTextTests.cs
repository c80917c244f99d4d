using System.Xml.Linq;
using OnThisDay.Web.Data;
using OnThisDay.Web.Feeds;
using OnThisDay.Web.Site;

namespace OnThisDay.Tests.Feeds;

/// <summary>The writers' own defence: a control character that reached the read model cannot break a feed or forge a calendar line.</summary>
public sealed class FeedTextTests
{
    private static readonly SiteOptions Site = new() { BaseUrl = "https://onthisday.example" };

    private static EventEntity Event(string title, string summary) => new()
    {
        Slug = "2018-06-12-x", SourcePath = "events/06-12/2018-x.md", Title = title, Year = 2018, Month = 6, Day = 12,
        Summary = summary, Kind = "event", ViewJson = "{\"BodyHtml\":\"<p>Body\\u0001</p>\"}", Featured = true, ModifiedUtc = DateTime.UtcNow,
    };

    [Fact]
    public void AtomFeed_WithControlCharacters_IsWellFormedXml()
    {
        var e = Event("Bad\u0001Title", "Sum\u000Bmary\u0085");

        var bytes = AtomFeed.Write([new DayFeatures.Featured(new DateOnly(2026, 6, 12), e)], Site);

        var feed = XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Contains(feed.Descendants(), x => x.Name.LocalName == "title" && x.Value == "BadTitle");
    }

    [Theory]
    [InlineData("Title\rX-INJECTED:1")]
    [InlineData("Title\u0085BEGIN:VEVENT")]
    [InlineData("Title\u2028END:VCALENDAR")]
    [InlineData("Title\nBEGIN:VEVENT")]
    public void ICalendar_LineBreaksInAField_NeverStartANewLine(string title)
    {
        var text = System.Text.Encoding.UTF8.GetString(ICalendar.Write([Event(title, "S.")], Site));

        var lines = text.Split("\r\n");
        Assert.DoesNotContain(lines, l => l.StartsWith("X-INJECTED", StringComparison.Ordinal));
        Assert.Single(lines, l => l == "BEGIN:VEVENT");
        Assert.Single(lines, l => l == "END:VCALENDAR");
        Assert.DoesNotContain('\r', text.Replace("\r\n", "", StringComparison.Ordinal));
        Assert.DoesNotContain('\u0085', text);
    }

    [Fact]
    public void Clean_KeepsOrdinaryTextAndEmoji()
    {
        Assert.Equal("Tōkyō 東京 😀\ttab\nline", FeedText.Clean("Tōkyō 東京 😀\ttab\nline"));
        Assert.Equal("ab", FeedText.Clean("a\uD800b"));
    }
}
