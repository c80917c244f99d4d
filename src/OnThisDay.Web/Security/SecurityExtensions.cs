using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;

namespace OnThisDay.Web.Security;

public static class SecurityExtensions
{
    public const string SearchPolicy = "search";
    public const string ApiPolicy = "api";

    /// <summary>Limit an API endpoint to the API's requests per client per window.</summary>
    public static TBuilder RequireApiRateLimit<TBuilder>(this TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireRateLimiting(ApiPolicy);

    /// <summary>Limit an endpoint to the searches a client may run per window.</summary>
    public static TBuilder RequireSearchRateLimit<TBuilder>(this TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireRateLimiting(SearchPolicy);

    /// <summary>Rate limits per client address, and forwarded headers from configured proxies only.</summary>
    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var limits = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Empty lists would mean "trust everyone", so with no proxy configured the headers are not read at all.
            o.ForwardedHeaders = limits.KnownProxies.Length == 0 ? ForwardedHeaders.None : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Nothing is trusted by default, not even loopback: only the proxies the operator lists.
            o.KnownIPNetworks.Clear();
#pragma warning disable ASPDEPR005 // Justification: the obsolete list still holds loopback by default and is still consulted.
            o.KnownNetworks.Clear();
#pragma warning restore ASPDEPR005
            o.KnownProxies.Clear();
            // A bad address is reported by the options' validation at start, with the setting's name.
            foreach (var proxy in limits.KnownProxies)
            {
                if (IPAddress.TryParse(proxy, out var address))
                {
                    o.KnownProxies.Add(address);
                }
            }
        });
        // The search page runs its queries on every miss of the cache: it is limited like the search endpoint it is.
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(o =>
            o.Conventions.AddPageApplicationModelConvention("/Search/Index",
                model => model.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(SearchPolicy))));
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, cancellationToken) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)) : limits.WindowSeconds;
                var response = context.HttpContext.Response;
                response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                // API clients get problem details in JSON, as from every other error of the API.
                if (context.HttpContext.Request.Path.StartsWithSegments("/api"))
                {
                    await response.WriteAsJsonAsync(new Microsoft.AspNetCore.Mvc.ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"This client has used its {limits.ApiPermits} requests for this window; try again in {seconds} s.",
                        Type = "https://www.rfc-editor.org/rfc/rfc6585#section-4",
                    }, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
                }
            };
            o.AddPolicy(SearchPolicy, context => Partition(context, limits.SearchPermits, limits));
            o.AddPolicy(ApiPolicy, context => Partition(context, limits.ApiPermits, limits));
        });
        return builder;
    }

    /// <summary>Forwarded headers first (so limits see the real client), then security headers on every response.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        app.UseMiddleware<SecurityHeadersMiddleware>();
        return app;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, int permits, RateLimitOptions limits) =>
        !limits.Enabled
            ? RateLimitPartition.GetNoLimiter("off")
            : RateLimitPartition.Get(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new ClientWindowLimiter(permits, TimeSpan.FromSeconds(limits.WindowSeconds), context.RequestServices.GetRequiredService<TimeProvider>()));
}
