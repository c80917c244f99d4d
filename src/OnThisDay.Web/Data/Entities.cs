namespace OnThisDay.Web.Data;

/// <summary>One published event: the read model of one entry's last good version.</summary>
public sealed class EventEntity
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string SourcePath { get; set; }
    public required string Title { get; set; }

    /// <summary>Negative for BC.</summary>
    public int Year { get; set; }
    public int Month { get; set; }
    public int Day { get; set; }
    public required string Summary { get; set; }
    public required string Kind { get; set; }
    public string? DateNote { get; set; }
    public bool Featured { get; set; }
    public bool Draft { get; set; }
    /// <summary>The event's page view (<see cref="Events.EventView"/>) as JSON, built once at sync; the search index holds the plain text.</summary>
    public required string ViewJson { get; set; }
    public DateTime ModifiedUtc { get; set; }

    /// <summary>The hash of the entry file this version was read from: it changes exactly when the entry does.</summary>
    public string ContentHash { get; set; } = "";
    public List<EventTagEntity> Tags { get; set; } = [];
    public List<AliasEntity> Aliases { get; set; } = [];
}

public sealed class EventTagEntity
{
    public int EventId { get; set; }
    public required string Tag { get; set; }
}

public sealed class AliasEntity
{
    public required string Path { get; set; }
    public int EventId { get; set; }
}

public sealed class TagEntity
{
    public required string Tag { get; set; }
    public required string Label { get; set; }
    public string? Description { get; set; }
}

/// <summary>What sync last saw of a file: the hash seen, the hash published, and the diagnostics of the version seen.</summary>
public sealed class SourceFileEntity
{
    public required string Path { get; set; }
    public required string SeenHash { get; set; }
    public string? PublishedHash { get; set; }
    public string? Diagnostics { get; set; }
    public int Errors { get; set; }
    public int Warnings { get; set; }
    public DateTime SeenUtc { get; set; }

    /// <summary>The file's last write time when it was seen.</summary>
    public DateTime ModifiedUtc { get; set; }

    /// <summary>The file's size when it was seen: with <see cref="ModifiedUtc"/>, how an unchanged file is known without reading it.</summary>
    public long Length { get; set; }

    /// <summary>When (by the disk's clock) the file was last read: a write within the file system's timestamp
    /// granularity of that moment could leave size and time unchanged, so such a file is read again.</summary>
    public DateTime ReadUtc { get; set; }
}
