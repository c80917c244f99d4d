namespace OnThisDay.Web.Sync;

/// <summary>Whether the read model has been loaded, and when it last changed: for health checks and cache validators.</summary>
public sealed class ReadModelState
{
    /// <summary>The output cache tag of every response built from the read model.</summary>
    public const string CacheTag = "content";

    private volatile Snapshot? _current;

    public bool IsLoaded => _current is not null;

    public DateTimeOffset? LastSync => _current?.At;

    public DateTimeOffset? LastChange => _current?.ChangedAt;

    /// <summary>Counts the syncs that changed something; a new value means pages may differ.</summary>
    public long Version => _current?.Version ?? 0;

    public SyncResult? LastResult => _current?.Result;

    public void MarkSynced(SyncResult result, DateTimeOffset at)
    {
        var previous = _current;
        var changed = previous is null || result.Changed;
        _current = new Snapshot(at, changed ? at : previous!.ChangedAt, changed ? (previous?.Version ?? 0) + 1 : previous!.Version, result);
    }

    public void MarkUnloaded() => _current = null;

    private sealed record Snapshot(DateTimeOffset At, DateTimeOffset ChangedAt, long Version, SyncResult Result);
}
