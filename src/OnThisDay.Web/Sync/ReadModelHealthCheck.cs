using Microsoft.Extensions.Diagnostics.HealthChecks;
using OnThisDay.Web.Data;

namespace OnThisDay.Web.Sync;

/// <summary>Healthy when the read model has been loaded and its database answers.</summary>
public sealed class ReadModelHealthCheck(ReadModelState state, ReadModelDatabase database, ContentSync sync) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!state.IsLoaded)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("the read model has not been loaded yet"));
        }
        if (database.CheckReadable() is null)
        {
            return Task.FromResult(HealthCheckResult.Healthy($"read model loaded, version {state.Version}"));
        }
        // Unhealthy now; the rebuild runs in the background and the next probe sees it done.
        _ = Task.Run(() => sync.RebuildAsync(), CancellationToken.None);
        return Task.FromResult(HealthCheckResult.Unhealthy("the read model database is unusable; rebuilding it from content"));
    }
}
