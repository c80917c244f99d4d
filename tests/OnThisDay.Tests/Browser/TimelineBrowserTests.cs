using Microsoft.Playwright;
using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Browser;

/// <summary>The day's timeline at a phone's and a desktop's width, light and dark: readable, scrolled inside its own box, axe-clean, marks that lead to their stories.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TimelineBrowserTests(BrowserFixture browser, TimelineBrowserTests.Site site) : IClassFixture<TimelineBrowserTests.Site>
{
    public sealed class Site() : SiteFixture(Create())
    {
        private static SiteFactory Create()
        {
            var content = TestContent.WithReferenceEntry();
            foreach (var (date, name, kind) in new[]
            {
                ("1987-06-12", "reagan-brandenburg-gate", "event"), ("1898-06-12", "philippine-independence", "event"),
                ("0044-06-12 BC", "roman-games", "event"), ("1999-06-12", "kosovo-force-enters", "event"),
                ("1929-06-12", "anne-frank-born", "birth"), ("1924-06-12", "george-bush-born", "birth"),
                ("1994-06-12", "writer-dies", "death"), ("1911-06-12", "painter-dies", "death"),
                ("1898-06-12", "independence-day-philippines", "holiday"),
            })
            {
                content.WriteEntry(date, name, $"Brief {name}", $"kind: {kind}\ntags: [diplomacy]\n", body: "");
            }
            return new SiteFactory(content).StartOnRealPort();
        }
    }

    [Fact]
    public Task Timeline_FitsReadsAndPassesAxe() => browser.InEachLookAsync(BrowserFixture.EveryLook, 800, async (page, look) =>
    {
        var (width, dark) = (look.Width, look.Dark);
        await page.GotoAsync(new Uri(site.Factory.ServerAddress, "/june/12").ToString());

        var timeline = page.Locator(".day-timeline");
        await timeline.ScrollIntoViewIfNeededAsync();
        Assert.Equal(10, await timeline.Locator("svg a").CountAsync());
        if (BrowserFixture.AxeLooks.Contains(look))
        {
            await BrowserFixture.AssertAccessibleAsync(page);
        }
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth") <= 0, "the page scrolls sideways");

        var box = await page.EvaluateAsync<int[]>("() => { const b = document.querySelector('.day-timeline__box'); return [b.scrollWidth, b.clientWidth]; }");
        if (width < 600)
        {
            Assert.True(box[0] > box[1], $"at {width} px the timeline ({box[0]} px) scrolls inside its box ({box[1]} px)");
        }
        else
        {
            Assert.True(box[0] <= box[1], "at desktop width the whole timeline shows");
        }
        var label = await page.Locator(".day-timeline__label").First.BoundingBoxAsync();
        Assert.True(label is { Height: >= 10 }, "lane labels are drawn at a readable size");

        // Marks are drawn in the colours of the scheme in use: the event colour differs between light and dark.
        var fill = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.day-timeline__mark--event path')).fill");
        Assert.Equal(dark ? "rgb(240, 162, 127)" : "rgb(138, 44, 13)", fill);

        await timeline.ScreenshotAsync(new LocatorScreenshotOptions
        {
            Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"timeline-{look}.png"),
        });
    });

    [Fact]
    public async Task Mark_IsAKeyboardReachableLinkToItsStory()
    {
        var page = await browser.NewLocalPageAsync();
        await page.GotoAsync(new Uri(site.Factory.ServerAddress, "/june/12").ToString());

        var mark = page.Locator(".day-timeline svg a[aria-label^='1929 – ']");
        await mark.FocusAsync();
        Assert.Equal("1929 – Brief anne-frank-born (birth)", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')"));
        var navigation = page.WaitForURLAsync("**/events/1929-06-12-anne-frank-born");
        await page.Keyboard.PressAsync("Enter");
        await navigation;
        Assert.Equal("Brief anne-frank-born", (await page.Locator("h1").TextContentAsync())!.Trim());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Print_KeepsTheWholeTimelineOnThePage()
    {
        var page = await browser.NewLocalPageAsync(360);
        await page.GotoAsync(new Uri(site.Factory.ServerAddress, "/june/12").ToString());
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var box = await page.EvaluateAsync<int[]>("() => { const b = document.querySelector('.day-timeline__box'); return [b.scrollWidth, b.clientWidth]; }");
        Assert.True(box[0] <= box[1], "printed, the timeline is scaled to the page rather than cut off");
        await page.Context.CloseAsync();
    }
}
