using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OnThisDay.Web.Site;
using OnThisDay.Web.Sync;

namespace OnThisDay.Web.Caching;

/// <summary>
/// Gives successful GET responses a strong ETag (a hash of the bytes sent), a Last-Modified from the last sync
/// that changed content, and a Cache-Control that lets CDNs keep pages for minutes; answers 304 when they match.
/// Runs only when a response is built: the output cache stores its headers and answers later requests itself.
/// </summary>
public sealed class ValidatorMiddleware(RequestDelegate next, ReadModelState state, IOptions<CachingOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // HEAD arrives here as GET (see MethodExtensions.UseHeadAsGet), so it gets the same validators.
        if (!HttpMethods.IsGet(context.Request.Method) || context.Request.Path.StartsWithSegments("/healthz"))
        {
            await next(context);
            return;
        }
        var original = context.Response.Body;
        using var buffer = new PooledBufferStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey(HeaderNames.CacheControl))
        {
            var etag = ConditionalResponse.ETagOf(buffer.Written.Span);
            response.Headers.ETag = etag;
            if (response.Headers.LastModified.Count == 0 && state.LastChange is { } changed)
            {
                response.Headers.LastModified = changed.ToString("R");
            }
            response.Headers.CacheControl = CacheControl(context.Request.Path);
            if (ConditionalResponse.Matches(context.Request.Headers.IfNoneMatch, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                return;
            }
        }
        if (buffer.Length > 0)
        {
            await original.WriteAsync(buffer.Written, context.RequestAborted);
        }
    }

    private string CacheControl(PathString path)
    {
        var o = options.Value;
        if (path.StartsWithSegments("/search"))
        {
            return $"public, max-age={o.BrowserSeconds}";
        }
        return $"public, max-age={o.BrowserSeconds}, s-maxage={o.SharedSeconds}, stale-while-revalidate={o.StaleWhileRevalidateSeconds}";
    }
}
