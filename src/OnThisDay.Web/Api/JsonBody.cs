using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using OnThisDay.Web.Site;

namespace OnThisDay.Web.Api;

/// <summary>
/// A typed 200 result: the JSON of <typeparamref name="T"/> written as bytes with an ETag and Last-Modified (304 when
/// the client has them), declaring its type to OpenAPI as <c>TypedResults.Ok</c> does.
/// </summary>
public sealed class JsonBody<T>(T value, DateTime? modified, JsonSerializerOptions options) : IResult, IStatusCodeHttpResult, IValueHttpResult<T>, IEndpointMetadataProvider
{
    public T Value => value;

    public int? StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext) =>
        ConditionalResponse.Bytes(httpContext, JsonSerializer.SerializeToUtf8Bytes(value, options), "application/json; charset=utf-8", modified)
            .ExecuteAsync(httpContext);

    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
}
