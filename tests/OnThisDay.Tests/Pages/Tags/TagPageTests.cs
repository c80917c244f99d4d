using System.Net;
using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Pages.Tags;

public sealed class TagPageTests : IClassFixture<TagPageTests.Site>
{
    private readonly HttpClient _client;

    public TagPageTests(Site site) => _client = site.Factory.CreateNoRedirectClient();

    public sealed class Site() : SiteFixture(Create())
    {
        private static SiteFactory Create()
        {
            var content = TestContent.WithReferenceEntry();
            for (var i = 1; i <= 23; i++)
            {
                content.WriteEntry($"{1900 + i}-03-{i:00}", $"space-{i}", $"Space Story {i}", "tags: [space]\n");
            }
            return new SiteFactory(content);
        }
    }

    [Fact]
    public async Task Tags_ListsEveryUsedTagWithLabelAndCount()
    {
        var doc = await _client.GetDocumentAsync("/tags");

        var space = doc.QuerySelector(".tag-index a[href='/tags/space']")!;
        Assert.Equal("Space", space.QuerySelector(".tag-index__label")!.TextContent);
        Assert.Equal("23", space.QuerySelector(".tag-index__count")!.TextContent);
        Assert.Equal("1", doc.QuerySelector(".tag-index a[href='/tags/diplomacy'] .tag-index__count")!.TextContent);
    }

    [Fact]
    public async Task Tag_ListsEventsNewestFirstAndPages()
    {
        var first = await _client.GetDocumentAsync("/tags/space");
        var second = await _client.GetDocumentAsync("/tags/space?p=2");

        Assert.Equal("Space", first.QuerySelector("h1")!.TextContent);
        var years = first.QuerySelectorAll(".event-list__year").Select(y => y.TextContent).ToList();
        Assert.Equal(20, years.Count);
        Assert.Equal("1923", years[0]);
        Assert.Equal(years.OrderByDescending(y => y, StringComparer.Ordinal), years);
        Assert.Equal("/tags/space?p=2", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal(3, second.QuerySelectorAll(".event-list li").Length);
    }

    [Fact]
    public async Task Tag_Unknown_Returns404()
    {
        using var response = await _client.GetAsync("/tags/no-such-tag");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Random_Redirects302ToAPublishedEvent()
    {
        using var response = await _client.GetAsync("/random");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var target = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/events/", target, StringComparison.Ordinal);
        using var page = await _client.GetAsync(target);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
