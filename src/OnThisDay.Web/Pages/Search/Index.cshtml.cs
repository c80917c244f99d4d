using Microsoft.AspNetCore.OutputCaching;
using OnThisDay.Web.Caching;
using Microsoft.AspNetCore.Mvc;
using OnThisDay.Web.Data;
using OnThisDay.Web.Search;
using OnThisDay.Web.Site;

namespace OnThisDay.Web.Pages.Search;

/// <summary>Full-text search at <c>/search?q=</c>, 20 results a page.</summary>
[OutputCache(PolicyName = CachingExtensions.Search)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Security.SecurityExtensions.SearchPolicy)]
public sealed class IndexModel(OnThisDayDb db, IWebHostEnvironment env) : SitePageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public SearchResults? Results { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Model binding leaves bad numbers as 0; anything below 1 means the first page.
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        var query = Query?.Trim();
        if (!string.IsNullOrEmpty(query))
        {
            Results = await db.SearchAsync(query, PageNumber, env.IsDevelopment(), ct);
        }
        Meta = new PageMeta(
            string.IsNullOrEmpty(query) ? "Search · On This Day" : $"{Shorten(query)} · Search · On This Day",
            "Search every story of the year.", "/search")
        { NoIndex = !string.IsNullOrEmpty(query) };
    }

    public string PageLink(int page) => $"/search?q={Uri.EscapeDataString(Query ?? "")}" + (page > 1 ? $"&p={page}" : "");

    public static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
