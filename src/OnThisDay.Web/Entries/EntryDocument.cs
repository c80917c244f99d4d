using OnThisDay.Web.Dates;

namespace OnThisDay.Web.Entries;

public enum EventKind
{
    Event,
    Birth,
    Death,
    Holiday,
}

/// <summary>One entry under <c>content/events/</c>, parsed, validated and rendered.</summary>
public sealed record EntryDocument
{
    public required string Slug { get; init; }

    /// <summary>Path relative to the content folder, with forward slashes.</summary>
    public required string SourcePath { get; init; }
    public required string Title { get; init; }
    public required HistoricDate Date { get; init; }
    public required string Summary { get; init; }
    public EventKind Kind { get; init; } = EventKind.Event;
    public string? DateNote { get; init; }
    public bool Featured { get; init; }
    public bool Draft { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The English Wikipedia article this entry links to, with spaces ("Battle of Hastings").</summary>
    public string? Wikipedia { get; init; }
    public PhotoDocument? Photo { get; init; }
    public IReadOnlyList<RelatedDocument> Related { get; init; } = [];
    public IReadOnlyList<PhotoDocument> Gallery { get; init; } = [];
    public required string BodyHtml { get; init; }
    public required string BodyText { get; init; }
}

public sealed record PhotoDocument
{
    public string? Commons { get; init; }
    public string? Src { get; init; }
    public required string Alt { get; init; }
    public string? Caption { get; init; }
    public string? Photographer { get; init; }
    public string? Location { get; init; }
    public string? Source { get; init; }
    public string? SourceUrl { get; init; }
    public string? License { get; init; }
    public int? Width { get; init; }
    public int? Height { get; init; }
}

public sealed record RelatedDocument(HistoricDate Date, string Text, string? EventSlug);
