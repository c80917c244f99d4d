using Microsoft.Extensions.Diagnostics.HealthChecks;
using OnThisDay.Web.Data;

namespace OnThisDay.Web.Sync;

/// <summary>
/// Healthy when the read model is loaded, its database answers and the last sync read everything; Degraded when
/// the site serves its last good content because the last sync failed or could not read some files.
/// </summary>
public sealed class ReadModelHealthCheck(ReadModelState state, ReadModelDatabase database, ContentSync sync) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!state.IsLoaded)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(state.LastFailure is { } why
                ? "the read model has not been loaded: " + why
                : "the read model has not been loaded yet"));
        }
        if (database.CheckReadable() is { } problem)
        {
            if (!problem.Damaged)
            {
                return Task.FromResult(HealthCheckResult.Unhealthy($"the read model database cannot be read right now ({problem.Message}); the sync retries"));
            }
            // Unhealthy now; the rebuild runs in the background and the next probe sees it done.
            sync.RequestRebuild();
            return Task.FromResult(HealthCheckResult.Unhealthy("the read model database is unusable; rebuilding it from content"));
        }
        if (state.LastFailure is { } failure)
        {
            return Task.FromResult(HealthCheckResult.Degraded(
                $"the last sync failed at {state.LastFailureAt:u} ({failure}); serving the last good content, version {state.Version}"));
        }
        if (state.Unreadable.Count > 0)
        {
            return Task.FromResult(HealthCheckResult.Degraded(
                $"{state.Unreadable.Count} path(s) under content/ could not be read and keep their last good version: {string.Join(", ", state.Unreadable.Take(5))}"));
        }
        return Task.FromResult(HealthCheckResult.Healthy($"read model loaded, version {state.Version}"));
    }
}
