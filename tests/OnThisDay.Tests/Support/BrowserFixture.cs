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

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
