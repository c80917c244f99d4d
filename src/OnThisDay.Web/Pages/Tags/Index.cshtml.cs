using Microsoft.EntityFrameworkCore;
using OnThisDay.Web.Data;
using OnThisDay.Web.Site;

namespace OnThisDay.Web.Pages.Tags;

public sealed record TagCount(string Tag, string Label, string? Description, int Count);

/// <summary>Every topic with its label and number of stories.</summary>
public sealed class IndexModel(OnThisDayDb db, IWebHostEnvironment env) : SitePageModel
{
    public IReadOnlyList<TagCount> Tags { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var counts = await db.EventTags
            .Join(db.Events.Published(env.IsDevelopment()), t => t.EventId, e => e.Id, (t, e) => t.Tag)
            .GroupBy(t => t)
            .Select(g => new { Tag = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var labels = await db.Tags.ToDictionaryAsync(t => t.Tag, ct);
        Tags = [.. counts
            .Select(c => labels.TryGetValue(c.Tag, out var t) ? new TagCount(c.Tag, t.Label, t.Description, c.Count) : new TagCount(c.Tag, c.Tag, null, c.Count))
            .OrderBy(t => t.Label, StringComparer.OrdinalIgnoreCase)];
        Meta = new PageMeta(SiteTitle("Topics"), "Browse the stories of the year by topic, place and era.", "/tags");
    }
}
