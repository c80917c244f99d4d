using System.Net;
using System.Net.Http.Headers;
using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Caching;

public sealed class CachingTests
{
    [Theory]
    [InlineData("/june/12")]
    [InlineData("/events/2018-06-12-trump-meets-kim-jong-un")]
    [InlineData("/calendar")]
    [InlineData("/api/v1/onthisday/all/06/12")]
    public async Task Page_HasStrongETagLastModifiedAndCdnCacheControl_And304OnMatch(string path)
    {
        using var factory = new SiteFactory();
        var client = factory.CreateClient();

        using var first = await client.GetAsync(path);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(request);

        Assert.False(first.Headers.ETag!.IsWeak);
        Assert.NotNull(first.Content.Headers.LastModified);
        var cacheControl = first.Headers.CacheControl!;
        Assert.True(cacheControl.Public);
        Assert.NotNull(cacheControl.SharedMaxAge);
        Assert.Contains(cacheControl.Extensions, e => e.Name == "stale-while-revalidate");
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task SecondRequest_IsServedFromOutputCache()
    {
        using var factory = new SiteFactory();
        var client = factory.CreateClient();

        using var first = await client.GetAsync("/june/12");
        using var second = await client.GetAsync("/june/12");

        Assert.False(first.Headers.Age.HasValue);
        Assert.True(second.Headers.Age.HasValue);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task CachedPage_IsNeverServedAfterAnEdit()
    {
        using var factory = new SiteFactory();
        var client = factory.CreateClient();
        _ = await client.GetDocumentAsync("/june/12");
        _ = await client.GetDocumentAsync("/june/12");
        var path = Path.Combine(factory.Content.Root, "events/06-12/2018-trump-meets-kim-jong-un.md");

        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("title: Donald Trump Meets Kim Jong-Un", "title: Trump and Kim Meet in Singapore", StringComparison.Ordinal));

        await Eventually.TrueAsync(async () => (await client.GetDocumentAsync("/june/12")).QuerySelector("h1")!.TextContent.Trim() == "Trump and Kim Meet in Singapore", "edit shown", 6_000);
    }

    [Fact]
    public async Task Home_ChangesAtMidnightInSiteTimeZone()
    {
        using var factory = new SiteFactory(now: new DateTimeOffset(2026, 6, 12, 23, 59, 50, TimeSpan.Zero));
        var client = factory.CreateClient();
        Assert.Contains("12 June", (await client.GetDocumentAsync("/")).QuerySelector(".day-bar__date")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("12 June", (await client.GetDocumentAsync("/")).QuerySelector(".day-bar__date")!.TextContent, StringComparison.Ordinal);

        factory.Clock.Advance(TimeSpan.FromSeconds(20));

        Assert.Contains("13 June", (await client.GetDocumentAsync("/")).QuerySelector(".day-bar__date")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Responses_AreCompressed(string encoding)
    {
        using var factory = new SiteFactory();
        var client = factory.CreateClient();

        foreach (var path in new[] { "/june/12", "/feed.xml", "/api/v1/onthisday/all/06/12", "/sitemap.xml" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            using var response = await client.SendAsync(request);
            Assert.Equal(encoding, response.Content.Headers.ContentEncoding.Single());
        }
        var css = (await client.GetDocumentAsync("/june/12")).QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        using var cssRequest = new HttpRequestMessage(HttpMethod.Get, css);
        cssRequest.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        using var cssResponse = await client.SendAsync(cssRequest);
        Assert.Equal(encoding, cssResponse.Content.Headers.ContentEncoding.Single());
    }

    [Fact]
    public async Task FingerprintedStylesheet_IsCachedForAYear()
    {
        using var factory = new SiteFactory();
        var client = factory.CreateClient();
        var css = (await client.GetDocumentAsync("/june/12")).QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        using var response = await client.GetAsync(css);

        Assert.Contains("?v=", css, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl!.MaxAge);
        Assert.Contains(response.Headers.CacheControl.Extensions, e => e.Name == "immutable");
    }

    [Fact]
    public async Task Search_IsCachedBrieflyPerQuery()
    {
        using var factory = new SiteFactory();
        var client = factory.CreateClient();

        using var first = await client.GetAsync("/search?q=singapore");
        using var again = await client.GetAsync("/search?q=singapore");
        using var other = await client.GetAsync("/search?q=summit");

        Assert.True(again.Headers.Age.HasValue);
        Assert.False(other.Headers.Age.HasValue);
        Assert.Null(first.Headers.CacheControl!.SharedMaxAge);
    }
}
