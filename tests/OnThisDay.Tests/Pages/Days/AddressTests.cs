using System.Net;
using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Pages.Days;

public sealed class AddressTests : IClassFixture<AddressTests.Site>
{
    private readonly HttpClient _client;

    public AddressTests(Site site) => _client = site.Factory.CreateNoRedirectClient();

    public sealed class Site() : SiteFixture(new SiteFactory());

    [Theory]
    [InlineData("/06/12")]
    [InlineData("/6/12")]
    [InlineData("/June/12")]
    [InlineData("/jun/12")]
    [InlineData("/JUNE/12")]
    [InlineData("/june/012")]
    public async Task Get_OtherFormsOfADay_Redirect301ToCanonical(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/june/12", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/june/12")]
    [InlineData("/february/29")]
    [InlineData("/december/31")]
    [InlineData("/january/1")]
    [InlineData("/")]
    [InlineData("/events/2018-06-12-trump-meets-kim-jong-un")]
    [InlineData("/healthz")]
    public async Task Get_ValidAddress_Returns200(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/february/30", "/february/29")]
    [InlineData("/april/31", "/april/30")]
    [InlineData("/13/1", "/december/1")]
    [InlineData("/foo/1", null)]
    [InlineData("/june/0", "/may/31")]
    [InlineData("/events/no-such-event", null)]
    [InlineData("/no/such/page", null)]
    public async Task Get_InvalidAddress_Returns404PageWithCalendarAndNearestDay(string path, string? nearest)
    {
        using var response = await _client.GetAsync(path);
        var doc = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(doc.QuerySelector("main a[href='/calendar']"));
        Assert.NotNull(doc.QuerySelector("main form[action='/search'] input[name=q]"));
        if (nearest is not null)
        {
            Assert.NotNull(doc.QuerySelector($".notice__days a[href='{nearest}']"));
        }
    }

    [Fact]
    public async Task Get_Alias_Redirects301ToEvent()
    {
        using var response = await _client.GetAsync("/events/2018-06-12-singapore-summit");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/events/2018-06-12-trump-meets-kim-jong-un", response.Headers.Location!.OriginalString);
    }
}
