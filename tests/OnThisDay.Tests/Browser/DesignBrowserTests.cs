using Microsoft.Playwright;
using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Browser;

/// <summary>Every page type at a phone's and a desktop's width, in light and dark: no sideways scrolling, images keep their space; axe-clean at each width and in each scheme.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DesignBrowserTests(BrowserFixture browser, BrowserSite fixtureSite)
{
    public static TheoryData<string, string> Pages() => new()
    {
        { "day", "/june/12" }, { "home", "/" }, { "event", "/events/2018-06-12-trump-meets-kim-jong-un" }, { "calendar", "/calendar" },
        { "search", "/search?q=summit" }, { "search-empty", "/search?q=zzzz" }, { "tags", "/tags" }, { "tag", "/tags/diplomacy" },
        { "not-found", "/february/30" },
    };

    // Only the site itself: Wikimedia is out of reach here, so its photos fail to load, as they may for a reader.
    private async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(Address(path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return page;
    }

    private string Address(string path) => new Uri(fixtureSite.Factory.ServerAddress, path).ToString();

    [Theory]
    [MemberData(nameof(Pages))]
    public Task Page_IsAccessibleFitsTheScreenAndKeepsImageSpace(string name, string path) =>
        browser.InEachLookAsync(BrowserFixture.EveryLook, 800, async (page, look) =>
        {
            await page.GotoAsync(Address(path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            if (BrowserFixture.AxeLooks.Contains(look))
            {
                await BrowserFixture.AssertAccessibleAsync(page);
            }
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{overflow}px of horizontal overflow");
            var collapsed = await page.EvaluateAsync<string[]>("() => [...document.images].filter(i => i.getBoundingClientRect().height < 20).map(i => i.alt)");
            Assert.Empty(collapsed);
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}-{look}.png"),
                FullPage = true,
            });
        });

    [Fact]
    public async Task FailedPhoto_StillShowsCaptionAndCredit()
    {
        await using var context = await browser.NewLocalContextAsync();
        var page = await OpenAsync(context, "/june/12");

        Assert.True(await page.Locator(".story__photo figcaption").IsVisibleAsync());
        Assert.True(await page.Locator(".photo-info").IsVisibleAsync());
        Assert.True(await page.Locator(".gallery figcaption").First.IsVisibleAsync());
        Assert.Equal("lazy", await page.Locator(".gallery img").First.GetAttributeAsync("loading"));
        Assert.NotNull(await page.Locator(".story__photo img").GetAttributeAsync("srcset"));
    }

    [Fact]
    public async Task Print_ShowsStoryPhotoAndCreditsWithoutNavigation()
    {
        await using var context = await browser.NewLocalContextAsync();
        var page = await OpenAsync(context, "/june/12");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.True(await page.Locator("h1").IsVisibleAsync());
        Assert.True(await page.Locator(".prose").IsVisibleAsync());
        Assert.True(await page.Locator(".photo-info").IsVisibleAsync());
        Assert.False(await page.Locator(".site-nav").IsVisibleAsync());
        Assert.False(await page.Locator(".search-form").IsVisibleAsync());
        Assert.False(await page.Locator(".day-bar").IsVisibleAsync());
        await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "june-12-print.pdf") });
    }

    [Fact]
    public async Task SkipLink_AndVisibleFocus()
    {
        await using var context = await browser.NewLocalContextAsync();
        var page = await OpenAsync(context, "/june/12");

        await page.Keyboard.PressAsync("Tab");

        Assert.Equal("Skip to content", (await page.EvaluateAsync<string>("() => document.activeElement.textContent")).Trim());
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
        Assert.True(await page.Locator("header").CountAsync() >= 1 && await page.Locator("main").CountAsync() == 1 && await page.Locator("footer").CountAsync() >= 1);
    }

    [Fact]
    public async Task DayPage_HtmlAndCssWeighUnder60KB()
    {
        using var client = new HttpClient { BaseAddress = fixtureSite.Factory.ServerAddress };
        var html = await client.GetStringAsync("/june/12");
        var document = await AngleSharp.BrowsingContextExtensions.OpenAsync(AngleSharp.BrowsingContext.New(), r => r.Content(html));
        var cssHref = document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.StartsWith("/css/site.css", cssHref, StringComparison.Ordinal);
        var css = await client.GetByteArrayAsync(cssHref);

        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(html) + css.Length, 1, 60 * 1024);
    }
}
