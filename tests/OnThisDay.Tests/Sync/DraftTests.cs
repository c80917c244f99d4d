using System.Net;
using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Sync;

public sealed class DraftTests
{
    private static TestContent ContentWithDraft()
    {
        var content = TestContent.WithReferenceEntry();
        content.WriteEntry("1969-07-20", "draft-moon", "A Draft About the Moon", "draft: true\ntags: [space]\nfeatured: true\n", "Secret zebra words.\n");
        return content;
    }

    [Fact]
    public async Task Production_HidesDraftsEverywhere()
    {
        using var factory = new SiteFactory(ContentWithDraft());
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/events/1969-07-20-draft-moon")).StatusCode);
        Assert.DoesNotContain("A Draft About the Moon", (await client.GetDocumentAsync("/july/20")).Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await client.GetDocumentAsync("/search?q=zebra")).QuerySelector(".search-page__none"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/tags/space-none")).StatusCode);
        Assert.Equal("0 stories.", (await client.GetDocumentAsync("/tags/space")).QuerySelector(".tag-page__count")!.TextContent.Trim());
        Assert.Equal("–", (await client.GetDocumentAsync("/calendar")).QuerySelector("a[href='/july/20'] .calendar__count")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/editor")).StatusCode);
    }

    [Fact]
    public async Task Development_ShowsDraftsWithBanner()
    {
        using var factory = new SiteFactory(ContentWithDraft(), environment: "Development");
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/july/20");

        Assert.Equal("A Draft About the Moon", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Draft", page.QuerySelector(".draft-banner")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await client.GetDocumentAsync("/search?q=zebra")).QuerySelector(".results"));
        Assert.Equal("1", (await client.GetDocumentAsync("/calendar")).QuerySelector("a[href='/july/20'] .calendar__count")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/editor")).StatusCode);
    }
}
