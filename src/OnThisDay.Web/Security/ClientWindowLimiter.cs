using System.Threading.RateLimiting;

namespace OnThisDay.Web.Security;

/// <summary>
/// A fixed window of permits for one client that knows when its window ends, so a refusal says how long is
/// actually left (the framework's fixed window reports the whole window). Requests never queue.
/// </summary>
public sealed class ClientWindowLimiter(int permits, TimeSpan window, TimeProvider time) : RateLimiter
{
    private readonly Lock _lock = new();
    private long _windowStart = time.GetTimestamp();
    private int _used;

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                // Forgetting a client mid-window would hand it a fresh allowance: idle only once its window is over.
                var elapsed = time.GetElapsedTime(_windowStart);
                return elapsed >= window ? elapsed - window : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            Roll();
            return new RateLimiterStatistics { CurrentAvailablePermits = permits - _used };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_lock)
        {
            Roll();
            if (_used + permitCount <= permits)
            {
                _used += permitCount;
                return Lease.Granted;
            }
            var left = window - time.GetElapsedTime(_windowStart);
            return new Lease(false, left > TimeSpan.Zero ? left : TimeSpan.Zero);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    // Windows follow each other from the first request, so a client's window ends at a time it can be told.
    private void Roll()
    {
        var elapsed = time.GetElapsedTime(_windowStart);
        if (elapsed >= window)
        {
            var whole = elapsed.Ticks / window.Ticks;
            _windowStart += (long)(whole * window.Ticks * (time.TimestampFrequency / (double)TimeSpan.TicksPerSecond));
            _used = 0;
        }
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
