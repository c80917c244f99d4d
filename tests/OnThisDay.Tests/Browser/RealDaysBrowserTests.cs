using Microsoft.Playwright;
using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Browser;

/// <summary>
/// Ten real day pages spread over the second half of the year, as a reader sees them on a phone and a desktop:
/// the featured story, "Also on this day" grouped by kind, and a timeline with a mark for every entry of the day.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RealDaysBrowserTests(BrowserFixture browser, RealDaysBrowserTests.Site site) : IClassFixture<RealDaysBrowserTests.Site>
{
    public static readonly string[] Days = ["07-04", "07-20", "08-15", "08-29", "09-11", "09-30", "10-14", "10-31", "11-11", "12-25"];

    public sealed class Site() : SiteFixture(new SiteFactory(TestContent.WithAllRealContent()).StartOnRealPort());

    [Fact]
    public Task TenRealDays_ShowEveryEntryInListsAndTimeline() => browser.InEachLookAsync(BrowserFixture.AxeLooks, 900, async (page, look) =>
    {
        var width = look.Width;
        foreach (var day in Days)
        {
            var entries = Directory.EnumerateFiles(Path.Combine(site.Factory.Content.Root, "events", day), "*.md").Count();
            var (month, dayOfMonth) = (int.Parse(day[..2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(day[3..], System.Globalization.CultureInfo.InvariantCulture));
            await page.GotoAsync(new Uri(site.Factory.ServerAddress, OnThisDay.Web.Dates.CalendarDays.Permalink(month, dayOfMonth)).ToString());
            await page.WaitForSelectorAsync("h1");

            Assert.Equal(1, await page.Locator("h1").CountAsync());
            Assert.Equal(entries - 1, await page.Locator(".also .event-list li").CountAsync());
            Assert.Equal(entries, await page.Locator(".day-timeline svg a").CountAsync());
            Assert.Equal(1, await page.Locator(".day-timeline__mark--featured").CountAsync());
            var headings = await page.Locator(".also h3").AllTextContentsAsync();
            Assert.Contains("Events", headings);
            Assert.Contains("Births", headings);
            Assert.Contains("Deaths", headings);
            Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth") <= 0, $"{day} scrolls sideways at {width} px");
            if (day is "07-20" or "12-25")
            {
                await BrowserFixture.AssertAccessibleAsync(page, day);
            }
            var name = $"real-{day}-{look}";
            await page.Locator(".day-timeline").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + "-timeline.png") });
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });
        }
    });
}
