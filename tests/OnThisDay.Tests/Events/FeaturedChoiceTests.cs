using OnThisDay.Web.Dates;
using OnThisDay.Web.Events;

namespace OnThisDay.Tests.Events;

public sealed class FeaturedChoiceTests
{
    private static EventSummary E(string slug, int year, string kind = "event", bool featured = false, bool draft = false) =>
        new(slug, slug, new HistoricDate(year, 7, 20), "S.", kind, featured, draft);

    [Fact]
    public void TheMarkedEntry_Wins_OverEveryOther()
    {
        var events = new[] { E("a", 1900), E("moon", 1969, featured: true), E("b", 2000) };

        Assert.All(Enumerable.Range(2020, 6), year => Assert.Equal("moon", FeaturedChoice.Pick(events, year)!.Slug));
    }

    [Fact]
    public void APublishedMarkedEntry_WinsOverAMarkedDraft()
    {
        var events = new[] { E("draft", 1900, featured: true, draft: true), E("published", 2000, featured: true) };

        Assert.Equal("published", FeaturedChoice.Pick(events, 2026)!.Slug);
    }

    [Fact]
    public void WithoutAMark_EventsTakeTurnsByYear_InDateOrder_SkippingBirthsAndDeaths()
    {
        var events = new[] { E("c", 2000), E("born", 1950, "birth"), E("a", 1800), E("b", 1900), E("died", 1990, "death") };

        var picks = Enumerable.Range(2025, 6).Select(y => FeaturedChoice.Pick(events, y)!.Slug).ToList();

        // 2025 % 3 == 0 → the oldest event; each year the next one, round and round.
        Assert.Equal(["a", "b", "c", "a", "b", "c"], picks);
        Assert.Equal(FeaturedChoice.Pick(events, 2026), FeaturedChoice.Pick([.. events.Reverse()], 2026));
    }

    [Fact]
    public void ADayOfOnlyBirths_LeadsWithItsFirstEntry_AndAnEmptyDayWithNothing()
    {
        Assert.Equal("born", FeaturedChoice.Pick([E("born", 1950, "birth"), E("died", 1990, "death")], 2026)!.Slug);
        Assert.Null(FeaturedChoice.Pick([], 2026));
    }

    [Fact]
    public void BcYears_AreOrderedBeforeAdYears()
    {
        var events = new[] { E("ad", 14), E("bc", -44) };

        Assert.Equal("bc", FeaturedChoice.Pick(events, 2026)!.Slug);
        Assert.Equal("ad", FeaturedChoice.Pick(events, 2027)!.Slug);
    }
}
