using System.Text.Json;
using Json.Schema;
using Microsoft.Extensions.DependencyInjection;
using OnThisDay.Tests.Support;
using OnThisDay.Web.Api;
using OnThisDay.Web.Sync;

namespace OnThisDay.Tests.Api;

/// <summary>Clients written for Wikimedia's on-this-day feed work unchanged: every response validates against its schema.</summary>
public sealed class WikimediaSchemaTests : IClassFixture<WikimediaSchemaTests.Site>
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Api", "wikimedia-onthisday.schema.json")));

    private readonly Site _site;

    public WikimediaSchemaTests(Site site) => _site = site;

    public sealed class Site() : SiteFixture(Create())
    {
        private static SiteFactory Create()
        {
            var content = TestContent.WithReferenceEntry();
            content.WriteEntry("1987-06-12", "tear-down-this-wall", "Reagan at the Brandenburg Gate", """
                photo:
                  commons: "Scott of the Antarctic (bw) (cropped).jpg"
                  alt: A portrait
                  photographer: Unknown
                  license: Public domain
                  width: 967
                  height: 1284

                """);
            content.WriteEntry("1929-06-12", "anne-frank-born", "Anne Frank, Diarist", "kind: birth\n");
            content.WriteEntry("1994-06-12", "small-photo", "A Small Photo", "kind: death\nphoto:\n  commons: \"Tiny.png\"\n  alt: A\n  width: 300\n  height: 200\n");
            return new SiteFactory(content, settings: new Dictionary<string, string?>
            {
                ["Site:RevisionsUrl"] = "https://code.example/onthisday/commits/main/{path}",
                ["Site:EditUrl"] = "https://code.example/onthisday/edit/main/{path}",
            });
        }
    }

    [Theory]
    [InlineData("all")]
    [InlineData("selected")]
    [InlineData("events")]
    [InlineData("births")]
    [InlineData("deaths")]
    [InlineData("holidays")]
    public async Task EveryType_ValidatesAgainstWikimediasSchema(string type)
    {
        using var json = JsonDocument.Parse(await _site.Factory.CreateClient().GetStringAsync($"/api/v1/onthisday/{type}/06/12"));

        var result = Schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")));
    }

    [Fact]
    public void Schema_RejectsTheOldShape()
    {
        using var old = JsonDocument.Parse("""
            {"events":[{"text":"t","year":1,"pages":[{"type":"standard","title":"x","displaytitle":"x","titles":{"canonical":"x","normalized":"x","display":"x"},
            "extract":"e","extract_html":"<p>e</p>","lang":"en","dir":"ltr","timestamp":"2026-01-01T00:00:00Z",
            "content_urls":{"desktop":{"page":"p"},"mobile":{"page":"p"}},"thumbnail":{"source":"s"}}]}]}
            """);

        Assert.False(Schema.Evaluate(old.RootElement).IsValid);
    }

    private async Task<JsonElement> PageAsync(string list, int year)
    {
        using var json = JsonDocument.Parse(await _site.Factory.CreateClient().GetStringAsync("/api/v1/onthisday/all/06/12"));
        return json.RootElement.GetProperty(list).EnumerateArray().Single(i => i.GetProperty("year").GetInt32() == year).GetProperty("pages")[0].Clone();
    }

    [Fact]
    public async Task Images_CarryTheirSizes_FromDirectAddresses()
    {
        var page = await PageAsync("events", 1987);

        var original = page.GetProperty("originalimage");
        Assert.Equal("https://upload.wikimedia.org/wikipedia/commons/7/72/Scott_of_the_Antarctic_%28bw%29_%28cropped%29.jpg", original.GetProperty("source").GetString());
        Assert.Equal((967, 1284), (original.GetProperty("width").GetInt32(), original.GetProperty("height").GetInt32()));
        var thumbnail = page.GetProperty("thumbnail");
        Assert.Equal("https://upload.wikimedia.org/wikipedia/commons/thumb/7/72/Scott_of_the_Antarctic_%28bw%29_%28cropped%29.jpg/500px-Scott_of_the_Antarctic_%28bw%29_%28cropped%29.jpg",
            thumbnail.GetProperty("source").GetString());
        Assert.Equal((500, 664), (thumbnail.GetProperty("width").GetInt32(), thumbnail.GetProperty("height").GetInt32()));
    }

    [Fact]
    public async Task SmallOriginal_IsItsOwnThumbnail_NeverScaledUp()
    {
        var page = await PageAsync("deaths", 1994);

        Assert.Equal(300, page.GetProperty("thumbnail").GetProperty("width").GetInt32());
        Assert.Equal(page.GetProperty("originalimage").GetProperty("source").GetString(), page.GetProperty("thumbnail").GetProperty("source").GetString());
    }

    [Fact]
    public async Task ImageOfUnknownSize_IsLeftOut()
    {
        var page = await PageAsync("selected", 2018);

        Assert.False(page.TryGetProperty("thumbnail", out _));
        Assert.False(page.TryGetProperty("originalimage", out _));
    }

    [Fact]
    public async Task ContentUrls_ComeFromTheRepositorySettings()
    {
        var urls = (await PageAsync("selected", 2018)).GetProperty("content_urls").GetProperty("desktop");

        Assert.Equal("https://onthisday.example/events/2018-06-12-trump-meets-kim-jong-un", urls.GetProperty("page").GetString());
        Assert.Equal("https://code.example/onthisday/commits/main/content/events/06-12/2018-trump-meets-kim-jong-un.md", urls.GetProperty("revisions").GetString());
        Assert.Equal("https://code.example/onthisday/edit/main/content/events/06-12/2018-trump-meets-kim-jong-un.md", urls.GetProperty("edit").GetString());
    }

    [Fact]
    public async Task PageId_IsStableAcrossInstancesAndRebuilds()
    {
        var here = (await PageAsync("selected", 2018)).GetProperty("pageid").GetInt64();
        using var other = new SiteFactory();
        using var json = JsonDocument.Parse(await other.CreateClient().GetStringAsync("/api/v1/onthisday/selected/06/12"));

        Assert.Equal(ApiIdentity.PageId("2018-06-12-trump-meets-kim-jong-un"), here);
        Assert.Equal(here, json.RootElement.GetProperty("selected")[0].GetProperty("pages")[0].GetProperty("pageid").GetInt64());
        Assert.InRange(here, 1, (1L << 53) - 1);
    }

    [Fact]
    public async Task Revision_ChangesWhenTheEntryChanges_AndOnlyThen()
    {
        using var factory = new SiteFactory(settings: new Dictionary<string, string?> { ["Content:Watch"] = "false" });
        var client = factory.CreateClient();
        async Task<string> RevisionAsync()
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/onthisday/selected/06/12"));
            return json.RootElement.GetProperty("selected")[0].GetProperty("pages")[0].GetProperty("revision").GetString()!;
        }
        var sync = factory.Services.GetRequiredService<ContentSync>();
        var first = await RevisionAsync();
        var path = Path.Combine(factory.Content.Root, "events/06-12/2018-trump-meets-kim-jong-un.md");

        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(5));
        await sync.SyncAsync();
        Assert.Equal(first, await RevisionAsync());

        File.AppendAllText(path, "\nOne more paragraph.\n");
        await sync.SyncAsync();
        Assert.NotEqual(first, await RevisionAsync());
        Assert.Matches("^[0-9]+$", first);
    }
}
