using OnThisDay.Web.Entries;

namespace OnThisDay.Web.Events;

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
    DateTime ModifiedUtc)
{
    public string Url => "/events/" + Slug;
}

/// <summary>A photo ready to show: its address at a standard width, other widths, and its credit.</summary>
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
    int? Height)
{
    public bool HasCredit => Photographer is not null || Location is not null || Source is not null || License is not null;
}

public sealed record RelatedView(HistoricDate Date, string Text, string? Url);

/// <summary>An event in a list: "Also on this day", tags, search results.</summary>
public sealed record EventSummary(string Slug, string Title, HistoricDate Date, string Summary, string Kind, bool Featured, bool Draft)
{
    public string Url => "/events/" + Slug;
}
