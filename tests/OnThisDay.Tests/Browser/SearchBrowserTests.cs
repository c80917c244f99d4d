using Microsoft.Playwright;
using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SearchBrowserTests(BrowserFixture browser, BrowserSite site)
{
    private SiteFactory Site => site.Factory;

    [Fact]
    public async Task HeaderSearch_TypeSubmitAndFollowFirstResult()
    {
        var page = await browser.NewLocalPageAsync();
        await page.GotoAsync(new Uri(Site.ServerAddress, "/calendar").ToString());

        await page.Locator("header input[name=q]").FillAsync("Singapore summit");
        // Each wait starts before its click, so a navigation that finishes first is not missed.
        await Task.WhenAll(
            page.WaitForURLAsync("**/search?q=*", new() { WaitUntil = WaitUntilState.DOMContentLoaded }),
            page.Locator("header button[type=submit]").ClickAsync());
        await Task.WhenAll(
            page.WaitForURLAsync("**/events/**", new() { WaitUntil = WaitUntilState.DOMContentLoaded }),
            page.Locator(".results h2 a").First.ClickAsync());

        Assert.Equal("Donald Trump Meets Kim Jong-Un", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.Context.CloseAsync();
    }
}
