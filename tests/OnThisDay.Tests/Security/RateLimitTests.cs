using System.Net;
using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Security;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Search_OverTheLimit_Gets429WithRetryAfter()
    {
        using var factory = new SiteFactory(settings: new Dictionary<string, string?> { ["RateLimits:SearchPermits"] = "3", ["RateLimits:WindowSeconds"] = "60" });
        var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/search?q=moon{i}")).StatusCode);
        }
        using var limited = await client.GetAsync("/search?q=again");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/june/12")).StatusCode);
    }

    [Fact]
    public async Task Api_OverTheLimit_Gets429()
    {
        using var factory = new SiteFactory(settings: new Dictionary<string, string?> { ["RateLimits:ApiPermits"] = "2" });
        var client = factory.CreateClient();

        await client.GetAsync("/api/v1/onthisday/all/06/12");
        await client.GetAsync("/api/v1/onthisday/all/06/13");
        using var limited = await client.GetAsync("/api/v1/onthisday/all/06/14");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.Contains("Retry-After"));
    }

    [Theory]
    [InlineData(false, HttpStatusCode.TooManyRequests)]
    [InlineData(true, HttpStatusCode.OK)]
    public async Task ForwardedFor_IsHonouredOnlyFromConfiguredProxies(bool trustLoopback, HttpStatusCode secondClient)
    {
        var settings = new Dictionary<string, string?> { ["RateLimits:SearchPermits"] = "1" };
        if (trustLoopback)
        {
            settings["RateLimits:KnownProxies:0"] = "127.0.0.1";
        }
        using var factory = new SiteFactory(settings: settings).StartOnRealPort();
        using var client = new HttpClient { BaseAddress = factory.ServerAddress };

        using var first = new HttpRequestMessage(HttpMethod.Get, "/search?q=a");
        first.Headers.Add("X-Forwarded-For", "203.0.113.1");
        using var second = new HttpRequestMessage(HttpMethod.Get, "/search?q=b");
        second.Headers.Add("X-Forwarded-For", "203.0.113.2");

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(first)).StatusCode);
        Assert.Equal(secondClient, (await client.SendAsync(second)).StatusCode);
    }
}
