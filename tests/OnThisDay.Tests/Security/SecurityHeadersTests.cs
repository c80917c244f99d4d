using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Security;

public sealed class SecurityHeadersTests : IClassFixture<SecurityHeadersTests.Site>
{
    private readonly Site _site;

    public SecurityHeadersTests(Site site) => _site = site;

    public sealed class Site() : SiteFixture(new SiteFactory());

    [Theory]
    [InlineData("/june/12")]
    [InlineData("/")]
    [InlineData("/calendar")]
    [InlineData("/search?q=moon")]
    [InlineData("/february/30")]
    [InlineData("/api/v1/onthisday/all/06/12")]
    [InlineData("/api/v1/onthisday/nope/06/12")]
    [InlineData("/feed.xml")]
    [InlineData("/css/site.css")]
    [InlineData("/healthz")]
    [InlineData("/06/12")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        using var response = await _site.Factory.CreateNoRedirectClient().GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        foreach (var directive in new[] { "default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'", "https://commons.wikimedia.org", "https://upload.wikimedia.org" })
        {
            Assert.Contains(directive, csp, StringComparison.Ordinal);
        }
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("same-origin", response.Headers.GetValues("Cross-Origin-Opener-Policy").Single());
    }

    [Fact]
    public async Task Https_InProduction_SendsHsts()
    {
        var client = _site.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://onthisday.example") });

        using var response = await client.GetAsync("/june/12");

        Assert.Contains("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Https_InDevelopment_SendsNoHsts()
    {
        using var factory = new SiteFactory(environment: "Development");
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://onthisday.example") });

        using var response = await client.GetAsync("/june/12");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Pages_HaveNoInlineScriptOrStyle()
    {
        foreach (var path in new[] { "/june/12", "/calendar", "/tags", "/search?q=summit", "/events/2018-06-12-trump-meets-kim-jong-un", "/nowhere" })
        {
            var doc = await _site.Factory.CreateClient().GetDocumentAsync(path);
            Assert.Empty(doc.QuerySelectorAll("script:not([type='application/ld+json'])"));
            Assert.Empty(doc.QuerySelectorAll("style, [style]"));
            Assert.DoesNotContain(doc.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        }
    }
}
