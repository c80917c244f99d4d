using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Pages.Days;

public sealed class NavigationTests : IClassFixture<NavigationTests.Site>
{
    private readonly Site _site;

    public NavigationTests(Site site) => _site = site;

    public sealed class Site() : SiteFixture(Create())
    {
        private static SiteFactory Create()
        {
            var content = TestContent.WithReferenceEntry();
            content.WriteEntry("0044-03-15 BC", "caesar-assassinated", "Julius Caesar Is Assassinated", "date_note: Julian calendar\nfeatured: true\n");
            content.WriteEntry("1896-02-29", "leap-one", "A Leap Day Story");
            content.WriteEntry("1940-02-28", "feb-28-story", "A February 28 Story", "featured: true\n");
            // Three events on 1 July and no featured one: the lead rotates by year.
            content.WriteEntry("1867-07-01", "canada", "Canada Becomes a Dominion");
            content.WriteEntry("1916-07-01", "somme", "The Battle of the Somme Begins");
            content.WriteEntry("1997-07-01", "hong-kong", "Hong Kong Returns to China");
            content.WriteEntry("1961-07-01", "princess-diana-born", "Diana Spencer Is Born", "kind: birth\n");
            content.WriteEntry("1896-07-01", "stowe-dies", "Harriet Beecher Stowe Dies", "kind: death\n");
            content.WriteEntry("2000-07-01", "some-holiday", "A National Day", "kind: holiday\n");
            return new SiteFactory(content);
        }
    }

    [Theory]
    [InlineData("/december/31", "/december/30", "30 December", "/january/1", "1 January")]
    [InlineData("/january/1", "/december/31", "31 December", "/january/2", "2 January")]
    [InlineData("/february/28", "/february/27", "27 February", "/february/29", "29 February")]
    [InlineData("/february/29", "/february/28", "28 February", "/march/1", "1 March")]
    [InlineData("/march/1", "/february/29", "29 February", "/march/2", "2 March")]
    public async Task DayPage_PreviousAndNextWrapAndPassThroughLeapDay(string path, string prev, string prevName, string next, string nextName)
    {
        var doc = await _site.Factory.CreateClient().GetDocumentAsync(path);

        var prevLink = doc.QuerySelector("a[rel=prev]")!;
        var nextLink = doc.QuerySelector("a[rel=next]")!;
        Assert.Equal(prev, prevLink.GetAttribute("href"));
        Assert.Contains(prevName, prevLink.TextContent, StringComparison.Ordinal);
        Assert.Equal(next, nextLink.GetAttribute("href"));
        Assert.Contains(nextName, nextLink.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DayPage_BcDate_ShowsBcYearYearsAgoAndDateNote()
    {
        var doc = await _site.Factory.CreateClient().GetDocumentAsync("/march/15");

        var date = doc.QuerySelector(".story__date")!;
        Assert.Equal("15 March 44 BC · 2,069 years ago (Julian calendar)", string.Join(' ', date.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal("-000043-03-15", date.QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task DayPage_AlsoOnThisDay_GroupsByKindWithYearSummaryAndLink()
    {
        var doc = await _site.Factory.CreateClient().GetDocumentAsync("/july/1");

        var also = doc.QuerySelector(".also")!;
        Assert.Equal(["Events", "Births", "Deaths", "Holidays and observances"], also.QuerySelectorAll("h3").Select(h => h.TextContent.Trim()));
        var births = also.QuerySelectorAll("h3")[1].NextElementSibling!;
        Assert.Equal("1961", births.QuerySelector(".event-list__year")!.TextContent);
        Assert.Equal("/events/1961-07-01-princess-diana-born", births.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Summary of Diana Spencer Is Born.", births.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public async Task DayPage_WithoutFeaturedEntry_RotatesLeadByYearAmongEvents()
    {
        // Events of 1 July ordered by date: 1867 Canada, 1916 Somme, 1997 Hong Kong. 2026 % 3 = 1, 2027 % 3 = 2.
        using var in2026 = new SiteFactory(TestContentCopy(), now: new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        using var in2027 = new SiteFactory(TestContentCopy(), now: new DateTimeOffset(2027, 3, 1, 12, 0, 0, TimeSpan.Zero));

        var lead2026 = (await in2026.CreateClient().GetDocumentAsync("/july/1")).QuerySelector("h1")!.TextContent.Trim();
        var again2026 = (await in2026.CreateClient().GetDocumentAsync("/july/1")).QuerySelector("h1")!.TextContent.Trim();
        var lead2027 = (await in2027.CreateClient().GetDocumentAsync("/july/1")).QuerySelector("h1")!.TextContent.Trim();

        Assert.Equal("The Battle of the Somme Begins", lead2026);
        Assert.Equal(lead2026, again2026);
        Assert.Equal("Hong Kong Returns to China", lead2027);
    }

    [Fact]
    public async Task DayPage_FeaturedEntryAlwaysLeads()
    {
        var doc = await _site.Factory.CreateClient().GetDocumentAsync("/june/12");

        Assert.Equal("Donald Trump Meets Kim Jong-Un", doc.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task February28_InNonLeapYear_AlsoShowsLeapDayEvents()
    {
        using var factory = new SiteFactory(TestContentCopy(), now: new DateTimeOffset(2027, 2, 28, 10, 0, 0, TimeSpan.Zero));

        var home = await factory.CreateClient().GetDocumentAsync("/");
        var permalink = await factory.CreateClient().GetDocumentAsync("/february/28");

        foreach (var doc in new[] { home, permalink })
        {
            Assert.Equal("A February 28 Story", doc.QuerySelector("h1")!.TextContent.Trim());
            Assert.Equal("On 29 February", doc.QuerySelector("#leap-day")!.TextContent.Trim());
            Assert.NotNull(doc.QuerySelector(".also a[href='/events/1896-02-29-leap-one']"));
        }
    }

    [Fact]
    public async Task February28_InLeapYear_DoesNotShowLeapDayEvents()
    {
        using var factory = new SiteFactory(TestContentCopy(), now: new DateTimeOffset(2028, 2, 28, 10, 0, 0, TimeSpan.Zero));

        var doc = await factory.CreateClient().GetDocumentAsync("/february/28");

        Assert.Null(doc.QuerySelector("#leap-day"));
        Assert.Null(doc.QuerySelector("a[href='/events/1896-02-29-leap-one']"));
    }

    [Fact]
    public async Task February29_IsValidEveryYear()
    {
        using var factory = new SiteFactory(TestContentCopy(), now: new DateTimeOffset(2027, 6, 1, 10, 0, 0, TimeSpan.Zero));

        var doc = await factory.CreateClient().GetDocumentAsync("/february/29");

        Assert.Equal("A Leap Day Story", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("29 February", doc.QuerySelector(".day-bar__date time")!.TextContent.Trim());
    }

    [Fact]
    public async Task Home_ShowsWeekdayOfTodayInSiteTimeZone()
    {
        var doc = await _site.Factory.CreateClient().GetDocumentAsync("/");

        Assert.Equal("Friday, 12 June", doc.QuerySelector(".day-bar__date time")!.TextContent.Trim());
        Assert.NotNull(doc.QuerySelector(".day-bar__today"));
    }

    private TestContent TestContentCopy()
    {
        var copy = new TestContent();
        foreach (var file in Directory.EnumerateFiles(_site.Factory.Content.Root, "*", SearchOption.AllDirectories))
        {
            copy.Write(Path.GetRelativePath(_site.Factory.Content.Root, file), File.ReadAllText(file));
        }
        return copy;
    }
}
