using OnThisDay.Web.Api;
using OnThisDay.Web.Caching;
using OnThisDay.Web.Editors;
using OnThisDay.Web.Feeds;
using OnThisDay.Web.Security;
using OnThisDay.Web.Site;
using OnThisDay.Web.Sync;

// Editors' commands (validate, new) run without starting the site.
if (EditorCommands.IsCommand(args))
{
    return await EditorCommands.RunAsync(args, Console.Out, Console.Error);
}

try
{
    return await RunSiteAsync(args);
}
catch (Microsoft.Extensions.Options.OptionsValidationException ex)
{
    // A bad setting stops the start with one clear line instead of a stack trace.
    await Console.Error.WriteLineAsync("error: " + string.Join(" ", ex.Failures));
    return 1;
}

static async Task<int> RunSiteAsync(string[] args)
{
var builder = WebApplication.CreateBuilder(args);

// Logging: Serilog from configuration
builder.AddSiteLogging();

// Read model: SQLite through EF Core, synced from content/
builder.AddReadModel();

// Public site: options, clock, pages
builder.AddSite();

// Output cache evicted by sync, response compression
builder.AddCaching();

// JSON API with CORS and an OpenAPI document
builder.AddApi();

// Rate limits per client, trusted proxies
builder.AddSecurity();

var app = builder.Build();

// Security headers on every response
app.UseSecurityHeaders();

// One log line per request
app.UseSiteRequestLogging();

// A read-only site: other methods answer 405; HEAD runs as GET without the body
app.UseReadOnlyMethods();
app.UseHeadAsGet();

// Error pages; a failing read model answers 503
app.UseErrorPages();

// wwwroot and content/photos/
app.UseSiteStaticFiles();

// Routing, then what routes choose: CORS, rate limits
app.UseRouting();
app.UseCors();
app.UseRateLimiter();

// Output cache, then validators (ETag, 304), then compression: a cached page is stored compressed with its ETag
app.UseOutputCache();
app.UseValidators();
app.UseResponseCompression();

// Old addresses listed in aliases answer 301
app.UseAliasRedirects();

// Pages and health
app.MapSite();

// Feeds, sitemap, calendar subscription
app.MapFeeds();

// JSON API
app.MapApi();

await app.RunAsync();
return 0;
}

/// <summary>The site's entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
