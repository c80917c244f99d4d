using System.ComponentModel.DataAnnotations;

namespace OnThisDay.Web.Security;

/// <summary>Limits per client on the costly addresses (section <c>RateLimits</c>), and which proxies are trusted.</summary>
public sealed class RateLimitOptions : IValidatableObject
{
    public const string Section = "RateLimits";

    /// <summary>Search requests a client may make per window.</summary>
    [Range(1, 1_000_000)]
    public int SearchPermits { get; set; } = 60;

    /// <summary>API requests a client may make per window.</summary>
    [Range(1, 1_000_000)]
    public int ApiPermits { get; set; } = 300;

    /// <summary>The window, in seconds.</summary>
    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;

    /// <summary>Turn limiting off (for benchmarks on loopback).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Proxies (IP addresses) whose X-Forwarded-For is believed; from anyone else it is ignored.</summary>
    public string[] KnownProxies { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < KnownProxies.Length; i++)
        {
            if (!System.Net.IPAddress.TryParse(KnownProxies[i], out _))
            {
                yield return new ValidationResult(
                    $"RateLimits:KnownProxies:{i} '{KnownProxies[i]}' is not an IP address; list proxies as addresses such as 10.0.0.5.",
                    [nameof(KnownProxies)]);
            }
        }
    }
}
