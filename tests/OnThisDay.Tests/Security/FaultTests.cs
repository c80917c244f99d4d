using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Security;

public sealed class FaultTests
{
    /// <summary>Throws inside the page pipeline when the query asks for it, as a bug would.</summary>
    private sealed class FailingFilter : IAsyncActionFilter, IAsyncPageFilter
    {
        public Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next) => next();

        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next) =>
            context.HttpContext.Request.Query.ContainsKey("fail") && !context.HttpContext.Request.Path.StartsWithSegments("/errors")
                ? throw new InvalidOperationException("secret internal detail at /srv/secret/path")
                : next();
    }

    [Fact]
    public async Task UnhandledError_InProduction_ShowsStyledPageWithRequestIdAndNoExceptionText()
    {
        using var factory = new SiteFactory(services: s => s.Configure<MvcOptions>(o => o.Filters.Add(new FailingFilter())));
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/june/12?fail=1");
        var body = await response.Content.ReadAsStringAsync();
        var doc = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Something went wrong", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector("main code")!.TextContent));
        Assert.NotNull(doc.QuerySelector("link[rel=stylesheet]"));
        Assert.DoesNotContain("secret internal detail", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DatabaseDamagedWhileRunning_TurnsHealthUnhealthyThenIsRebuilt()
    {
        using var factory = new SiteFactory();
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await File.WriteAllBytesAsync(factory.DatabasePath, [.. Enumerable.Repeat((byte)0x42, 8192)]);
        File.Delete(factory.DatabasePath + "-wal");
        File.Delete(factory.DatabasePath + "-shm");

        using var unhealthy = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.StatusCode);
        await Eventually.TrueAsync(async () => (await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK, "rebuilt and healthy");
        var doc = await client.GetDocumentAsync("/events/2018-06-12-trump-meets-kim-jong-un");
        Assert.Equal("Donald Trump Meets Kim Jong-Un", doc.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Start_WithMissingContentFolder_ExitsWithOneClearMessage()
    {
        using var content = new TestContent();
        var missing = Path.Combine(content.Root, "does-not-exist");

        var (code, output) = await SiteProcess.RunAsync(missing);

        Assert.Equal(1, code);
        Assert.Contains($"Content:Path '{missing}' is not a folder that exists", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithAProxyThatIsNotAnAddress_ExitsWithTheSettingNamed()
    {
        using var content = TestContent.WithReferenceEntry();

        var (code, output) = await SiteProcess.RunAsync(content.Root, new Dictionary<string, string> { ["RateLimits__KnownProxies__0"] = "not-an-ip" });

        Assert.Equal(1, code);
        Assert.Contains("error: ", output, StringComparison.Ordinal);
        Assert.Contains("RateLimits:KnownProxies:0 'not-an-ip' is not an IP address", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TruncatedFileDuringSync_KeepsLastGoodVersion()
    {
        var log = new CapturedLog();
        using var factory = new SiteFactory(services: s => s.AddSingleton<Serilog.Core.ILogEventSink>(log));
        var client = factory.CreateClient();
        var path = Path.Combine(factory.Content.Root, "events/06-12/2018-trump-meets-kim-jong-un.md");
        var original = await File.ReadAllTextAsync(path);

        await File.WriteAllTextAsync(path, original[..40]);
        // Waits for the sync to report the broken file, so the page below is read after the sync ran.
        await Eventually.TrueAsync(() => Task.FromResult(log.Contains(Serilog.Events.LogEventLevel.Warning,
            "Keeping the last good version of content/events/06-12/2018-trump-meets-kim-jong-un.md")), "the broken version is reported");

        var doc = await client.GetDocumentAsync("/june/12");
        Assert.Equal("Donald Trump Meets Kim Jong-Un", doc.QuerySelector("h1")!.TextContent.Trim());
    }
}
