using OnThisDay.Web.Api;
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

// Pages, photos, health
app.UseSite();

// Feeds, sitemap, calendar subscription
app.MapFeeds();

// JSON API
app.MapApi();

await app.RunAsync();
return 0;
}

/// <summary>The site's entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
