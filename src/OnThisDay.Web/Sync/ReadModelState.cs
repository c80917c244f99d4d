namespace OnThisDay.Web.Sync;

/// <summary>Whether the read model has been loaded, when it last changed, and whether the last sync could read everything.</summary>
public sealed class ReadModelState
{
    /// <summary>The output cache tag of every response built from the read model.</summary>
    public const string CacheTag = "content";

    private volatile Snapshot? _current;
    private volatile Trouble? _trouble;

    public bool IsLoaded => _current is not null;

    public DateTimeOffset? LastSync => _current?.At;

    public DateTimeOffset? LastChange => _current?.ChangedAt;

    /// <summary>Counts the syncs that changed something; a new value means pages may differ.</summary>
    public long Version => _current?.Version ?? 0;

    public SyncResult? LastResult => _current?.Result;

    /// <summary>Why the last sync failed (content unreadable, database unwritable), or null when it succeeded.</summary>
    public string? LastFailure => _trouble?.Failure;

    public DateTimeOffset? LastFailureAt => _trouble?.At;

    /// <summary>The folders and files the last sync could not read; what was published from them is kept.</summary>
    public IReadOnlyList<string> Unreadable => _trouble?.Unreadable ?? [];

    public void MarkSynced(SyncResult result, DateTimeOffset at)
    {
        var previous = _current;
        var changed = previous is null || result.Changed;
        _current = new Snapshot(at, changed ? at : previous!.ChangedAt, changed ? (previous?.Version ?? 0) + 1 : previous!.Version, result);
        _trouble = result.Unreadable.Count > 0 ? new Trouble(null, at, result.Unreadable) : null;
    }

    /// <summary>A sync that changed nothing because it failed; the read model, if there is one, is served as it was.</summary>
    public void MarkFailed(string failure, DateTimeOffset at, bool readModelUsable)
    {
        if (_current is null && readModelUsable)
        {
            _current = new Snapshot(at, at, 1, SyncResult.Empty);
        }
        _trouble = new Trouble(failure, at, _trouble?.Unreadable ?? []);
    }

    /// <summary>An existing read model is served before the start-up sync has checked it.</summary>
    public void MarkServing(DateTimeOffset at) => _current ??= new Snapshot(at, at, 1, SyncResult.Empty);

    private sealed record Snapshot(DateTimeOffset At, DateTimeOffset ChangedAt, long Version, SyncResult Result);

    private sealed record Trouble(string? Failure, DateTimeOffset At, IReadOnlyList<string> Unreadable);
}
