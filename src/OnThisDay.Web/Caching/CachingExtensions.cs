using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using OnThisDay.Web.Site;
using OnThisDay.Web.Sync;

namespace OnThisDay.Web.Caching;

/// <summary>
/// Output caching of everything built from the read model (evicted by tag after each sync that changes
/// something), validators and Cache-Control for browsers and CDNs, and compression done once per cached page.
/// </summary>
public static class CachingExtensions
{
    public const string Content = "content";
    public const string Paged = "paged";
    public const string Search = "search";

    /// <summary>Which pages are cached under which policy: the one place pages and caching meet.</summary>
    private static readonly (string Page, string Policy)[] PagePolicies =
    [
        ("/Days/Day", Content), ("/Events/Event", Content), ("/Calendar/Index", Content), ("/Tags/Index", Content),
        ("/Tags/Tag", Paged), ("/Search/Index", Search),
    ];

    /// <summary>Cache an endpoint built from the read model until the next sync that changes something, or midnight.</summary>
    public static TBuilder CacheContent<TBuilder>(this TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.CacheOutput(Content);

    public static WebApplicationBuilder AddCaching(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CachingOptions>().BindConfiguration(CachingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var settings = builder.Configuration.GetSection(CachingOptions.Section).Get<CachingOptions>() ?? new CachingOptions();
        builder.Services.AddOutputCache(o =>
        {
            o.SizeLimit = settings.OutputCacheSizeMegabytes * 1024L * 1024L;
            o.UseCaseSensitivePaths = true;
            o.DefaultExpirationTimeSpan = TimeSpan.FromHours(24);
            // Every page shows today's date somewhere (the footer, "years ago"), so nothing outlives midnight.
            // A query string changes nothing on most pages, so it makes no new cache entry there; only pages with pages vary by ?p=.
            o.AddPolicy(Content, p => Base(p, settings).SetVaryByQuery([]).AddPolicy<UntilMidnightPolicy>());
            o.AddPolicy(Paged, p => Base(p, settings).SetVaryByQuery("p").AddPolicy<UntilMidnightPolicy>());
            o.AddPolicy(Search, p => Base(p, settings).SetVaryByQuery("q", "p").Expire(TimeSpan.FromSeconds(settings.SearchSeconds)));
        });
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(o =>
        {
            foreach (var (page, policy) in PagePolicies)
            {
                o.Conventions.AddPageApplicationModelConvention(page, model => model.EndpointMetadata.Add(new OutputCacheAttribute { PolicyName = policy }));
            }
        });
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["text/html", "text/css", "text/plain", "text/calendar", "application/json", "application/xml",
                "application/atom+xml", "image/svg+xml", "application/manifest+json", "text/javascript"];
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return builder;
    }

    private static OutputCachePolicyBuilder Base(OutputCachePolicyBuilder policy, CachingOptions settings)
    {
        // The read model's version is part of the key: a page built while a sync commits is stored under the
        // version it started with, so no request after the sync can be served it.
        policy.Tag(ReadModelState.CacheTag).SetVaryByHeader("Accept-Encoding")
            .VaryByValue(c => new KeyValuePair<string, string>("v", c.RequestServices.GetRequiredService<ReadModelState>().Version.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .VaryByValue(c => new KeyValuePair<string, string>("d", c.RequestServices.GetRequiredService<SiteClock>().Today.DayNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return settings.OutputCache ? policy : policy.NoCache();
    }

    /// <summary>ETags, Last-Modified, Cache-Control and 304s on responses as they are built (the output cache stores them).</summary>
    public static WebApplication UseValidators(this WebApplication app)
    {
        app.UseMiddleware<ValidatorMiddleware>();
        return app;
    }

    /// <summary>Keeps a page at most until the next midnight in the site's time zone, when "today" changes.</summary>
    private sealed class UntilMidnightPolicy(SiteClock clock, TimeProvider time) : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var left = clock.NextMidnight - time.GetUtcNow();
            left = left > TimeSpan.FromSeconds(1) ? left : TimeSpan.FromSeconds(1);
            if (context.ResponseExpirationTimeSpan is not { } current || current > left)
            {
                context.ResponseExpirationTimeSpan = left;
            }
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }
}
