using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OnThisDay.Web.Data;
using OnThisDay.Web.Dates;
using OnThisDay.Web.Events;
using OnThisDay.Web.Site;

namespace OnThisDay.Web.Pages.Tags;

/// <summary>The stories with one tag, newest year first, 20 a page.</summary>
public sealed class TagModel(OnThisDayDb db, IWebHostEnvironment env) : SitePageModel
{
    public const int PageSize = 20;

    public string Tag { get; private set; } = "";
    public string Label { get; private set; } = "";
    public string? Description { get; private set; }
    public IReadOnlyList<EventSummary> Events { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(string tag, [FromQuery(Name = "p")] int? page, CancellationToken ct)
    {
        Tag = tag.ToLowerInvariant();
        var definition = await db.Tags.FirstOrDefaultAsync(t => t.Tag == Tag, ct);
        var tagged = db.Events.Published(env.IsDevelopment()).Where(e => e.Tags.Any(t => t.Tag == Tag));
        Total = await tagged.CountAsync(ct);
        if (definition is null && Total == 0)
        {
            return NotFound();
        }
        if (Tag != tag)
        {
            return RedirectPermanent($"/tags/{Tag}");
        }
        // A page that does not exist is not found, rather than quietly another page under a new address.
        if (page is < 1 || page > Pages || !ModelState.IsValid)
        {
            return NotFound();
        }
        PageNumber = page ?? 1;
        (Label, Description) = (definition?.Label ?? Tag, definition?.Description);
        Events = await tagged
            .OrderByDescending(e => e.Year).ThenBy(e => e.Month).ThenBy(e => e.Day).ThenBy(e => e.Slug)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Summaries()
            .ToListAsync(ct);
        Meta = new PageMeta(SiteTitle($"{Label} · Topics"), Description ?? $"Stories tagged {Label}.", $"/tags/{Tag}" + (PageNumber > 1 ? $"?p={PageNumber}" : ""));
        return Page();
    }

    public string PageLink(int page) => $"/tags/{Tag}" + (page > 1 ? $"?p={page}" : "");
}
