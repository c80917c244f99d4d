using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Pages.Calendar;

public sealed class CalendarPageTests
{
    [Fact]
    public async Task Calendar_ShowsTwelveMonthsEveryDayLinkedWithCountsAndToday()
    {
        var content = TestContent.WithReferenceEntry();
        content.WriteEntry("1987-06-12", "reagan", "Reagan at the Gate");
        content.WriteEntry("1896-02-29", "leap", "Leap");
        content.WriteEntry("1900-03-03", "draft-one", "A Draft", "draft: true\n");
        using var factory = new SiteFactory(content, now: new DateTimeOffset(2026, 3, 3, 12, 0, 0, TimeSpan.Zero));

        var doc = await factory.CreateClient().GetDocumentAsync("/calendar");

        Assert.Equal(12, doc.QuerySelectorAll(".calendar__month").Length);
        Assert.Equal(366, doc.QuerySelectorAll(".calendar__day a").Length);
        var june12 = doc.QuerySelector("a[href='/june/12']")!;
        Assert.Equal("2", june12.QuerySelector(".calendar__count")!.TextContent);
        Assert.Equal(" June: 2 stories", june12.QuerySelector(".visually-hidden")!.TextContent);
        Assert.Equal("12", june12.QuerySelector(".calendar__num")!.TextContent);
        Assert.Equal("1", doc.QuerySelector("a[href='/february/29'] .calendar__count")!.TextContent);
        Assert.Equal(" March: no stories yet, today", doc.QuerySelector("a[href='/march/3'] .visually-hidden")!.TextContent);
        Assert.Equal("date", doc.QuerySelector("a[href='/march/3']")!.GetAttribute("aria-current"));
        Assert.Single(doc.QuerySelectorAll("[aria-current=date]"));
    }
}
