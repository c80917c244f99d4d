using Microsoft.Extensions.Diagnostics.HealthChecks;
using OnThisDay.Web.Data;

namespace OnThisDay.Web.Sync;

/// <summary>Healthy when the read model has been loaded and its database answers.</summary>
public sealed class ReadModelHealthCheck(ReadModelState state, ReadModelDatabase database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!state.IsLoaded)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("the read model has not been loaded yet"));
        }
        var problem = database.Check();
        return Task.FromResult(problem is null
            ? HealthCheckResult.Healthy($"read model loaded, version {state.Version}")
            : HealthCheckResult.Unhealthy("the read model database is unusable"));
    }
}
