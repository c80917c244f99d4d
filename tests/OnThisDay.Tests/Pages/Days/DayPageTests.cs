using System.Net;
using AngleSharp.Dom;
using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Pages.Days;

public sealed class DayPageTests : IClassFixture<DayPageTests.ReferenceSite>
{
    private readonly ReferenceSite _site;

    public DayPageTests(ReferenceSite site) => _site = site;

    /// <summary>The reference entry, plus a gallery and a second event on the same day.</summary>
    public sealed class ReferenceSite : SiteFixture
    {
        public ReferenceSite()
            : base(Create()) => Client = Factory.CreateClient();

        public HttpClient Client { get; }

        private static SiteFactory Create()
        {
            var content = TestContent.WithReferenceEntry();
            content.Write("photos/dmz.jpg", "jpeg bytes");
            var reference = Path.Combine(content.Root, "events/06-12/2018-trump-meets-kim-jong-un.md");
            var text = File.ReadAllText(reference).Replace("related:\n", """
                gallery:
                  - src: photos/dmz.jpg
                    alt: Two leaders at the border line
                    caption: Trump and Kim at the DMZ in 2019
                    photographer: A photographer
                    license: Public domain
                    width: 800
                    height: 533
                  - commons: "Second summit.jpg"
                    alt: Leaders at a table in Hanoi
                    caption: The Hanoi summit
                related:

                """, StringComparison.Ordinal);
            File.WriteAllText(reference, text);
            content.WriteEntry("1942-06-12", "anne-frank-diary", "Anne Frank Receives a Diary", "kind: birth\n");
            content.WriteEntry("1987-06-12", "tear-down-this-wall", "Reagan Speaks at the Brandenburg Gate");
            return new SiteFactory(content);
        }
    }

    [Fact]
    public async Task Get_June12_ShowsAllNinePartsInOrder()
    {
        var doc = await _site.Client.GetDocumentAsync("/june/12");

        Assert.Equal("On This Day", doc.QuerySelector(".site-title")!.TextContent.Trim());
        Assert.Contains("12 June", doc.QuerySelector(".day-bar__date")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Donald Trump Meets Kim Jong-Un", Assert.Single(doc.QuerySelectorAll("h1")).TextContent.Trim());
        Assert.Equal("12 June 2018 · 8 years ago", Normalize(doc.QuerySelector(".story__date")!.TextContent));
        var img = doc.QuerySelector(".story__photo img")!;
        Assert.StartsWith("https://commons.wikimedia.org/wiki/Special:FilePath/Kim_and_Trump_shaking_hands", img.GetAttribute("src"), StringComparison.Ordinal);
        Assert.EndsWith("?width=960", img.GetAttribute("src"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(img.GetAttribute("alt")));
        Assert.Equal("US President Donald Trump shaking hands with North Korean leader Kim Jong-Un at their summit in Singapore",
            doc.QuerySelector(".story__photo figcaption")!.TextContent.Trim());

        var headings = doc.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Historical Context", "Photo Info", "Related Events", "Historical Photos", "Also on this day", "The day's timeline"], headings);

        Assert.True(doc.QuerySelectorAll("#context ~ .prose p").Length >= 3);
        var credit = Credit(doc.QuerySelector(".photo-info .credit")!);
        Assert.Equal("Shealah Craighead", credit["Photographer"]);
        Assert.Equal("Singapore", credit["Location taken"]);
        Assert.Equal("Wikimedia Commons", credit["Source"]);
        Assert.StartsWith("https://commons.wikimedia.org/wiki/File:", doc.QuerySelector(".photo-info .credit a")!.GetAttribute("href"), StringComparison.Ordinal);

        var related = doc.QuerySelectorAll(".timeline li");
        Assert.True(related.Length >= 4);
        Assert.Contains(related, li => li.QuerySelector("time")!.TextContent == "12 June 2018"
            && li.TextContent.Contains("first time a North Korean leader and an incumbent US President have ever met", StringComparison.Ordinal));

        var gallery = doc.QuerySelectorAll(".gallery figure");
        Assert.Equal(2, gallery.Length);
        Assert.Equal("/photos/dmz.jpg", gallery[0].QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("800", gallery[0].QuerySelector("img")!.GetAttribute("width"));
        Assert.Contains("A photographer", gallery[0].TextContent, StringComparison.Ordinal);

        var also = doc.QuerySelector(".also")!;
        Assert.Equal(["Events", "Births"], also.QuerySelectorAll("h3").Select(h => h.TextContent.Trim()));
        Assert.Equal("/events/1987-06-12-tear-down-this-wall", also.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_June12_HasHeadMetadata()
    {
        var doc = await _site.Client.GetDocumentAsync("/june/12");

        Assert.Equal("https://onthisday.example/june/12", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Contains("first meeting", doc.QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Equal("article", doc.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal("summary_large_image", doc.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        using var json = System.Text.Json.JsonDocument.Parse(doc.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("Article", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal("2018-06-12", json.RootElement.GetProperty("about").GetProperty("startDate").GetString());
    }

    [Fact]
    public async Task Get_Photos_ServesLocalPhotoFile()
    {
        using var response = await _site.Client.GetAsync("/photos/dmz.jpg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("jpeg bytes", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_EventPage_ShowsTheSameSections()
    {
        var doc = await _site.Client.GetDocumentAsync("/events/2018-06-12-trump-meets-kim-jong-un");

        Assert.Equal("Donald Trump Meets Kim Jong-Un", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["Historical Context", "Photo Info", "Related Events", "Historical Photos"],
            doc.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()));
        Assert.Equal("https://onthisday.example/events/2018-06-12-trump-meets-kim-jong-un", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_Healthz_IsHealthyOnceLoaded()
    {
        using var response = await _site.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static Dictionary<string, string> Credit(IElement dl) =>
        dl.QuerySelectorAll("dt").ToDictionary(dt => dt.TextContent.Trim(), dt => dt.NextElementSibling!.TextContent.Trim());
}
