using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using OnThisDay.Web.Data;
using OnThisDay.Web.Dates;
using OnThisDay.Web.Events;
using OnThisDay.Web.Site;

namespace OnThisDay.Web.Pages.Events;

/// <summary>One event in full at <c>/events/{slug}</c>.</summary>
public sealed class EventModel(PageReads reads, AddressMap aliases, SiteClock clock, IOptions<SiteOptions> site, IWebHostEnvironment env) : SitePageModel
{
    public EventView Event { get; private set; } = null!;
    public int CurrentYear { get; private set; }

    public IActionResult OnGet(string slug)
    {
        var includeDrafts = env.IsDevelopment();
        var view = slug.Length <= 200 ? reads.Event(slug, includeDrafts) : null;
        if (view is null)
        {
            var target = aliases.Target(EventAddress.Of(slug), includeDrafts);
            return target is null ? NotFound() : RedirectPermanent(EventAddress.Of(target));
        }
        Event = view;
        CurrentYear = clock.Today.Year;
        var path = view.Url;
        Meta = new PageMeta($"{view.Title} ({view.Date.Display}) · {site.Value.Name}", view.Summary, path)
        {
            OgType = "article",
            ImageUrl = view.Photo is null ? null : JsonLd.Absolute(view.Photo.Url, site.Value),
            ImageAlt = view.Photo?.Alt,
            JsonLd = JsonLd.Article(view, site.Value.Absolute(path), site.Value),
        };
        return Page();
    }

    public string DayLink => CalendarDays.Permalink(Event.Date.Month, Event.Date.Day);
}
