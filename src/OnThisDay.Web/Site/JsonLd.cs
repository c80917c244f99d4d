using System.Text.Json;
using OnThisDay.Web.Events;

namespace OnThisDay.Web.Site;

/// <summary>Schema.org descriptions of pages, for search engines and link previews.</summary>
public static class JsonLd
{
    public static string Article(EventView e, string url, SiteOptions site)
    {
        var modified = e.ModifiedUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        // Written property by property (the serialiser's default escaping, the same output as serialising a
        // dictionary of them) rather than through a dictionary of objects, which every day and event page paid for.
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "Article");
            json.WriteString("headline", e.Title);
            json.WriteString("description", e.Summary);
            json.WriteString("url", url);
            json.WriteString("mainEntityOfPage", url);
            json.WriteString("datePublished", modified);
            json.WriteString("dateModified", modified);
            if (e.Photo is not null)
            {
                json.WriteString("image", Absolute(e.Photo.Url, site));
            }
            if (e.Tags.Count > 0)
            {
                json.WriteString("keywords", string.Join(", ", e.Tags));
            }
            json.WriteStartObject("publisher");
            json.WriteString("@type", "Organization");
            json.WriteString("name", site.Name);
            json.WriteString("url", site.Absolute("/"));
            json.WriteEndObject();
            json.WriteStartObject("about");
            json.WriteString("@type", "Event");
            json.WriteString("name", e.Title);
            json.WriteString("description", e.Summary);
            json.WriteString("startDate", e.Date.MachineDate);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
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
