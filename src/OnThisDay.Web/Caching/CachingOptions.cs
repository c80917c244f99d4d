using System.ComponentModel.DataAnnotations;

namespace OnThisDay.Web.Caching;

/// <summary>How responses are cached (section <c>Caching</c>).</summary>
public sealed class CachingOptions
{
    public const string Section = "Caching";

    /// <summary>Keep built pages in memory until a sync changes the content; off only to measure its effect.</summary>
    public bool OutputCache { get; set; } = true;

    /// <summary>Memory the output cache may use.</summary>
    [Range(1, 4096)]
    public int OutputCacheSizeMegabytes { get; set; } = 48;

    /// <summary>How long a page of search results is kept.</summary>
    [Range(0, 3600)]
    public int SearchSeconds { get; set; } = 60;

    /// <summary>How long browsers may keep a page (max-age).</summary>
    [Range(0, 86_400)]
    public int BrowserSeconds { get; set; } = 60;

    /// <summary>How long shared caches and CDNs may keep a page (s-maxage).</summary>
    [Range(0, 86_400)]
    public int SharedSeconds { get; set; } = 300;

    /// <summary>How long a CDN may serve a stale page while it fetches a fresh one.</summary>
    [Range(0, 604_800)]
    public int StaleWhileRevalidateSeconds { get; set; } = 600;
}
