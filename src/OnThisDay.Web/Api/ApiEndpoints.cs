using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OnThisDay.Web.Caching;
using OnThisDay.Web.Data;
using OnThisDay.Web.Dates;
using OnThisDay.Web.Events;
using OnThisDay.Web.Security;
using OnThisDay.Web.Site;

namespace OnThisDay.Web.Api;

public static class ApiEndpoints
{
    public const string CorsPolicy = "public-get";

    private static readonly string[] Types = ["all", "selected", "events", "births", "deaths", "holidays"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>CORS for the public read-only API and its OpenAPI document.</summary>
    public static WebApplicationBuilder AddApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddCors(o => o.AddPolicy(CorsPolicy, p => p.AllowAnyOrigin().WithMethods("GET", "HEAD").WithExposedHeaders("ETag")));
        // The document names the site's public address, never the Host header of whoever asked for it.
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, context, _) =>
        {
            var site = context.ApplicationServices.GetRequiredService<IOptions<SiteOptions>>().Value;
            document.Servers = [new Microsoft.OpenApi.OpenApiServer { Url = site.BaseUrl.TrimEnd('/') }];
            return Task.CompletedTask;
        }));
        return builder;
    }

    /// <summary>The JSON API: a day in Wikimedia's on-this-day shape, and one event.</summary>
    public static WebApplication MapApi(this WebApplication app)
    {
        var includeDrafts = app.Environment.IsDevelopment();
        var api = app.MapGroup("/api/v1").RequireCors(CorsPolicy).RequireApiRateLimit().CacheContent();

        api.MapGet("/onthisday/{type}/{mm}/{dd}", Results<JsonBody<OnThisDayFeed>, BadRequest<ApiError>, NotFound<ApiError>> (
            string type, string mm, string dd, PageReads reads, SiteClock clock, IOptions<SiteOptions> site) =>
        {
            if (!Types.Contains(type))
            {
                return TypedResults.BadRequest(new ApiError($"unknown type '{Trim(type)}'; use one of {string.Join(", ", Types)}"));
            }
            if (!TryNumber(mm, out var month) || !TryNumber(dd, out var day))
            {
                return TypedResults.BadRequest(new ApiError("month and day must be numbers, as in /api/v1/onthisday/all/06/12"));
            }
            if (!CalendarDays.IsValidDay(month, day))
            {
                return TypedResults.NotFound(new ApiError($"{month:00}/{day:00} is not a day of the year"));
            }
            var events = reads.Feed(month, day, includeDrafts);
            var featured = FeaturedChoice.Pick([.. events.Select(e => e.Summary)], clock.Today.Year);
            // Each item is built once, though the featured one is listed twice.
            var items = new Dictionary<FeedRow, FeedItem>();
            List<FeedItem> Of(Func<EventSummary, bool> keep) =>
                [.. events.Where(e => keep(e.Summary)).Select(e => items.TryGetValue(e, out var item) ? item : items[e] = Item(e, site.Value))];
            var feed = new OnThisDayFeed
            {
                Selected = type is "all" or "selected" ? Of(e => e.Slug == featured?.Slug) : null,
                Events = type is "all" or "events" ? Of(e => e.Kind == "event") : null,
                Births = type is "all" or "births" ? Of(e => e.Kind == "birth") : null,
                Deaths = type is "all" or "deaths" ? Of(e => e.Kind == "death") : null,
                Holidays = type is "all" or "holidays" ? Of(e => e.Kind == "holiday") : null,
            };
            return new JsonBody<OnThisDayFeed>(feed, events.Count == 0 ? null : events.Max(e => e.ModifiedUtc), Json);
        })
        .WithName("GetOnThisDay")
        .WithSummary("The events of a day, in the item shape of Wikimedia's on-this-day feed");

        api.MapGet("/events/{slug}", Results<JsonBody<ApiEvent>, NotFound<ApiError>> (
            string slug, PageReads reads, IOptions<SiteOptions> site) =>
        {
            var view = slug.Length <= 200 ? reads.Event(slug, includeDrafts) : null;
            return view is null
                ? TypedResults.NotFound(new ApiError($"no event with slug '{Trim(slug)}'"))
                : new JsonBody<ApiEvent>(ToApi(view, site.Value), view.ModifiedUtc, Json);
        })
        .WithName("GetEvent")
        .WithSummary("One event in full");

        api.MapFallback((HttpContext context) => Error(404, "no such API address; see /openapi/v1.json"))
            .ExcludeFromDescription();

        app.MapOpenApi().RequireCors(CorsPolicy);
        return app;
    }

    private static IResult Error(int status, string message) =>
        Results.Json(new ApiError(message), Json, "application/json; charset=utf-8", status);

    private static bool TryNumber(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && text.Length <= 2;

    private static string Trim(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static FeedItem Item(FeedRow row, SiteOptions site)
    {
        var e = row.Summary;
        var url = site.Absolute(EventAddress.Of(e.Slug));
        var lead = row.Lead;
        var date = e.Date;
        var path = "content/" + row.SourcePath;
        var urls = new FeedUrls(url, site.RepositoryUrl(site.RevisionsUrl, path) ?? url, site.RepositoryUrl(site.EditUrl, path) ?? url);
        var page = new FeedPage(
            "standard",
            e.Slug,
            e.Title,
            new FeedNamespace(0, ""),
            new FeedTitles(e.Slug, e.Title, e.Title),
            ApiIdentity.PageId(e.Slug),
            ApiIdentity.Revision(row.ContentHash),
            date.Display,
            e.Summary,
            $"<p>{System.Net.WebUtility.HtmlEncode(e.Summary)}</p>",
            lead is null ? null : Image(lead, PhotoUrls.StandardWidths[0], site),
            lead is null ? null : Image(lead, null, site),
            new FeedContentUrls(urls, urls),
            "en",
            "ltr",
            row.ModifiedUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        return new FeedItem(e.Summary, e.Date.Year, [page], e.Slug, date.Iso, url, lead is null ? null : Photo(lead, site));
    }

    /// <summary>The original (no <paramref name="width"/>) or a thumbnail, with its size; none when the original's size is unknown.</summary>
    private static FeedImage? Image(PhotoView p, int? width, SiteOptions site)
    {
        if (p.Width is not { } originalWidth || p.Height is not { } originalHeight)
        {
            return null;
        }
        if (p.Commons is null)
        {
            return new FeedImage(JsonLd.Absolute(p.Url, site), originalWidth, originalHeight);
        }
        return width is { } wanted && PhotoUrls.ThumbnailWidth(originalWidth, wanted) is { } fits
            ? new FeedImage(PhotoUrls.CommonsThumbnail(p.Commons, fits), fits, (int)Math.Round(fits * (double)originalHeight / originalWidth))
            : new FeedImage(PhotoUrls.CommonsOriginal(p.Commons), originalWidth, originalHeight);
    }

    private static ApiPhoto Photo(PhotoView p, SiteOptions site) => new(
        JsonLd.Absolute(p.Url, site), p.Alt, p.Caption, p.Photographer, p.Location, p.Source, p.SourceUrl, p.License, p.Commons);

    private static ApiEvent ToApi(EventView v, SiteOptions site) => new(
        v.Slug, v.Title, v.Date.Iso, v.Date.Year, v.Date.Month, v.Date.Day, v.Kind, v.Summary, v.DateNote, v.Tags,
        site.Absolute(v.Url), v.BodyHtml,
        v.Photo is null ? null : Photo(v.Photo, site),
        [.. v.Gallery.Select(g => Photo(g, site))],
        [.. v.Related.Select(r => new ApiRelated(r.Date.Iso, r.Text, r.Url is null ? null : EventAddress.SlugOf(r.Url)))],
        v.ModifiedUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        v.WikipediaUrl);
}
