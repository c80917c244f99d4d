using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using OnThisDay.Web.Data;
using OnThisDay.Web.Sync;

using OnThisDay.Web.Dates;

namespace OnThisDay.Web.Site;

public static class SiteExtensions
{
    /// <summary>Options, the site clock and the Razor Pages of the public site.</summary>
    public static WebApplicationBuilder AddSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiteOptions>()
            .BindConfiguration(SiteOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SiteClock>();
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AddPageRoute("/Days/Day", "");
            // The editors' page exists only in Development; elsewhere it has no route at all.
            if (!builder.Environment.IsDevelopment())
            {
                o.Conventions.AddPageRouteModelConvention("/Editor/Index", model => model.Selectors.Clear());
            }
        });
        // Nothing tells a caller which server answers.
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        // Only the site's own host (and loopback, for probes) unless the operator lists hosts in AllowedHosts.
        if (string.IsNullOrWhiteSpace(builder.Configuration["AllowedHosts"]))
        {
            var baseUrl = builder.Configuration[$"{SiteOptions.Section}:{nameof(SiteOptions.BaseUrl)}"] ?? new SiteOptions().BaseUrl;
            builder.Services.Configure<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>(o => o.AllowedHosts =
                [.. new[] { Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri.Host : null, "localhost", "127.0.0.1", "[::1]" }.OfType<string>().Distinct()]);
        }
        return builder;
    }

    /// <summary>The styled error pages (500 outside Development, every 4xx/5xx status), and 503 for a failing read model.</summary>
    public static WebApplication UseErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/errors/500");
        }
        app.UseStatusCodePagesWithReExecute("/errors/{0}");
        app.UseReadModelFaults();
        return app;
    }

    /// <summary>wwwroot (fingerprinted, compressed as it goes out) and content/photos/ under /photos.</summary>
    public static WebApplication UseSiteStaticFiles(this WebApplication app)
    {
        // Static files are compressed as they go out; pages are compressed once, inside the output cache.
        app.UseWhen(c => IsStaticFile(c.Request.Path), branch => branch.UseResponseCompression());
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".webmanifest"] = "application/manifest+json";
        app.UseStaticFiles(new StaticFileOptions { ContentTypeProvider = types, OnPrepareResponse = CacheStaticFile });
        var content = app.Services.GetRequiredService<IOptions<ContentOptions>>().Value;
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhotoFileProvider(content.Path), RequestPath = "/photos", OnPrepareResponse = CacheStaticFile });
        return app;
    }

    /// <summary>The Razor Pages and the health endpoint.</summary>
    public static WebApplication MapSite(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapHealthChecks("/healthz");
        return app;
    }

    /// <summary>
    /// A database that fails under a request (damaged, replaced by garbage) answers 503 with Retry-After, not 500,
    /// and starts a rebuild beside the live file; the reader retries into the rebuilt read model.
    /// </summary>
    private static void UseReadModelFaults(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Microsoft.Data.Sqlite.SqliteException ex) when (!context.Response.HasStarted && !ex.IsInterrupt() && !context.RequestAborted.IsCancellationRequested)
            {
                context.RequestServices.GetRequiredService<ILogger<ReadModelState>>()
                    .LogError("The read model failed under {Path} ({Reason}); answering 503, and rebuilding it if its file is damaged", context.Request.Path.Value, ex.Message);
                context.RequestServices.GetRequiredService<ContentSync>().RequestRebuild();
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = "2";
                context.Response.Headers.CacheControl = "no-store";
            }
        });

    private static bool IsStaticFile(PathString path) =>
        path.StartsWithSegments("/css") || path.StartsWithSegments("/js") || path.StartsWithSegments("/photos")
        || path.Value is "/favicon.svg" or "/site.webmanifest";

    // A fingerprinted address (?v=hash) never changes its content, so it may be kept for a year.
    private static void CacheStaticFile(StaticFileResponseContext context) =>
        context.Context.Response.Headers.CacheControl = context.Context.Request.Query.ContainsKey("v")
            ? "public, max-age=31536000, immutable"
            : "public, max-age=3600";

    /// <summary>An old address listed in an entry's <c>aliases</c> answers 301 to the entry; anything else stays 404.</summary>
    public static WebApplication UseAliasRedirects(this WebApplication app)
    {
        var aliases = app.Services.GetRequiredService<AddressMap>();
        app.Use(async (context, next) =>
        {
            await next(context);
            if (context.Response.StatusCode == StatusCodes.Status404NotFound && !context.Response.HasStarted
                && HttpMethods.IsGet(context.Request.Method) && context.Request.Path.Value is { Length: > 1 and < 300 } path)
            {
                var slug = aliases.Target(path, app.Environment.IsDevelopment());
                if (slug is not null)
                {
                    context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                    context.Response.Headers.Location = EventAddress.Of(slug);
                }
            }
        });
        return app;
    }
}
