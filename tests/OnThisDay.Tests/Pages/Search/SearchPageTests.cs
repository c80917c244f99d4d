using Microsoft.Extensions.DependencyInjection;
using OnThisDay.Web.Search;
using System.Net;
using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Pages.Search;

public sealed class SearchPageTests : IClassFixture<SearchPageTests.Site>
{
    private readonly HttpClient _client;

    private readonly Site _site;

    public SearchPageTests(Site site) => (_site, _client) = (site, site.Factory.CreateClient());

    public sealed class Site() : SiteFixture(Create())
    {
        private static SiteFactory Create()
        {
            var content = TestContent.WithReferenceEntry();
            content.WriteEntry("1969-07-20", "moon-landing", "Apollo 11 Lands on the Moon", "",
                "Neil Armstrong stepped onto the Moon while Michael Collins orbited.\n");
            content.WriteEntry("1968-12-24", "earthrise", "Apollo 8 Photographs Earthrise", "",
                "The crew read from Genesis while orbiting the Moon, and mentioned a summit of sorts.\n");
            content.WriteEntry("1957-10-04", "sputnik", "Sputnik Is Launched", "related:\n  - date: 1958-01-31\n    text: Explorer 1 answers with a Geiger counter aboard.\n",
                "A small sphere beeped in orbit.\n");
            for (var i = 1; i <= 25; i++)
            {
                content.WriteEntry($"1900-01-{i:00}", $"paging-{i}", $"Paging Story {i}", "", "Common marker word zebra.\n");
            }
            content.WriteEntry("1900-02-01", "hidden", "A Hidden Draft", "draft: true\n", "zebra moon secret.\n");
            return new SiteFactory(content);
        }
    }

    [Fact]
    public async Task Search_TitleMatchRanksAboveBodyMatch_AndMarksWords()
    {
        var doc = await _client.GetDocumentAsync("/search?q=moon");

        // The title match comes first; "Moon" also appears in two bodies (Apollo 8, and Moon Jae-in in the reference entry).
        var titles = doc.QuerySelectorAll(".results h2 a").Select(a => a.TextContent).ToList();
        Assert.Equal("Apollo 11 Lands on the Moon", titles[0]);
        Assert.Equal(3, titles.Count);
        Assert.Equal("/events/1969-07-20-moon-landing", doc.QuerySelector(".results h2 a")!.GetAttribute("href"));
        Assert.Equal("20 July 1969", doc.QuerySelector(".results__date")!.TextContent);
        Assert.Contains(doc.QuerySelectorAll(".results__snippet mark"), m => m.TextContent.Equals("Moon", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Search_FindsRelatedEventText_AndStemsWords()
    {
        var related = await _client.GetDocumentAsync("/search?q=geiger");
        var stemmed = await _client.GetDocumentAsync("/search?q=orbiting");

        Assert.Equal("Sputnik Is Launched", related.QuerySelector(".results h2 a")!.TextContent);
        Assert.True(stemmed.QuerySelectorAll(".results li").Length >= 2);
    }

    [Fact]
    public async Task Search_PagesTwentyAtATime()
    {
        var first = await _client.GetDocumentAsync("/search?q=zebra");
        var second = await _client.GetDocumentAsync(first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!);

        Assert.Equal(20, first.QuerySelectorAll(".results li").Length);
        Assert.Null(first.QuerySelector(".pager a[rel=prev]"));
        Assert.Equal(5, second.QuerySelectorAll(".results li").Length);
        Assert.NotNull(second.QuerySelector(".pager a[rel=prev]"));
        Assert.DoesNotContain("A Hidden Draft", second.Body!.TextContent, StringComparison.Ordinal);
        // All 25 rank alike; the pages still split them with none shown twice or left out, and count the draft out.
        var links = first.QuerySelectorAll(".results h2 a").Concat(second.QuerySelectorAll(".results h2 a")).Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(Enumerable.Range(1, 25).Select(i => $"/events/1900-01-{i:00}-paging-{i}").Order(), links.Order());
        Assert.StartsWith("25 stories for", first.QuerySelector(".search-page__count")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("25 stories for", second.QuerySelector(".search-page__count")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_ForARequestAlreadyCancelled_IsNotRun()
    {
        var search = _site.Factory.Services.GetRequiredService<SearchService>();

        Assert.Equal(25, search.Search("zebra", 1, includeDrafts: false, TimeSpan.FromSeconds(30), CancellationToken.None).Total);
        Assert.Throws<OperationCanceledException>(() => search.Search("zebra", 1, includeDrafts: false, TimeSpan.FromSeconds(30), new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task Search_EmptyQuery_ShowsTheForm()
    {
        var doc = await _client.GetDocumentAsync("/search");

        Assert.NotNull(doc.QuerySelector("main form[action='/search'] input[name=q]"));
        Assert.Empty(doc.QuerySelectorAll(".results"));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"moon")]
    [InlineData("NEAR(moon apollo)")]
    [InlineData("moon NEAR apollo")]
    [InlineData("*")]
    [InlineData("moon*")]
    [InlineData("-moon")]
    [InlineData("moon AND")]
    [InlineData("OR")]
    [InlineData("moon OR AND NOT apollo")]
    [InlineData("((moon")]
    [InlineData("moon))")]
    [InlineData("title:moon")]
    [InlineData("^moon")]
    [InlineData("😀🌕")]
    [InlineData("東京 タワー")]
    [InlineData("Ωμέγα")]
    [InlineData("' OR 1=1 --")]
    [InlineData("<script>alert(1)</script>")]
    public async Task Search_HostileInput_Answers200WithResultsOrNoResults(string query)
    {
        using var response = await _client.GetAsync("/search?q=" + Uri.EscapeDataString(query));
        var doc = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(doc.QuerySelector(".results") is not null || doc.QuerySelector(".search-page__none") is not null);
        Assert.Empty(doc.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task Search_TwoThousandCharacterQuery_Answers200()
    {
        using var response = await _client.GetAsync("/search?q=" + new string('m', 1000) + "%20" + new string('(', 999));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No results for", (await Html.ParseAsync(response)).QuerySelector(".search-page__none")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_BadPageNumber_IsNotFound()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/search?q=zebra&p=-5")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/search?q=zebra&p=abc")).StatusCode);
        Assert.Equal(20, (await _client.GetDocumentAsync("/search?q=zebra&p=1")).QuerySelectorAll(".results li").Length);
    }

    [Fact]
    public async Task EveryPage_HasSearchBoxInHeader()
    {
        foreach (var path in new[] { "/june/12", "/calendar", "/tags", "/search", "/events/2018-06-12-trump-meets-kim-jong-un", "/nowhere" })
        {
            var doc = await _client.GetDocumentAsync(path);
            var form = doc.QuerySelector("header form[role=search]")!;
            Assert.Equal("get", form.GetAttribute("method"));
            Assert.Equal("/search", form.GetAttribute("action"));
            Assert.NotNull(form.QuerySelector("input[name=q]"));
        }
    }
}
