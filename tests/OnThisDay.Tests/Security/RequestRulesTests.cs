using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Security;

/// <summary>Methods, hosts, HEAD, pagination and rate-limit answers, as an attacker or a careless client would meet them.</summary>
public sealed class RequestRulesTests : IClassFixture<RequestRulesTests.Site>
{
    private readonly Site _site;

    public RequestRulesTests(Site site) => _site = site;

    public sealed class Site() : SiteFixture(new SiteFactory());

    private HttpClient Client => _site.Factory.CreateClient();

    [Theory]
    [InlineData("TRACE", "/june/12")]
    [InlineData("TRACE", "/")]
    [InlineData("TRACE", "/editor")]
    [InlineData("TRACE", "/api/v1/onthisday/all/06/12")]
    [InlineData("TRACE", "/feed.xml")]
    [InlineData("PUT", "/events/2018-06-12-trump-meets-kim-jong-un")]
    [InlineData("DELETE", "/search?q=x")]
    [InlineData("POST", "/june/12")]
    [InlineData("PATCH", "/nowhere")]
    public async Task MethodThePageDoesNotHandle_Answers405WithAllow(string method, string path)
    {
        using var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "OPTIONS"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/june/12")]
    [InlineData("/events/2018-06-12-trump-meets-kim-jong-un")]
    [InlineData("/feed.xml")]
    [InlineData("/api/v1/onthisday/all/06/12")]
    [InlineData("/calendar")]
    [InlineData("/css/site.css")]
    public async Task Head_HasTheContentLengthOfGet_BeforeAndAfterCaching(string path)
    {
        var client = Client;
        client.DefaultRequestHeaders.AcceptEncoding.Clear();
        using var headFirst = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path + (path.Contains('?') ? "&" : "?") + "cold=" + Guid.NewGuid()));
        using var get = await client.GetAsync(path);
        var body = await get.Content.ReadAsByteArrayAsync();
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.True(body.Length > 0);
        Assert.Equal(body.Length, head.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.OK, headFirst.StatusCode);
        Assert.True(headFirst.Content.Headers.ContentLength > 0);
    }

    [Fact]
    public async Task QueryOnAPageWithoutPages_MakesNoNewCacheEntry()
    {
        var client = Client;
        await client.GetAsync("/june/13");
        using var again = await client.GetAsync("/june/13?p=7&utm=x");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(again.Headers.Age is not null, "served from the entry cached for /june/13");
    }

    [Theory]
    [InlineData("/tags/diplomacy?p=2")]
    [InlineData("/tags/diplomacy?p=0")]
    [InlineData("/tags/diplomacy?p=abc")]
    [InlineData("/search?q=summit&p=5")]
    [InlineData("/search?p=2")]
    [InlineData("/search?q=summit&p=-5")]
    public async Task PagePastTheLast_Is404(string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task FirstPage_IsFound()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/tags/diplomacy?p=1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/search?q=summit&p=1")).StatusCode);
    }

    [Fact]
    public async Task OpenApi_NamesTheConfiguredBaseUrl_NotTheRequestHost()
    {
        var client = Client;
        client.DefaultRequestHeaders.Host = "localhost";
        using var json = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var server = Assert.Single(json.RootElement.GetProperty("servers").EnumerateArray());
        Assert.Equal("https://onthisday.example", server.GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("evil.example", HttpStatusCode.BadRequest)]
    [InlineData("onthisday.example", HttpStatusCode.OK)]
    [InlineData("localhost", HttpStatusCode.OK)]
    public async Task Hosts_DefaultToTheBaseUrlsAndLoopback(string host, HttpStatusCode expected)
    {
        var client = Client;
        client.DefaultRequestHeaders.Host = host;

        Assert.Equal(expected, (await client.GetAsync("/june/12")).StatusCode);
    }

    [Fact]
    public async Task Hosts_CanBeOpenedByTheOperator()
    {
        using var factory = new SiteFactory(settings: new Dictionary<string, string?> { ["AllowedHosts"] = "*" });
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Host = "mirror.example";

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/june/12")).StatusCode);
    }

    [Fact]
    public async Task NoServerHeader_OnARealPort()
    {
        using var factory = new SiteFactory().StartOnRealPort();
        using var client = new HttpClient { BaseAddress = factory.ServerAddress };

        using var response = await client.GetAsync("/june/12");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.Server);
    }

    [Fact]
    public async Task Editor_IsNotMappedOutsideDevelopment()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/editor")).StatusCode);
    }

    [Fact]
    public async Task Editor_InDevelopment_AnswersOnlyLoopbackClients()
    {
        using var remote = new SiteFactory(environment: "Development",
            services: s => s.AddSingleton<IStartupFilter>(new RemoteAddress(IPAddress.Parse("203.0.113.9"))));
        using var local = new SiteFactory(environment: "Development",
            services: s => s.AddSingleton<IStartupFilter>(new RemoteAddress(IPAddress.Loopback)));

        Assert.Equal(HttpStatusCode.NotFound, (await remote.CreateClient().GetAsync("/editor")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await local.CreateClient().GetAsync("/editor")).StatusCode);
    }

    [Fact]
    public async Task Api429_IsProblemJsonWithTheTimeActuallyLeft()
    {
        using var factory = new SiteFactory(settings: new Dictionary<string, string?> { ["RateLimits:ApiPermits"] = "1", ["RateLimits:WindowSeconds"] = "60" });
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/onthisday/all/06/12")).StatusCode);

        factory.Clock.Advance(TimeSpan.FromSeconds(25));
        using var limited = await client.GetAsync("/api/v1/onthisday/all/06/13");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType!.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(35), limited.Headers.RetryAfter!.Delta);
        using var problem = JsonDocument.Parse(await limited.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());

        factory.Clock.Advance(TimeSpan.FromSeconds(35));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/onthisday/all/06/14")).StatusCode);
    }

    /// <summary>Makes every request arrive from one address, as a client on another machine would.</summary>
    private sealed class RemoteAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate following) =>
            {
                context.Connection.RemoteIpAddress = address;
                return following(context);
            });
            next(app);
        };
    }
}
