using Microsoft.Extensions.Options;
using OnThisDay.Web.Data;

namespace OnThisDay.Web.Sync;

/// <summary>
/// Syncs once at start, before the first request is served, then again (debounced) whenever a file under
/// content/ changes: through file-system events, or by polling where those do not work. A failed sync is retried
/// on a timer; a start whose first sync fails still serves the read model it has.
/// </summary>
public sealed class ContentSyncService(
    ContentSync sync,
    ReadModelDatabase database,
    IOptions<ContentOptions> options,
    ILogger<ContentSyncService> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private FileSystemWatcher? _watcher;
    private Timer? _timer;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var created = database.EnsureReady();
        var settings = options.Value;
        _timer = new Timer(_ => _ = RunAsync(), null, Timeout.Infinite, Timeout.Infinite);
        // Serve while checking: a read model left by the last run is served at once, and the start-up sync runs
        // beside it; its changes appear together when it commits. A new, empty read model is filled first.
        if (!created && await sync.ServeExistingAsync(cancellationToken))
        {
            _ = Task.Run(async () =>
            {
                // Off the start's critical path, on the other core: EF Core's model and the day page's queries are
                // readied before the first reader asks, then the watcher starts before the check, so that no change
                // falls between them.
                await sync.WarmAsync(_stopping.Token);
                Watch(settings);
                var result = await SyncOnceAsync(_stopping.Token);
                if (result?.Failure is not null && _watcher is not null && !_stopping.IsCancellationRequested)
                {
                    _timer?.Change(settings.RetryMilliseconds, Timeout.Infinite);
                }
                // The page-by-page check of a file left by an earlier run, off the start's critical path.
                if (database.CheckIntegrity() is { Damaged: true } problem)
                {
                    logger.LogError("Read model {Database} failed its integrity check ({Problem}); rebuilding it", database.FilePath, problem.Message);
                    sync.RequestRebuild();
                }
            }, CancellationToken.None);
            return;
        }
        var first = await SyncOnceAsync(cancellationToken);
        Watch(settings);
        if (first?.Failure is not null && _watcher is not null)
        {
            _timer.Change(settings.RetryMilliseconds, Timeout.Infinite);
        }
    }

    /// <summary>Follows content/ for changes: file-system events where they work, polling otherwise.</summary>
    private void Watch(ContentOptions settings)
    {
        if (!settings.Watch || _stopping.IsCancellationRequested)
        {
            return;
        }
        if (settings.UsePolling || !TryWatch(settings.Path))
        {
            _timer?.Change(settings.PollIntervalMilliseconds, settings.PollIntervalMilliseconds);
        }
    }

    private bool TryWatch(string path)
    {
        try
        {
            _watcher = new FileSystemWatcher(path)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            _watcher.Changed += (_, _) => Schedule();
            _watcher.Created += (_, _) => Schedule();
            _watcher.Deleted += (_, _) => Schedule();
            _watcher.Renamed += (_, _) => Schedule();
            _watcher.Error += (_, e) =>
            {
                logger.LogWarning(e.GetException(), "Content watcher overflowed; syncing everything");
                Schedule();
            };
            _watcher.EnableRaisingEvents = true;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // A folder the watcher cannot follow (unreadable, too many folders for inotify) still gets changes by polling.
            logger.LogWarning("Cannot watch {Path} for changes ({Reason}); polling it instead", path, ex.Message);
            _watcher?.Dispose();
            _watcher = null;
            return false;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Stop();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        Stop();
        _timer?.Dispose();
    }

    // Safe to call more than once: the host may stop and dispose in either order.
    private void Stop()
    {
        lock (_stopping)
        {
            if (!_stopping.IsCancellationRequested)
            {
                _stopping.Cancel();
            }
        }
        _watcher?.Dispose();
        _timer?.Change(Timeout.Infinite, Timeout.Infinite);
    }

    // Every event pushes the sync back, so a burst of saves ends in one sync.
    private void Schedule()
    {
        _timer?.Change(options.Value.DebounceMilliseconds, Timeout.Infinite);
    }

    private async Task RunAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }
        var result = database.CheckReadable() is { Damaged: true }
            ? await GuardAsync(() => sync.RebuildAsync(_stopping.Token))
            : await SyncOnceAsync(_stopping.Token);
        // With file-system events, nothing may happen for hours: a failed sync schedules its own retry.
        if (result?.Failure is not null && _watcher is not null && !_stopping.IsCancellationRequested)
        {
            _timer?.Change(options.Value.RetryMilliseconds, Timeout.Infinite);
        }
    }

    private Task<SyncResult?> SyncOnceAsync(CancellationToken cancellationToken) => GuardAsync(() => sync.SyncAsync(cancellationToken));

    private async Task<SyncResult?> GuardAsync(Func<Task<SyncResult>> run)
    {
        try
        {
            return await run();
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Content sync failed; the site keeps serving the last good content");
            return SyncResult.Empty with { Failure = ex.Message };
        }
    }
}
