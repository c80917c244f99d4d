using System.ComponentModel.DataAnnotations;

namespace OnThisDay.Web.Site;

/// <summary>Settings of the public site (section <c>Site</c>).</summary>
public sealed class SiteOptions : IValidatableObject
{
    public const string Section = "Site";

    /// <summary>The site's public address, used for canonical links, feeds and link previews.</summary>
    [Required]
    public string BaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>The IANA time zone in which "today" is taken, e.g. <c>Europe/London</c>; default <c>UTC</c>.</summary>
    [Required]
    public string TimeZone { get; set; } = "UTC";

    /// <summary>The site's name, shown in the header and in link previews.</summary>
    [Required]
    public string Name { get; set; } = "On This Day";

    public TimeZoneInfo GetZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult(
                $"Site:TimeZone '{TimeZone}' is not a known IANA time zone id (for example UTC, Europe/Paris, America/New_York).",
                [nameof(TimeZone)]);
        }
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult($"Site:BaseUrl '{BaseUrl}' must be an absolute http or https address.", [nameof(BaseUrl)]);
        }
    }

    /// <summary>An absolute address on this site for a site-relative path.</summary>
    public string Absolute(string path) => BaseUrl.TrimEnd('/') + (path.StartsWith('/') ? path : "/" + path);
}
