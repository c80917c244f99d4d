using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OnThisDay.Web.Site;

/// <summary>What the layout puts in a page's head: title, description, canonical address, preview image, JSON-LD.</summary>
public sealed record PageMeta(string Title, string Description, string CanonicalPath)
{
    public string? ImageUrl { get; init; }
    public string? ImageAlt { get; init; }
    public string OgType { get; init; } = "website";
    public string? JsonLd { get; init; }
    public bool NoIndex { get; init; }

    /// <summary>
    /// The other hosts the lead image comes from, for <c>preconnect</c>: its own, and Wikimedia's upload server
    /// where <c>Special:FilePath</c> redirects to it. None for an image on the site itself.
    /// </summary>
    public static IEnumerable<string> ImageHosts(string? imageUrl, string siteUrl)
    {
        if (imageUrl is null || !Uri.TryCreate(imageUrl, UriKind.Absolute, out var image)
            || (Uri.TryCreate(siteUrl, UriKind.Absolute, out var site) && site.Host == image.Host))
        {
            yield break;
        }
        yield return $"{image.Scheme}://{image.Authority}";
        if (image.Host == "commons.wikimedia.org")
        {
            yield return "https://upload.wikimedia.org";
        }
    }
}

/// <summary>A page of the site: carries the head metadata the layout renders.</summary>
public abstract class SitePageModel : PageModel
{
    public PageMeta Meta { get; protected set; } = new("", "A historical event for every day of the year.", "/");

    /// <summary>A page title followed by the site's name (<c>Site:Name</c>), as every page's title ends.</summary>
    protected string SiteTitle(string page) =>
        $"{page} · {HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SiteOptions>>().Value.Name}";
}
