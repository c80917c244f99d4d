using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Pages.Days;

/// <summary>A day with its featured story and briefs of every kind: the brief's page, the grouped lists, the timeline and the API.</summary>
public sealed class BriefTests(BriefTests.Site site) : IClassFixture<BriefTests.Site>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    public sealed class Site() : SiteFixture(Create())
    {
        private static SiteFactory Create()
        {
            var content = TestContent.WithReferenceEntry();
            Brief(content, "1987-06-12", "reagan-brandenburg-gate", "Reagan Speaks at the Brandenburg Gate", "event", "Ronald Reagan");
            Brief(content, "1898-06-12", "philippine-independence", "The Philippines Declares Independence From Spain", "event", null);
            Brief(content, "0044-06-12 BC", "roman-games", "Games Held in Rome", "event", null);
            Brief(content, "1929-06-12", "anne-frank-born", "Anne Frank, Diarist", "birth", "Anne Frank");
            Brief(content, "1924-06-12", "george-h-w-bush-born", "George H. W. Bush, US President", "birth", null);
            Brief(content, "1994-06-12", "someone-dies", "A Writer, Novelist", "death", null);
            Brief(content, "1911-06-12", "another-dies", "An Artist, Painter", "death", null);
            Brief(content, "1898-06-12", "independence-day-philippines", "Independence Day in the Philippines", "holiday", null);
            return new SiteFactory(content);
        }

        private static void Brief(TestContent content, string date, string name, string title, string kind, string? wikipedia) =>
            content.WriteEntry(date, name, title, $"kind: {kind}\ntags: [diplomacy]\n" + (wikipedia is null ? "" : $"wikipedia: {wikipedia}\n"), body: "");
    }

    [Fact]
    public async Task BriefPage_ShowsHeadlineDateSummaryWikipediaAndItsDay()
    {
        var doc = await _client.GetDocumentAsync("/events/1929-06-12-anne-frank-born");

        Assert.Equal("Anne Frank, Diarist", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.StartsWith("Born 12 June 1929", Html.Normalize(doc.QuerySelector(".story__date")!.TextContent), StringComparison.Ordinal);
        Assert.Equal("Summary of Anne Frank, Diarist.", doc.QuerySelector(".story__summary")!.TextContent.Trim());
        var wikipedia = doc.QuerySelector(".story__more a")!;
        Assert.Equal("https://en.wikipedia.org/wiki/Anne_Frank", wikipedia.GetAttribute("href"));
        Assert.StartsWith("Read more on Wikipedia", wikipedia.TextContent, StringComparison.Ordinal);
        Assert.Equal("/june/12", doc.QuerySelector(".day-bar a")!.GetAttribute("href"));
        Assert.Null(doc.QuerySelector("#context"));
        Assert.Null(doc.QuerySelector("#photo-info"));
        Assert.Null(doc.QuerySelector("#related"));
    }

    [Fact]
    public async Task BriefWithoutWikipedia_HasNoLink_AndADeathSaysDied()
    {
        var doc = await _client.GetDocumentAsync("/events/1994-06-12-someone-dies");

        Assert.Null(doc.QuerySelector(".story__more"));
        Assert.StartsWith("Died 12 June 1994", Html.Normalize(doc.QuerySelector(".story__date")!.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DayPage_GroupsTheOthersByKind_NewestFirst_WithBcEra()
    {
        var doc = await _client.GetDocumentAsync("/june/12");

        var also = doc.QuerySelector("#also-on-this-day")!.ParentElement!;
        Assert.Equal(["Events", "Births", "Deaths", "Holidays and observances"], also.QuerySelectorAll("h3").Select(h => h.TextContent.Trim()));
        var lists = also.QuerySelectorAll("ol.event-list").ToList();
        Assert.Equal(["1987", "1898", "44 BC"], lists[0].QuerySelectorAll(".event-list__year").Select(t => t.TextContent.Trim()));
        Assert.Equal(["1929", "1924"], lists[1].QuerySelectorAll(".event-list__year").Select(t => t.TextContent.Trim()));
        Assert.Equal(["1994", "1911"], lists[2].QuerySelectorAll(".event-list__year").Select(t => t.TextContent.Trim()));
        Assert.Equal("/events/1898-06-12-independence-day-philippines", lists[3].QuerySelector("a")!.GetAttribute("href"));
        Assert.DoesNotContain(also.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/events/2018-06-12-trump-meets-kim-jong-un");
    }

    [Fact]
    public async Task Timeline_HasAMarkLinkingEveryStoryOfTheDay_FeaturedHighlighted()
    {
        var doc = await _client.GetDocumentAsync("/june/12");

        var svg = doc.QuerySelector(".day-timeline svg")!;
        var marks = svg.QuerySelectorAll("a").ToList();
        Assert.Equal(9, marks.Count);
        var hrefs = marks.Select(m => m.GetAttribute("href")!).ToList();
        Assert.Equal(9, hrefs.Distinct().Count());
        var listed = doc.QuerySelectorAll(".event-list a").Select(a => a.GetAttribute("href")).Append("/events/2018-06-12-trump-meets-kim-jong-un");
        Assert.Equal(listed.Order(), hrefs.Order());
        Assert.All(marks, m =>
        {
            var name = m.GetAttribute("aria-label")!;
            Assert.Matches(@"^(\d+( BC)?) – .+ \(.*(event|birth|death|holiday or observance)\)$", name);
            Assert.Equal(name, m.QuerySelector("title")!.TextContent);
        });
        var featured = Assert.Single(marks, m => m.ClassList.Contains("day-timeline__mark--featured"));
        Assert.Equal("/events/2018-06-12-trump-meets-kim-jong-un", featured.GetAttribute("href"));
        Assert.Equal(["Events", "Births", "Deaths", "Holidays"], svg.QuerySelectorAll(".day-timeline__label").Select(t => t.TextContent));
        Assert.Contains(svg.QuerySelectorAll(".day-timeline__year"), t => t.TextContent == "AD 1" || t.TextContent.EndsWith(" BC", StringComparison.Ordinal));
        Assert.Equal(4, svg.QuerySelectorAll("a.day-timeline__mark--birth, a.day-timeline__mark--death").Length);

        foreach (var href in hrefs)
        {
            using var response = await _client.GetAsync(href);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task DayWithOneStory_HasNoTimeline()
    {
        var doc = await _client.GetDocumentAsync("/june/13");

        Assert.Null(doc.QuerySelector(".day-timeline"));
    }

    [Fact]
    public async Task Api_ListsEachKindOfTheDay()
    {
        using var all = await _client.GetFromJsonAsync<JsonDocument>("/api/v1/onthisday/all/06/12");
        int Count(string list) => all!.RootElement.GetProperty(list).GetArrayLength();
        Assert.Equal((4, 2, 2, 1), (Count("events"), Count("births"), Count("deaths"), Count("holidays")));
        Assert.Contains(all!.RootElement.GetProperty("events").EnumerateArray(), e => e.GetProperty("year").GetInt32() == -44);

        using var holidays = await _client.GetFromJsonAsync<JsonDocument>("/api/v1/onthisday/holidays/06/12");
        Assert.Equal(["holidays"], holidays!.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1898, holidays.RootElement.GetProperty("holidays")[0].GetProperty("year").GetInt32());

        using var births = await _client.GetFromJsonAsync<JsonDocument>("/api/v1/onthisday/births/06/12");
        Assert.Equal([1929, 1924], births!.RootElement.GetProperty("births").EnumerateArray().Select(b => b.GetProperty("year").GetInt32()));

        using var brief = await _client.GetFromJsonAsync<JsonDocument>("/api/v1/events/1929-06-12-anne-frank-born");
        Assert.Equal("https://en.wikipedia.org/wiki/Anne_Frank", brief!.RootElement.GetProperty("wikipedia").GetString());
        Assert.Equal("birth", brief.RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Briefs_AreInSearchTagsAndCalendarCounts_ButNotTheAtomFeed()
    {
        var search = await _client.GetDocumentAsync("/search?q=Brandenburg");
        Assert.Contains(search.QuerySelectorAll(".results a"), a => a.GetAttribute("href") == "/events/1987-06-12-reagan-brandenburg-gate");

        var tag = await _client.GetDocumentAsync("/tags/diplomacy");
        Assert.Contains(tag.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/events/1929-06-12-anne-frank-born");

        var calendar = await _client.GetDocumentAsync("/calendar");
        var june12 = calendar.QuerySelectorAll(".calendar__day a").Single(a => a.GetAttribute("href") == "/june/12");
        Assert.Equal("9", june12.QuerySelector(".calendar__count")!.TextContent.Trim());

        var feed = XDocument.Parse(await _client.GetStringAsync("/feed.xml"));
        Assert.Contains(feed.Descendants(), e => e.Name.LocalName == "title" && e.Value == "Donald Trump Meets Kim Jong-Un");
        Assert.DoesNotContain(feed.Descendants(), e => e.Value.Contains("Anne Frank", StringComparison.Ordinal));
    }
}
