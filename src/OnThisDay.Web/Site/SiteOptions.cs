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

    /// <summary>
    /// The web address of an entry's history in the content repository, with <c>{path}</c> for the file's path
    /// (e.g. <c>https://github.com/org/repo/commits/main/{path}</c>); the API's <c>content_urls.revisions</c>.
    /// Unset, the event's page is given.
    /// </summary>
    public string? RevisionsUrl { get; set; }

    /// <summary>Where an editor changes an entry (e.g. <c>https://github.com/org/repo/edit/main/{path}</c>); the API's <c>content_urls.edit</c>.</summary>
    public string? EditUrl { get; set; }

    /// <summary>How long a search may run before it is stopped and the reader asked to narrow it.</summary>
    [Range(100, 60_000)]
    public int SearchTimeoutMilliseconds { get; set; } = 2000;

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
    /// <summary>Fills a repository address template with an entry's path; null when the template is not set.</summary>
    public string? RepositoryUrl(string? template, string path) =>
        string.IsNullOrWhiteSpace(template) ? null : template.Replace("{path}", string.Join('/', path.Split('/').Select(Uri.EscapeDataString)), StringComparison.Ordinal);

    public string Absolute(string path) => BaseUrl.TrimEnd('/') + (path.StartsWith('/') ? path : "/" + path);
}
