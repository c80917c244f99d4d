using OnThisDay.Web.Entries;
using OnThisDay.Web.Dates;
using OnThisDay.Web.Events;

namespace OnThisDay.Web.Sync;

/// <summary>Builds the page view of an entry once, at sync: what its page and the API show, ready to store.</summary>
public static class EventViewBuilder
{
    /// <summary>Everything the event's page shows; a related event carries its address, dropped at read time if it is not published.</summary>
    public static EventView From(EntryDocument d, DateTime modifiedUtc) => new(
        d.Slug,
        d.Title,
        d.Date,
        d.DateNote,
        d.Summary,
        d.Kind.ToString().ToLowerInvariant(),
        d.Draft,
        d.BodyHtml,
        d.Photo is null ? null : ToView(d.Photo),
        [.. d.Related.Select(r => new RelatedView(r.Date, r.Text, r.EventSlug is { } s ? EventAddress.Of(s) : null))],
        [.. d.Gallery.Select(ToView)],
        [.. d.Tags.Order(StringComparer.Ordinal)],
        DateTime.SpecifyKind(modifiedUtc, DateTimeKind.Utc),
        d.Wikipedia);

    private static PhotoView ToView(PhotoDocument p) => new(
        p.Commons is not null ? PhotoUrls.Commons(p.Commons, p.Width) : PhotoUrls.Local(p.Src!),
        p.Commons is not null ? PhotoUrls.CommonsSrcSet(p.Commons, p.Width) : null,
        p.Alt,
        p.Caption,
        p.Photographer,
        p.Location,
        p.Source,
        p.SourceUrl,
        p.License,
        p.Width,
        p.Height,
        p.Commons is null ? null : PhotoUrls.CommonsName(p.Commons));
}
