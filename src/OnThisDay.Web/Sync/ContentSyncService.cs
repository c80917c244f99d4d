using Microsoft.Extensions.Options;
using OnThisDay.Web.Data;

namespace OnThisDay.Web.Sync;

/// <summary>
/// Syncs once at start, before the first request is served, then again (debounced) whenever a file under
/// content/ changes: through file-system events, or by polling where those do not work.
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
        database.EnsureReady();
        await sync.SyncAsync(cancellationToken);
        var settings = options.Value;
        if (!settings.Watch)
        {
            return;
        }
        if (settings.UsePolling)
        {
            _timer = new Timer(_ => _ = RunAsync(), null, settings.PollIntervalMilliseconds, settings.PollIntervalMilliseconds);
            return;
        }
        _timer = new Timer(_ => _ = RunAsync(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(settings.Path)
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
        try
        {
            if (database.CheckReadable() is not null)
            {
                await sync.RebuildAsync(_stopping.Token);
                return;
            }
            await sync.SyncAsync(_stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Content sync failed; the site keeps serving the last good content");
        }
    }
}
