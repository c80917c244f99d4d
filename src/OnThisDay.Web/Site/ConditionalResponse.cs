using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace OnThisDay.Web.Site;

/// <summary>
/// Strong validators. The ETag of a response is a hash of the bytes sent, so each encoding has its own;
/// <see cref="Caching.ValidatorMiddleware"/> adds it to every successful GET and answers 304 with it.
/// </summary>
public static class ConditionalResponse
{
    public static string ETagOf(ReadOnlySpan<byte> body) => "\"" + Convert.ToBase64String(SHA256.HashData(body)[..16]).TrimEnd('=') + "\"";

    /// <summary>Ready bytes, dated by the entries they were built from (the ETag and 304 come from the middleware).</summary>
    public static IResult Bytes(HttpContext context, byte[] body, string contentType, DateTime? lastModified = null)
    {
        if (lastModified is { } modified)
        {
            context.Response.Headers.LastModified = DateTime.SpecifyKind(modified, DateTimeKind.Utc).ToString("R");
        }
        return Results.Bytes(body, contentType);
    }

    public static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0)
        {
            return false;
        }
        return EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
            && tags.Any(t => t.Tag.Value == "*" || t.Compare(new EntityTagHeaderValue(etag), useStrongComparison: false));
    }
}
