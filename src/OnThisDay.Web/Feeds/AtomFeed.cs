using System.Globalization;
using System.Text;
using System.Xml;
using OnThisDay.Web.Site;

using OnThisDay.Web.Dates;

namespace OnThisDay.Web.Feeds;

/// <summary>The Atom feed (RFC 4287) of the featured event of each of the last 30 days.</summary>
public static class AtomFeed
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static byte[] Write(IReadOnlyList<DayFeatures.Featured> items, SiteOptions site)
    {
        var host = new Uri(site.BaseUrl).Host;
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("id", Atom, site.Absolute("/feed.xml"));
            xml.WriteElementString("title", Atom, FeedText.Clean(site.Name));
            xml.WriteElementString("subtitle", Atom, "The featured story of each day.");
            var updated = items.Count == 0 ? DateTime.UnixEpoch : items.Max(i => i.Event.ModifiedUtc);
            xml.WriteElementString("updated", Atom, Rfc3339(updated));
            Link(xml, "self", site.Absolute("/feed.xml"), "application/atom+xml");
            Link(xml, "alternate", site.Absolute("/"), "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, FeedText.Clean(site.Name));
            xml.WriteElementString("uri", Atom, site.Absolute("/"));
            xml.WriteEndElement();
            foreach (var (day, e) in items)
            {
                var url = site.Absolute(EventAddress.Of(e.Slug));
                xml.WriteStartElement("entry", Atom);
                // The id names the day it was featured, so the same story featured again next year is a new entry.
                xml.WriteElementString("id", Atom, $"tag:{host},{day:yyyy-MM-dd}:{EventAddress.Of(e.Slug)}");
                xml.WriteElementString("title", Atom, FeedText.Clean(e.Title));
                xml.WriteElementString("updated", Atom, Rfc3339(e.ModifiedUtc));
                xml.WriteElementString("published", Atom, Rfc3339(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
                Link(xml, "alternate", url, "text/html");
                xml.WriteStartElement("summary", Atom);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(FeedText.Clean(e.Summary));
                xml.WriteEndElement();
                xml.WriteStartElement("content", Atom);
                xml.WriteAttributeString("type", "html");
                xml.WriteString(FeedText.Clean($"<p>{System.Net.WebUtility.HtmlEncode(e.Summary)}</p>{Events.EventViews.FromJson(e.ViewJson)?.BodyHtml}"));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return stream.ToArray();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    public static string Rfc3339(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
