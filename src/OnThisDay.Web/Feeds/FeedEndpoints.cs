using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OnThisDay.Web.Caching;
using OnThisDay.Web.Data;
using OnThisDay.Web.Site;

namespace OnThisDay.Web.Feeds;

public static class FeedEndpoints
{
    /// <summary>The Atom feed, the sitemap, robots.txt and the calendar subscription.</summary>
    public static WebApplication MapFeeds(this WebApplication app)
    {
        var includeDrafts = app.Environment.IsDevelopment();

        app.MapGet("/feed.xml", async (HttpContext context, OnThisDayDb db, SiteClock clock, IOptions<SiteOptions> site, CancellationToken ct) =>
        {
            var items = await db.LastDaysAsync(clock.Today, 30, includeDrafts, ct);
            var body = AtomFeed.Write(items, site.Value);
            return ConditionalResponse.Bytes(context, body, "application/atom+xml; charset=utf-8", items.Count == 0 ? null : items.Max(i => i.Event.ModifiedUtc));
        }).CacheContent().ExcludeFromDescription();

        app.MapGet("/sitemap.xml", async (HttpContext context, OnThisDayDb db, IOptions<SiteOptions> site, CancellationToken ct) =>
        {
            var events = await db.Events.Published(includeDrafts).Select(e => new { e.Slug, e.Month, e.Day, e.ModifiedUtc }).ToListAsync(ct);
            var body = Sitemap.Write(Sitemap.Pages([.. events.Select(e => (e.Slug, e.Month, e.Day, e.ModifiedUtc))]), site.Value);
            return ConditionalResponse.Bytes(context, body, "application/xml; charset=utf-8", events.Count == 0 ? null : events.Max(e => e.ModifiedUtc));
        }).CacheContent().ExcludeFromDescription();

        app.MapGet("/robots.txt", (HttpContext context, IOptions<SiteOptions> site) =>
        {
            var body = Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\nDisallow: /search\nDisallow: /editor\nDisallow: /random\n\nSitemap: {site.Value.Absolute("/sitemap.xml")}\n");
            return ConditionalResponse.Bytes(context, body, "text/plain; charset=utf-8");
        }).CacheContent().ExcludeFromDescription();

        app.MapGet("/calendar.ics", async (HttpContext context, OnThisDayDb db, IOptions<SiteOptions> site, CancellationToken ct) =>
        {
            var featured = await db.Events.Published(includeDrafts).Where(e => e.Featured).ToListAsync(ct);
            var body = ICalendar.Write(featured, site.Value);
            return ConditionalResponse.Bytes(context, body, "text/calendar; charset=utf-8", featured.Count == 0 ? null : featured.Max(e => e.ModifiedUtc));
        }).CacheContent().ExcludeFromDescription();

        return app;
    }
}
