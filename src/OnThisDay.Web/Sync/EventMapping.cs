using OnThisDay.Web.Data;
using OnThisDay.Web.Entries;

namespace OnThisDay.Web.Sync;

/// <summary>From a parsed entry to the rows of the read model.</summary>
public static class EventMapping
{
    public static EventEntity ToEntity(EntryDocument d, DateTime modifiedUtc)
    {
        var photos = new List<PhotoEntity>();
        if (d.Photo is not null)
        {
            photos.Add(ToEntity(d.Photo, 0, isLead: true));
        }
        photos.AddRange(d.Gallery.Select((g, i) => ToEntity(g, i + 1, isLead: false)));
        return new EventEntity
        {
            Slug = d.Slug,
            SourcePath = d.SourcePath,
            Title = d.Title,
            Year = d.Date.Year,
            Month = d.Date.Month,
            Day = d.Date.Day,
            Summary = d.Summary,
            Kind = d.Kind.ToString().ToLowerInvariant(),
            DateNote = d.DateNote,
            Featured = d.Featured,
            Draft = d.Draft,
            BodyHtml = d.BodyHtml,
            BodyText = d.BodyText,
            ModifiedUtc = DateTime.SpecifyKind(modifiedUtc, DateTimeKind.Utc),
            Photos = photos,
            Related = [.. d.Related.Select((r, i) => new RelatedEntity
            {
                Position = i,
                Year = r.Date.Year,
                Month = r.Date.Month,
                Day = r.Date.Day,
                Text = r.Text,
                EventSlug = r.EventSlug,
            })],
            Tags = [.. d.Tags.Select(t => new EventTagEntity { Tag = t })],
            Aliases = [.. d.Aliases.Select(a => new AliasEntity { Path = a })],
        };
    }

    private static PhotoEntity ToEntity(PhotoDocument p, int position, bool isLead) => new()
    {
        Position = position,
        IsLead = isLead,
        Commons = p.Commons,
        Src = p.Src,
        Alt = p.Alt,
        Caption = p.Caption,
        Photographer = p.Photographer,
        Location = p.Location,
        Source = p.Source,
        SourceUrl = p.SourceUrl,
        License = p.License,
        Width = p.Width,
        Height = p.Height,
    };
}
