using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Pages;

public sealed class SharingTests : IClassFixture<SharingTests.Site>
{
    private readonly HttpClient _client;

    public SharingTests(Site site) => _client = site.Factory.CreateClient();

    public sealed class Site() : SiteFixture(Create())
    {
        private static SiteFactory Create()
        {
            var content = TestContent.WithReferenceEntry();
            content.WriteEntry("1969-07-20", "moon", "Apollo 11 Lands", "tags: [space]\n");
            return new SiteFactory(content);
        }
    }

    [Theory]
    [InlineData("/", "https://onthisday.example/june/12")]
    [InlineData("/june/12", "https://onthisday.example/june/12")]
    [InlineData("/july/20", "https://onthisday.example/july/20")]
    [InlineData("/events/2018-06-12-trump-meets-kim-jong-un", "https://onthisday.example/events/2018-06-12-trump-meets-kim-jong-un")]
    [InlineData("/calendar", "https://onthisday.example/calendar")]
    [InlineData("/tags", "https://onthisday.example/tags")]
    [InlineData("/tags/space", "https://onthisday.example/tags/space")]
    [InlineData("/search?q=moon", "https://onthisday.example/search")]
    public async Task EveryPage_HasTitleDescriptionCanonicalOpenGraphTwitterAndFeedLink(string path, string canonical)
    {
        var doc = await _client.GetDocumentAsync(path);

        Assert.False(string.IsNullOrWhiteSpace(doc.Title));
        Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector("meta[name=description]")?.GetAttribute("content")));
        Assert.Equal(canonical, doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        foreach (var property in new[] { "og:title", "og:description", "og:url", "og:site_name", "og:type" })
        {
            Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector($"meta[property='{property}']")?.GetAttribute("content")), property);
        }
        Assert.Equal(canonical, doc.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.NotNull(doc.QuerySelector("meta[name='twitter:card']"));
        Assert.Equal("/feed.xml", doc.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task DayWithPhoto_HasLargeImageCardAndArticleJsonLd()
    {
        var doc = await _client.GetDocumentAsync("/june/12");

        Assert.Equal("article", doc.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.EndsWith("?width=960", doc.QuerySelector("meta[property='og:image']")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector("meta[property='og:image:alt']")!.GetAttribute("content")));
        Assert.Equal("summary_large_image", doc.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        using var json = System.Text.Json.JsonDocument.Parse(doc.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var root = json.RootElement;
        Assert.Equal("Article", root.GetProperty("@type").GetString());
        Assert.Equal("Event", root.GetProperty("about").GetProperty("@type").GetString());
        Assert.Equal("Donald Trump Meets Kim Jong-Un", root.GetProperty("about").GetProperty("name").GetString());
        Assert.Equal("2018-06-12", root.GetProperty("about").GetProperty("startDate").GetString());
        Assert.StartsWith("https://commons.wikimedia.org/", root.GetProperty("image").GetString(), StringComparison.Ordinal);
        Assert.True(DateTimeOffset.TryParse(root.GetProperty("datePublished").GetString(), out _));
        Assert.True(DateTimeOffset.TryParse(root.GetProperty("dateModified").GetString(), out _));
    }

    [Fact]
    public async Task DayWithoutPhoto_HasPlainSummaryCard()
    {
        var doc = await _client.GetDocumentAsync("/july/20");

        Assert.Equal("summary", doc.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        Assert.Null(doc.QuerySelector("meta[property='og:image']"));
        Assert.Equal("Summary of Apollo 11 Lands.", doc.QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }
}
