using System.Text;
using System.Xml;
using OnThisDay.Web.Dates;
using OnThisDay.Web.Site;

namespace OnThisDay.Web.Feeds;

/// <summary>The sitemap: every day page, every published event and the calendar, dated by the entries.</summary>
public static class Sitemap
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public sealed record Page(string Path, DateTime? LastModified);

    public static IEnumerable<Page> Pages(IReadOnlyList<(string Slug, int Month, int Day, DateTime Modified)> events)
    {
        var newest = events.Count == 0 ? (DateTime?)null : events.Max(e => e.Modified);
        yield return new Page("/calendar", newest);
        for (var month = 1; month <= 12; month++)
        {
            for (var day = 1; day <= CalendarDays.DaysInMonth(month); day++)
            {
                var ofDay = events.Where(e => e.Month == month && e.Day == day).Select(e => e.Modified).ToList();
                yield return new Page(CalendarDays.Permalink(month, day), ofDay.Count == 0 ? null : ofDay.Max());
            }
        }
        foreach (var e in events.OrderBy(e => e.Slug, StringComparer.Ordinal))
        {
            yield return new Page(EventAddress.Of(e.Slug), e.Modified);
        }
    }

    public static byte[] Write(IEnumerable<Page> pages, SiteOptions site)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Ns);
            foreach (var page in pages)
            {
                xml.WriteStartElement("url", Ns);
                xml.WriteElementString("loc", Ns, FeedText.Clean(site.Absolute(page.Path)));
                if (page.LastModified is { } modified)
                {
                    xml.WriteElementString("lastmod", Ns, AtomFeed.Rfc3339(modified));
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return stream.ToArray();
    }
}
