using Microsoft.Extensions.Options;

namespace OnThisDay.Web.Site;

/// <summary>"Today" in the site's time zone, from the injected <see cref="TimeProvider"/>.</summary>
public sealed class SiteClock(TimeProvider time, IOptions<SiteOptions> options)
{
    private readonly TimeZoneInfo _zone = options.Value.GetZone();

    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), _zone);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    /// <summary>The next midnight in the site's zone: when "today" changes.</summary>
    public DateTimeOffset NextMidnight
    {
        get
        {
            var local = Today.AddDays(1).ToDateTime(TimeOnly.MinValue);
            return new DateTimeOffset(local, _zone.GetUtcOffset(local));
        }
    }
}
