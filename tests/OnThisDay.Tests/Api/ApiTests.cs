using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Api;

public sealed class ApiTests : IClassFixture<ApiTests.Site>
{
    private readonly HttpClient _client;

    public ApiTests(Site site) => _client = site.Factory.CreateClient();

    public sealed class Site() : SiteFixture(Create())
    {
        private static SiteFactory Create()
        {
            var content = TestContent.WithReferenceEntry();
            content.WriteEntry("1987-06-12", "reagan", "Reagan at the Gate");
            content.WriteEntry("1929-06-12", "anne-frank-born", "Anne Frank Is Born", "kind: birth\n");
            content.WriteEntry("0044-03-15 BC", "caesar", "Caesar Is Killed");
            return new SiteFactory(content);
        }
    }

    // The shapes a client of Wikimedia's on-this-day feed deserialises.
    private sealed record WikiFeed(List<WikiItem>? Selected, List<WikiItem>? Events, List<WikiItem>? Births, List<WikiItem>? Deaths, List<WikiItem>? Holidays);
    private sealed record WikiItem(string Text, int Year, List<WikiPage> Pages);
    private sealed record WikiPage(WikiTitles Titles, string Extract, WikiImage? Thumbnail,
        [property: JsonPropertyName("content_urls")] WikiContentUrls ContentUrls);
    private sealed record WikiTitles(string Normalized);
    private sealed record WikiImage(string Source, int Width);
    private sealed record WikiContentUrls(WikiUrl Desktop);
    private sealed record WikiUrl(string Page);

    [Fact]
    public async Task OnThisDayAll_ReadsLikeWikimediaFeed()
    {
        var feed = await _client.GetFromJsonAsync<WikiFeed>("/api/v1/onthisday/all/06/12", new JsonSerializerOptions(JsonSerializerDefaults.Web));

        var selected = Assert.Single(feed!.Selected!);
        Assert.Equal(2018, selected.Year);
        Assert.StartsWith("In Singapore", selected.Text, StringComparison.Ordinal);
        Assert.Equal("https://onthisday.example/events/2018-06-12-trump-meets-kim-jong-un", selected.Pages[0].ContentUrls.Desktop.Page);
        Assert.Equal("Donald Trump Meets Kim Jong-Un", selected.Pages[0].Titles.Normalized);
        Assert.Null(selected.Pages[0].Thumbnail);
        Assert.Equal([2018, 1987], feed.Events!.Select(e => e.Year));
        Assert.Equal(1929, Assert.Single(feed.Births!).Year);
        Assert.Empty(feed.Deaths!);
        Assert.Empty(feed.Holidays!);
    }

    [Fact]
    public async Task OnThisDay_OwnFieldsAndNegativeYearForBc()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/onthisday/events/03/15"));

        var item = json.RootElement.GetProperty("events")[0];
        Assert.Equal(-44, item.GetProperty("year").GetInt32());
        Assert.Equal("44bc-03-15-caesar", item.GetProperty("slug").GetString());
        Assert.Equal("0044-03-15 BC", item.GetProperty("date").GetString());
        Assert.Equal("https://onthisday.example/events/44bc-03-15-caesar", item.GetProperty("url").GetString());
        Assert.False(json.RootElement.TryGetProperty("births", out _));
    }

    [Fact]
    public async Task OnThisDay_PhotoCarriesItsCredit()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/onthisday/selected/06/12"));

        var photo = json.RootElement.GetProperty("selected")[0].GetProperty("photo");
        Assert.Equal("Shealah Craighead", photo.GetProperty("photographer").GetString());
        Assert.Equal("Public domain", photo.GetProperty("license").GetString());
        Assert.Equal("Wikimedia Commons", photo.GetProperty("source").GetString());
    }

    [Fact]
    public async Task DayAndEvent_DescribeTheLeadPhotoAlike()
    {
        using var day = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/onthisday/selected/06/12"));
        using var one = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/events/2018-06-12-trump-meets-kim-jong-un"));

        var fromDay = day.RootElement.GetProperty("selected")[0].GetProperty("photo");
        var fromEvent = one.RootElement.GetProperty("photo");
        Assert.StartsWith("Kim_and_Trump", fromEvent.GetProperty("commons").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("https://", fromEvent.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(fromDay.ToString(), fromEvent.ToString());
    }

    [Fact]
    public async Task Event_ReturnsOneEventInFull()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/events/2018-06-12-trump-meets-kim-jong-un"));

        Assert.Equal("Donald Trump Meets Kim Jong-Un", json.RootElement.GetProperty("title").GetString());
        Assert.True(json.RootElement.GetProperty("related").GetArrayLength() >= 4);
        Assert.Contains("<p>", json.RootElement.GetProperty("body_html").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/onthisday/battles/06/12", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/onthisday/all/ab/12", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/onthisday/all/02/30", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/onthisday/all/13/01", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/events/no-such-event", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/nothing/here", HttpStatusCode.NotFound)]
    public async Task BadRequests_GetJsonErrors(string path, HttpStatusCode status)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Api_HasETagAndAnswers304()
    {
        using var first = await _client.GetAsync("/api/v1/onthisday/all/06/12");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/onthisday/all/06/12");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await _client.SendAsync(request);

        Assert.False(first.Headers.ETag!.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Api_IsOpenToCrossOriginGets()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/onthisday/all/06/12");
        request.Headers.Add("Origin", "https://elsewhere.example");

        using var response = await _client.SendAsync(request);

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task OpenApiDocument_DescribesBothEndpoints()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json"));

        var paths = json.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/onthisday/{type}/{mm}/{dd}", out _));
        Assert.True(paths.TryGetProperty("/api/v1/events/{slug}", out _));
    }
}
