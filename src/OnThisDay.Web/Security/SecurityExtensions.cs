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
            foreach (var proxy in limits.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                return ValueTask.CompletedTask;
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
            : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                QueueLimit = 0,
            });
}
