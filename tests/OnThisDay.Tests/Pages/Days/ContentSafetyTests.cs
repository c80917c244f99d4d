using System.Net;
using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Pages.Days;

public sealed class ContentSafetyTests
{
    [Fact]
    public async Task Get_EntryWithScriptAndJavascriptLink_RendersWithoutThem()
    {
        var content = new TestContent();
        content.WriteEntry("1969-07-20", "moon", "Apollo 11 Lands", "featured: true\n",
            "Before <script>alert('x')</script> after.\n\nA <a href=\"javascript:alert(1)\">raw link</a> and <img src=x onerror=alert(2)>.\n");
        using var factory = new SiteFactory(content);

        using var response = await factory.CreateClient().GetAsync("/july/20");
        var doc = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var prose = doc.QuerySelector(".prose")!;
        Assert.Empty(prose.QuerySelectorAll("script"));
        Assert.All(prose.QuerySelectorAll("a"), a => Assert.DoesNotContain("javascript:", a.GetAttribute("href") ?? "", StringComparison.OrdinalIgnoreCase));
        Assert.All(prose.QuerySelectorAll("*"), e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.Contains("Before", prose.TextContent, StringComparison.Ordinal);
        Assert.Empty(doc.QuerySelectorAll("script:not([type='application/ld+json'])"));
    }

    [Fact]
    public async Task Get_BrokenEntryBesideGoodOne_ServesGoodOneAndHidesBroken()
    {
        var content = new TestContent();
        content.WriteEntry("1969-07-20", "moon", "Apollo 11 Lands");
        content.Write("events/07-20/1976-viking-lands.md", "---\ntitle: Viking 1 Lands on Mars\ndate: 1976-07-20\nsummary: [broken\n---\nBody\n");
        content.Write("events/07-21/1969-broken.md", "no front matter at all");
        using var factory = new SiteFactory(content);
        var client = factory.CreateClient();

        var doc = await client.GetDocumentAsync("/july/20");
        using var broken = await client.GetAsync("/events/1976-07-20-viking-lands");
        using var otherDay = await client.GetAsync("/july/21");

        Assert.Equal("Apollo 11 Lands", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain("Viking", doc.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, broken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherDay.StatusCode);
    }

    [Fact]
    public async Task Start_WithGarbageDatabaseFile_RebuildsItFromContent()
    {
        using var factory = new SiteFactory();
        await File.WriteAllTextAsync(factory.DatabasePath, "this is not a SQLite database, just bytes on disk");

        var doc = await factory.CreateClient().GetDocumentAsync("/june/12");

        Assert.Equal("Donald Trump Meets Kim Jong-Un", doc.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Restart_WithExistingDatabase_ServesTheSameContentWithoutReparsing()
    {
        var content = TestContent.WithReferenceEntry();
        var first = new SiteFactory(content, keepFiles: true);
        _ = await first.CreateClient().GetDocumentAsync("/june/12");
        await first.DisposeAsync();

        using var second = new SiteFactory(content);
        var doc = await second.CreateClient().GetDocumentAsync("/june/12");
        var state = (OnThisDay.Web.Sync.ReadModelState)second.Services.GetService(typeof(OnThisDay.Web.Sync.ReadModelState))!;
        // The start-up check runs beside the served read model; wait for its report.
        await Eventually.TrueAsync(() => Task.FromResult(state.LastResult?.Unchanged == 1), "start-up check done");

        Assert.Equal("Donald Trump Meets Kim Jong-Un", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(0, state.LastResult!.Added + state.LastResult.Updated);
        Assert.Equal(1, state.LastResult.Unchanged);
    }
}
