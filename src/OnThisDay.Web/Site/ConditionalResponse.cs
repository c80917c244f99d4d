using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace OnThisDay.Web.Site;

/// <summary>Writes ready bytes with a strong ETag derived from them, and answers 304 when the client already has them.</summary>
public static class ConditionalResponse
{
    public static string ETagOf(ReadOnlySpan<byte> body) => "\"" + Convert.ToBase64String(SHA256.HashData(body)[..16]).TrimEnd('=') + "\"";

    public static IResult Bytes(HttpContext context, byte[] body, string contentType, DateTime? lastModified = null)
    {
        var etag = ETagOf(body);
        var headers = context.Response.Headers;
        headers.ETag = etag;
        if (lastModified is { } modified)
        {
            headers.LastModified = DateTime.SpecifyKind(modified, DateTimeKind.Utc).ToString("R");
        }
        if (Matches(context.Request.Headers.IfNoneMatch, etag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        return Results.Bytes(body, contentType);
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0)
        {
            return false;
        }
        return EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
            && tags.Any(t => t.Tag.Value == "*" || t.Compare(new EntityTagHeaderValue(etag), useStrongComparison: false));
    }
}
