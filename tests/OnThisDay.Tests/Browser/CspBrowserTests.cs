using Microsoft.Playwright;
using OnThisDay.Tests.Security;
using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Browser;

/// <summary>In a real browser: the Content-Security-Policy is never violated, and hostile entries run nothing.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CspBrowserTests(BrowserFixture browser) : IDisposable
{
    private readonly SiteFactory _site = new SiteFactory(Hostile(), environment: "Development").StartOnRealPort();

    public void Dispose() => _site.Dispose();

    private static TestContent Hostile()
    {
        var content = TestContent.WithReferenceEntry();
        for (var i = 0; i < HostilePayloads.All.Length; i++)
        {
            var quoted = "\"" + HostilePayloads.All[i].Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
            content.Write($"events/03-{(i % 28) + 1:00}/{1900 + i}-hostile-{i}.md",
                $"---\ntitle: {quoted}\ndate: {1900 + i}-03-{(i % 28) + 1:00}\nsummary: {quoted}\ntags: [diplomacy]\nrelated:\n  - date: 1950-01-01\n    text: {quoted}\n---\n{HostilePayloads.All[i]}\n\nAfter.\n");
        }
        return content;
    }

    [Fact]
    public async Task EveryPageType_HasNoCspViolationsAndHostileEntriesRunNothing()
    {
        var page = await browser.NewLocalPageAsync();
        var violations = new List<string>();
        var dialogs = 0;
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Refused to", StringComparison.Ordinal))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };
        page.Dialog += async (_, dialog) =>
        {
            dialogs++;
            await dialog.DismissAsync();
        };
        var paths = new List<string> { "/june/12", "/", "/events/2018-06-12-trump-meets-kim-jong-un", "/calendar", "/search?q=summit",
            "/tags", "/tags/diplomacy", "/february/30", "/editor", "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E" };
        paths.AddRange(Enumerable.Range(1, 28).Select(d => $"/march/{d}"));

        foreach (var path in paths)
        {
            await page.GotoAsync(new Uri(_site.ServerAddress, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            Assert.Null(await page.EvaluateAsync<object?>("() => window.__xss ?? null"));
        }

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        Assert.Equal(0, dialogs);
        await page.Context.CloseAsync();
    }
}
