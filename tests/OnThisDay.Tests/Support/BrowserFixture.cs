using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace OnThisDay.Tests.Support;

/// <summary>One headless Chromium (Debian's, at /usr/bin/chromium) shared by the browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: a folder under the test output.</summary>
    public static string ScreenshotFolder
    {
        get
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>
    /// A fresh context (viewport, colour scheme) that reaches only the site on loopback: the outside network
    /// (Wikimedia's photos) is refused at once instead of hanging the page's load event.
    /// </summary>
    public async Task<IBrowserContext> NewLocalContextAsync(int width = 1280, int height = 900, bool dark = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = dark ? ColorScheme.Dark : ColorScheme.Light,
        });
        await context.RouteAsync("**/*", route => new Uri(route.Request.Url).Host is "127.0.0.1" or "localhost" ? route.ContinueAsync() : route.AbortAsync());
        return context;
    }

    /// <summary>A page in a fresh local-only context (<see cref="NewLocalContextAsync"/>).</summary>
    public async Task<IPage> NewLocalPageAsync(int width = 1280, int height = 900) =>
        await (await NewLocalContextAsync(width, height)).NewPageAsync();

    // Every rule runs; only violations are reported in full (passes and inapplicable rules are what made a run slow).
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    /// <summary>Runs axe-core over the page as it stands and fails with each violation and where it is.</summary>
    public static async Task AssertAccessibleAsync(IPage page, string? where = null)
    {
        var axe = await page.RunAxe(ViolationsOnly);
        Assert.True(axe.Violations.Length == 0, (where is null ? "" : where + ": ") + string.Join("\n", axe.Violations.Select(v =>
            $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})")));
    }

    /// <summary>A phone's and a desktop's width, each in light and dark.</summary>
    public static readonly IReadOnlyList<Look> EveryLook = [new(360, false), new(360, true), new(1280, false), new(1280, true)];

    /// <summary>
    /// The looks axe-core runs in: each width once and each colour scheme once. Colours depend on the scheme alone
    /// (site.css sets none inside a width query, which <c>StylesheetTests</c> holds it to), so these two see every
    /// colour pair and every layout; axe is most of a browser test's time, so it does not run four times per page.
    /// </summary>
    public static readonly IReadOnlyList<Look> AxeLooks = [new(360, true), new(1280, false)];

    /// <summary>
    /// Runs <paramref name="check"/> once per look, side by side, each in a fresh local-only page of the one browser
    /// (a page spends most of its time waiting on layout, scripts and the site, so four at once take little longer
    /// than one). Every look is run to the end; the test fails naming each look that failed and why.
    /// </summary>
    public async Task InEachLookAsync(IEnumerable<Look> looks, int height, Func<IPage, Look, Task> check)
    {
        var failures = await Task.WhenAll(looks.Select(async look =>
        {
            try
            {
                await using var context = await NewLocalContextAsync(look.Width, height, look.Dark);
                await check(await context.NewPageAsync(), look);
                return null;
            }
            catch (Exception e) when (e is Xunit.Sdk.XunitException or PlaywrightException or TimeoutException)
            {
                return $"{look}: {e.Message}";
            }
        }));
        var failed = failures.OfType<string>().ToList();
        Assert.True(failed.Count == 0, string.Join("\n\n", failed));
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing; run ./test.sh, which installs Debian's chromium package.");
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
    }
}

/// <summary>A viewport width and a colour scheme.</summary>
public sealed record Look(int Width, bool Dark)
{
    public override string ToString() => $"{Width}-{(Dark ? "dark" : "light")}";
}

/// <summary>
/// The one site the browser tests share (those that need other content start their own): the reference entry
/// of 12 June 2018 with a gallery photo that cannot load, a second event on the day and a birth.
/// </summary>
public sealed class BrowserSite() : SiteFixture(Create())
{
    private static SiteFactory Create()
    {
        var content = TestContent.WithReferenceEntry();
        content.Write("photos/dmz.jpg", "not an image");
        var reference = Path.Combine(content.Root, "events/06-12/2018-trump-meets-kim-jong-un.md");
        File.WriteAllText(reference, File.ReadAllText(reference).Replace("related:\n", "gallery:\n  - src: photos/dmz.jpg\n    alt: Two leaders at the border\n    caption: The third meeting, at the DMZ\n    photographer: A photographer\n    license: Public domain\n    width: 800\n    height: 533\nrelated:\n", StringComparison.Ordinal));
        content.WriteEntry("1987-06-12", "reagan", "Reagan Speaks at the Brandenburg Gate", "tags: [diplomacy]\n");
        content.WriteEntry("1929-06-12", "anne-frank", "Anne Frank Is Born", "kind: birth\n");
        return new SiteFactory(content).StartOnRealPort();
    }
}

/// <summary>The browser tests: one Chromium and one site for them all.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
