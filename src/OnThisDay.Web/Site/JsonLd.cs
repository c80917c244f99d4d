using System.Text.Json;
using OnThisDay.Web.Events;

namespace OnThisDay.Web.Site;

/// <summary>Schema.org descriptions of pages, for search engines and link previews.</summary>
public static class JsonLd
{
    public static string Article(EventView e, string url, SiteOptions site)
    {
        var modified = e.ModifiedUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Article",
            ["headline"] = e.Title,
            ["description"] = e.Summary,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["datePublished"] = modified,
            ["dateModified"] = modified,
            ["image"] = e.Photo is null ? null : Absolute(e.Photo.Url, site),
            ["keywords"] = e.Tags.Count == 0 ? null : string.Join(", ", e.Tags),
            ["publisher"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = site.Name, ["url"] = site.Absolute("/") },
            ["about"] = new Dictionary<string, object?>
            {
                ["@type"] = "Event",
                ["name"] = e.Title,
                ["description"] = e.Summary,
                ["startDate"] = e.Date.MachineDate,
            },
        };
        return JsonSerializer.Serialize(data.Where(kv => kv.Value is not null).ToDictionary());
    }

    public static string WebPage(string name, string description, string url) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "WebPage",
            ["name"] = name,
            ["description"] = description,
            ["url"] = url,
        });

    public static string Absolute(string url, SiteOptions site) =>
        url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal) ? url : site.Absolute(url);
}
