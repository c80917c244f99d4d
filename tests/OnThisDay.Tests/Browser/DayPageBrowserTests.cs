using Microsoft.Playwright;
using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class DayPageBrowserTests(BrowserFixture browser, BrowserSite site)
{
    private SiteFactory Site => site.Factory;

    [Fact]
    public async Task June12_ShowsHeadlineCaptionCreditAndEverySection()
    {
        var page = await browser.NewLocalPageAsync();

        var response = await page.GotoAsync(new Uri(Site.ServerAddress, "/june/12").ToString());

        Assert.Equal(200, response!.Status);
        Assert.Equal("Donald Trump Meets Kim Jong-Un", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.True(await page.Locator("h1").IsVisibleAsync());
        var caption = page.Locator(".story__photo figcaption");
        Assert.True(await caption.IsVisibleAsync());
        Assert.Contains("shaking hands with North Korean leader Kim Jong-Un", await caption.InnerTextAsync(), StringComparison.Ordinal);
        var credit = await page.Locator(".photo-info").InnerTextAsync();
        Assert.Contains("Shealah Craighead", credit, StringComparison.Ordinal);
        Assert.Contains("Singapore", credit, StringComparison.Ordinal);
        Assert.Contains("Wikimedia Commons", credit, StringComparison.Ordinal);
        foreach (var section in new[] { "Historical Context", "Photo Info", "Related Events" })
        {
            Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = section, Exact = true }).IsVisibleAsync(), section);
        }

        var path = Path.Combine(BrowserFixture.ScreenshotFolder, "june-12-desktop.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 10_000);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task NextDayLink_LeadsToJune13()
    {
        var page = await browser.NewLocalPageAsync();
        await page.GotoAsync(new Uri(Site.ServerAddress, "/june/12").ToString());

        // Waiting starts before the click, so a navigation that finishes first is not missed.
        await Task.WhenAll(
            page.WaitForURLAsync("**/june/13", new() { WaitUntil = WaitUntilState.DOMContentLoaded }),
            page.Locator("a[rel=next]").ClickAsync());
        Assert.Contains("13 June", await page.Locator(".day-bar__date").InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
