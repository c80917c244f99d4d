using System.Net;
using System.Xml.Linq;
using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Feeds;

public sealed class FeedTests : IClassFixture<FeedTests.Site>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly Site _site;

    public FeedTests(Site site) => _site = site;

    public sealed class Site() : SiteFixture(Create())
    {
        private static SiteFactory Create()
        {
            var content = TestContent.WithReferenceEntry();
            content.WriteEntry("1987-06-11", "eleventh", "An Eleventh of June Story", "featured: true\n");
            content.WriteEntry("1969-07-20", "moon", "Apollo 11 Lands, Safely; Home", "featured: true\n");
            content.WriteEntry("1900-06-10", "draft", "A Draft", "featured: true\ndraft: true\n");
            return new SiteFactory(content, now: new DateTimeOffset(2026, 6, 12, 9, 0, 0, TimeSpan.Zero));
        }
    }

    [Fact]
    public async Task Feed_IsValidAtomWithFeaturedOfLastDaysNewestFirst()
    {
        using var response = await _site.Factory.CreateClient().GetAsync("/feed.xml");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.NotNull(feed.Element(Atom + "id"));
        Assert.NotNull(feed.Element(Atom + "title"));
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")!.Value, out _));
        Assert.NotNull(feed.Element(Atom + "author")!.Element(Atom + "name"));
        Assert.Equal("https://onthisday.example/feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(["Donald Trump Meets Kim Jong-Un", "An Eleventh of June Story"], entries.Select(e => e.Element(Atom + "title")!.Value));
        var first = entries[0];
        Assert.Equal("tag:onthisday.example,2026-06-12:/events/2018-06-12-trump-meets-kim-jong-un", first.Element(Atom + "id")!.Value);
        Assert.Equal("https://onthisday.example/events/2018-06-12-trump-meets-kim-jong-un", first.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.StartsWith("In Singapore", first.Element(Atom + "summary")!.Value, StringComparison.Ordinal);
        Assert.True(DateTimeOffset.TryParse(first.Element(Atom + "updated")!.Value, out _));
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
    }

    [Fact]
    public async Task Sitemap_ListsEveryDayEveryPublishedEventAndCalendar_WithLastmodFromEntries()
    {
        var sitemap = XDocument.Parse(await _site.Factory.CreateClient().GetStringAsync("/sitemap.xml")).Root!;
        var urls = sitemap.Elements(Sm + "url").ToDictionary(u => u.Element(Sm + "loc")!.Value, u => u.Element(Sm + "lastmod")?.Value);

        Assert.Equal(366 + 1 + 3, urls.Count);
        Assert.Contains("https://onthisday.example/calendar", urls.Keys);
        Assert.Contains("https://onthisday.example/february/29", urls.Keys);
        Assert.DoesNotContain("https://onthisday.example/events/1900-06-10-draft", urls.Keys);
        var entryFile = Path.Combine(_site.Factory.Content.Root, "events/06-12/2018-trump-meets-kim-jong-un.md");
        var expected = File.GetLastWriteTimeUtc(entryFile).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, urls["https://onthisday.example/events/2018-06-12-trump-meets-kim-jong-un"]);
        Assert.Null(urls["https://onthisday.example/january/5"]);
    }

    [Fact]
    public async Task Robots_PointsAtSitemap()
    {
        var robots = await _site.Factory.CreateClient().GetStringAsync("/robots.txt");

        Assert.Contains("Sitemap: https://onthisday.example/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.Contains("User-agent: *", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CalendarIcs_HasRequiredPropertiesAndYearlyAllDayEvents()
    {
        using var response = await _site.Factory.CreateClient().GetAsync("/calendar.ics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain(text.Split("\r\n"), l => System.Text.Encoding.UTF8.GetByteCount(l) > 75);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var lines = text.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
        Assert.Contains("VERSION:2.0", lines);
        Assert.Contains(lines, l => l.StartsWith("PRODID:", StringComparison.Ordinal));

        var events = Split(lines);
        Assert.Equal(3, events.Count);
        foreach (var ev in events)
        {
            foreach (var required in new[] { "UID", "DTSTAMP", "DTSTART;VALUE=DATE", "RRULE", "SUMMARY", "DESCRIPTION" })
            {
                Assert.True(ev.ContainsKey(required), $"VEVENT lacks {required}");
            }
            Assert.Equal("FREQ=YEARLY", ev["RRULE"]);
        }
        var moon = events.Single(e => e["UID"] == "1969-07-20-moon@onthisday.example");
        Assert.Equal("20000720", moon["DTSTART;VALUE=DATE"]);
        Assert.Equal(@"Apollo 11 Lands\, Safely\; Home (1969)", moon["SUMMARY"]);
        Assert.Contains("https://onthisday.example/events/1969-07-20-moon", moon["DESCRIPTION"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/calendar.ics")]
    public async Task Feeds_AnswerConditionalRequestsWith304(string path)
    {
        var client = _site.Factory.CreateClient();
        using var first = await client.GetAsync(path);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    private static List<Dictionary<string, string>> Split(string[] lines)
    {
        var events = new List<Dictionary<string, string>>();
        Dictionary<string, string>? current = null;
        foreach (var line in lines)
        {
            if (line == "BEGIN:VEVENT")
            {
                current = [];
            }
            else if (line == "END:VEVENT")
            {
                events.Add(current!);
                current = null;
            }
            else if (current is not null)
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                current[line[..colon]] = line[(colon + 1)..];
            }
        }
        return events;
    }
}
