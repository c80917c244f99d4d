using Microsoft.AspNetCore.Mvc;
using OnThisDay.Web.Data;
using OnThisDay.Web.Search;
using OnThisDay.Web.Site;

namespace OnThisDay.Web.Pages.Search;

/// <summary>Full-text search at <c>/search?q=</c>, 20 results a page.</summary>
public sealed class IndexModel(SearchService search, IWebHostEnvironment env, Microsoft.Extensions.Options.IOptions<SiteOptions> site) : SitePageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? RequestedPage { get; set; }

    public int PageNumber { get; private set; } = 1;

    public SearchResults? Results { get; private set; }

    /// <summary>The search ran past its time limit and was stopped.</summary>
    public bool TimedOut { get; private set; }

    public IActionResult OnGet(CancellationToken ct)
    {
        var query = Query?.Trim();
        if (!ModelState.IsValid || RequestedPage is < 1 or > 10_000 || (RequestedPage is > 1 && string.IsNullOrEmpty(query)))
        {
            return NotFound();
        }
        PageNumber = RequestedPage ?? 1;
        if (!string.IsNullOrEmpty(query))
        {
            try
            {
                Results = search.Search(query, PageNumber, env.IsDevelopment(), TimeSpan.FromMilliseconds(site.Value.SearchTimeoutMilliseconds), ct);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                TimedOut = true;
                Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                Response.Headers.RetryAfter = "5";
            }
            if (Results is not null && PageNumber > Results.Pages)
            {
                return NotFound();
            }
        }
        Meta = new PageMeta(
            SiteTitle(string.IsNullOrEmpty(query) ? "Search" : $"{Shorten(query)} · Search"),
            "Search every story of the year.", "/search")
        { NoIndex = !string.IsNullOrEmpty(query) };
        return Page();
    }

    public string PageLink(int page) => $"/search?q={Uri.EscapeDataString(Query ?? "")}" + (page > 1 ? $"&p={page}" : "");

    public static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
