using OnThisDay.Web.Dates;
using OnThisDay.Web.Events;

namespace OnThisDay.Tests.Events;

public sealed class EventViewsTests
{
    private static readonly PhotoView Lead = new("https://example.org/a.jpg", null, "Alt", "Caption", "A photographer", null, "Wikimedia Commons",
        null, "Public domain", 1200, 800, "A.jpg");

    private static EventView View(string body = "<p>A <em>body</em> & more.</p>") => new(
        "44bc-03-15-caesar", "Caesar Is Killed", new HistoricDate(-44, 3, 15), null, "Summary.", "event", false, body, Lead,
        [new RelatedView(new HistoricDate(-49, 1, 10), "Caesar crosses the Rubicon.", "/events/49bc-01-10-rubicon")],
        [Lead with { Caption = "Second" }], ["rome"], new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc), "Assassination of Julius Caesar");

    [Fact]
    public void RoundTrip_KeepsEveryField()
    {
        var view = View();

        var back = EventViews.FromJson(EventViews.ToJson(view))!;

        Assert.Equal(view.Date, back.Date);
        Assert.Equal(view.BodyHtml, back.BodyHtml);
        Assert.Equal(view.Photo, back.Photo);
        Assert.Equal(view.Related.Single(), back.Related.Single());
        Assert.Equal(view.Gallery.Single(), back.Gallery.Single());
        Assert.Equal(view.Tags, back.Tags);
        Assert.Equal(view.ModifiedUtc, back.ModifiedUtc);
        Assert.Equal(view.WikipediaUrl, back.WikipediaUrl);
    }

    [Fact]
    public void StoredJson_HoldsNoDerivedFieldsAndTheBodyUnescaped()
    {
        var json = EventViews.ToJson(View());

        Assert.Contains("\"Date\":{\"Year\":-44,\"Month\":3,\"Day\":15}", json, StringComparison.Ordinal);
        Assert.Contains("<p>A <em>body</em> & more.</p>", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Display", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Url\":\"/events/44bc", json, StringComparison.Ordinal);
        Assert.DoesNotContain("HasCredit", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ViewsStoredWithDerivedDateFields_StillRead()
    {
        var older = """{"Slug":"s","Title":"T","Date":{"Year":2018,"Month":6,"Day":12,"IsBC":false,"Iso":"2018-06-12","Display":"12 June 2018"},"Summary":"S","Kind":"event","Draft":false,"BodyHtml":"","Related":[],"Gallery":[],"Tags":[],"ModifiedUtc":"2026-12-01T08:00:00Z"}""";

        Assert.Equal(new HistoricDate(2018, 6, 12), EventViews.FromJson(older)!.Date);
    }
}
