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
}

/// <summary>A page of the site: carries the head metadata the layout renders.</summary>
public abstract class SitePageModel : PageModel
{
    public PageMeta Meta { get; protected set; } = new("On This Day", "A historical event for every day of the year.", "/");
}
