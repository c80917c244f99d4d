using System.Text.Json.Serialization;

namespace OnThisDay.Web.Api;

/// <summary>A day in the shape of Wikimedia's on-this-day feed: lists of items by type; only the asked-for lists are present.</summary>
public sealed record OnThisDayFeed
{
    public IReadOnlyList<FeedItem>? Selected { get; init; }
    public IReadOnlyList<FeedItem>? Events { get; init; }
    public IReadOnlyList<FeedItem>? Births { get; init; }
    public IReadOnlyList<FeedItem>? Deaths { get; init; }
    public IReadOnlyList<FeedItem>? Holidays { get; init; }
}

/// <summary>One item: Wikimedia's <c>text</c>, <c>year</c> (negative for BC) and <c>pages</c>, plus this site's own fields.</summary>
public sealed record FeedItem(
    string Text,
    int Year,
    IReadOnlyList<FeedPage> Pages,
    string Slug,
    string Date,
    string Url,
    ApiPhoto? Photo);

public sealed record FeedPage(
    string Type,
    string Title,
    [property: JsonPropertyName("displaytitle")] string DisplayTitle,
    FeedNamespace Namespace,
    FeedTitles Titles,
    [property: JsonPropertyName("pageid")] long PageId,
    string Revision,
    string Description,
    string Extract,
    [property: JsonPropertyName("extract_html")] string ExtractHtml,
    FeedImage? Thumbnail,
    [property: JsonPropertyName("originalimage")] FeedImage? OriginalImage,
    [property: JsonPropertyName("content_urls")] FeedContentUrls ContentUrls,
    string Lang,
    string Dir,
    string Timestamp);

public sealed record FeedTitles(string Canonical, string Normalized, string Display);

/// <summary>Wikimedia's image object: all three fields are required, so an image of unknown size is left out.</summary>
public sealed record FeedImage(string Source, int Width, int Height);

public sealed record FeedNamespace(int Id, string Text);

public sealed record FeedContentUrls(FeedUrls Desktop, FeedUrls Mobile);

public sealed record FeedUrls(string Page, string Revisions, string Edit);

public sealed record ApiPhoto(
    string Url,
    string Alt,
    string? Caption,
    string? Photographer,
    string? Location,
    string? Source,
    [property: JsonPropertyName("source_url")] string? SourceUrl,
    string? License,
    string? Commons);

public sealed record ApiRelated(string Date, string Text, string? Event);

/// <summary>One event in full.</summary>
public sealed record ApiEvent(
    string Slug,
    string Title,
    string Date,
    int Year,
    int Month,
    int Day,
    string Kind,
    string Summary,
    [property: JsonPropertyName("date_note")] string? DateNote,
    IReadOnlyList<string> Tags,
    string Url,
    [property: JsonPropertyName("body_html")] string BodyHtml,
    ApiPhoto? Photo,
    IReadOnlyList<ApiPhoto> Gallery,
    IReadOnlyList<ApiRelated> Related,
    string Modified,
    string? Wikipedia);

public sealed record ApiError(string Error);
