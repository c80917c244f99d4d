using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OnThisDay.Web.Data;

using OnThisDay.Web.Dates;

namespace OnThisDay.Web.Pages.Events;

/// <summary><c>/random</c>: a 302 to a published event picked at random.</summary>
public sealed class RandomModel(OnThisDayDb db, IWebHostEnvironment env) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var published = db.Events.Published(env.IsDevelopment());
        var count = await published.CountAsync(ct);
        if (count == 0)
        {
            return NotFound();
        }
        var slug = await published.OrderBy(e => e.Id).Skip(System.Security.Cryptography.RandomNumberGenerator.GetInt32(count)).Select(e => e.Slug).FirstAsync(ct);
        Response.Headers.CacheControl = "no-store";
        return Redirect(EventAddress.Of(slug));
    }
}
