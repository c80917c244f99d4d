using OnThisDay.Web.Dates;

namespace OnThisDay.Web.Events;

/// <summary>The stored page view of an event, written at sync and read back by pages and the API.</summary>
public static class EventViews
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public static string ToJson(EventView view) => System.Text.Json.JsonSerializer.Serialize(view, Json);

    public static EventView? FromJson(string json) => System.Text.Json.JsonSerializer.Deserialize<EventView>(json, Json);
}

/// <summary>One event in full, as the day and event pages show it.</summary>
public sealed record EventView(
    string Slug,
    string Title,
    HistoricDate Date,
    string? DateNote,
    string Summary,
    string Kind,
    bool Draft,
    string BodyHtml,
    PhotoView? Photo,
    IReadOnlyList<RelatedView> Related,
    IReadOnlyList<PhotoView> Gallery,
    IReadOnlyList<string> Tags,
    DateTime ModifiedUtc,
    string? Wikipedia = null)
{
    public string Url => EventAddress.Of(Slug);

    /// <summary>The English Wikipedia article's address, when the entry names one.</summary>
    public string? WikipediaUrl => Wikipedia is null ? null : WikipediaLink.For(Wikipedia);

    /// <summary>A brief: an entry told in its headline and summary, with no body.</summary>
    public bool IsBrief => BodyHtml.Length == 0;
}

/// <summary>Addresses of English Wikipedia articles, written the way Wikipedia writes its own links.</summary>
public static class WikipediaLink
{
    public static string For(string title) =>
        "https://en.wikipedia.org/wiki/" + Uri.EscapeDataString(title.Trim().Replace(' ', '_'))
            .Replace("%2F", "/", StringComparison.Ordinal).Replace("%3A", ":", StringComparison.Ordinal)
            .Replace("%28", "(", StringComparison.Ordinal).Replace("%29", ")", StringComparison.Ordinal)
            .Replace("%2C", ",", StringComparison.Ordinal).Replace("%27", "'", StringComparison.Ordinal);
}

/// <summary>
/// A photo ready to show: its address at a standard width, other widths, and its credit; <see cref="Width"/> and
/// <see cref="Height"/> are the original's, and <see cref="Commons"/> its file name on Commons, when it is from there.
/// The one shape of a photo after parsing: pages render it and the API maps it.
/// </summary>
public sealed record PhotoView(
    string Url,
    string? SrcSet,
    string Alt,
    string? Caption,
    string? Photographer,
    string? Location,
    string? Source,
    string? SourceUrl,
    string? License,
    int? Width,
    int? Height,
    string? Commons = null)
{
    public bool HasCredit => Photographer is not null || Location is not null || Source is not null || License is not null;
}

public sealed record RelatedView(HistoricDate Date, string Text, string? Url);

/// <summary>An event in a list: "Also on this day", tags, search results.</summary>
public sealed record EventSummary(string Slug, string Title, HistoricDate Date, string Summary, string Kind, bool Featured, bool Draft)
{
    public string Url => EventAddress.Of(Slug);
}
