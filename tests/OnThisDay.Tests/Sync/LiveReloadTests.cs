using Microsoft.Extensions.DependencyInjection;
using System.Net;
using OnThisDay.Tests.Support;
using OnThisDay.Web.Sync;

namespace OnThisDay.Tests.Sync;

public sealed class LiveReloadTests
{
    private const string Path = "events/07-20/1969-moon-landing.md";

    private static string Entry(string title, string extra = "") =>
        $"---\ntitle: {title}\ndate: 1969-07-20\nsummary: Summary.\n{extra}---\nBody text.\n";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EditorLoop_NewBrokenFixedDeleted_IsReflectedWithoutRestart(bool polling)
    {
        var settings = new Dictionary<string, string?> { ["Content:UsePolling"] = polling ? "true" : "false", ["Content:PollIntervalMilliseconds"] = "200" };
        var log = new CapturedLog();
        using var factory = new SiteFactory(settings: settings, services: s => s.AddSingleton<Serilog.Core.ILogEventSink>(log));
        var client = factory.CreateClient();
        var address = "/events/1969-07-20-moon-landing";
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(address)).StatusCode);

        // A new entry appears.
        factory.Content.Write(Path, Entry("Apollo 11 Lands"));
        await Eventually.TrueAsync(async () => (await client.GetAsync(address)).StatusCode == HttpStatusCode.OK, "new entry published", 5_000 + (polling ? 2_000 : 0));

        // Saved broken: the last good version stays, and the problem is recorded with its position.
        factory.Content.Write(Path, "---\ntitle: Apollo 11 Lands Again\ndate: 1969-07-32\nsummary: S.\n---\nBody.\n");
        var state = (ReadModelState)factory.Services.GetService(typeof(ReadModelState))!;
        var version = state.Version;
        // Waits for the sync's own report (a later poll that finds nothing new would hide a count).
        await Eventually.TrueAsync(() => Task.FromResult(log.Contains(Serilog.Events.LogEventLevel.Warning,
            "Keeping the last good version of content/events/07-20/1969-moon-landing.md")), "broken version seen");
        var kept = await client.GetDocumentAsync(address);
        Assert.Equal("Apollo 11 Lands", kept.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(version, state.Version);

        // Fixed: the fix is shown.
        factory.Content.Write(Path, Entry("Apollo 11 Lands on the Moon"));
        await Eventually.TrueAsync(async () =>
            (await client.GetDocumentAsync(address)).QuerySelector("h1")?.TextContent.Trim() == "Apollo 11 Lands on the Moon", "fix shown");

        // Deleted: gone.
        File.Delete(System.IO.Path.Combine(factory.Content.Root, Path));
        await Eventually.TrueAsync(async () => (await client.GetAsync(address)).StatusCode == HttpStatusCode.NotFound, "deleted entry gone");
    }

    [Fact]
    public async Task BrokenVersion_IsReportedOnceWithFileLineAndColumn()
    {
        using var factory = new SiteFactory(environment: "Development");
        var client = factory.CreateClient();
        factory.Content.Write(Path, Entry("Apollo 11 Lands"));
        await Eventually.TrueAsync(async () => (await client.GetAsync("/events/1969-07-20-moon-landing")).StatusCode == HttpStatusCode.OK, "published");

        factory.Content.Write(Path, "---\ntitle: Apollo\ndate: 1969-07-20\nsummary: S.\nkind: rocket\n---\nBody.\n");

        await Eventually.TrueAsync(async () =>
            (await client.GetDocumentAsync("/editor")).QuerySelector(".editor-table__diagnostics code")?.TextContent
                .StartsWith("content/events/07-20/1969-moon-landing.md:5:7: error:", StringComparison.Ordinal) == true,
            "diagnostic listed on the editors' page");
    }

    [Fact]
    public async Task RenamedFile_MovesTheEntry()
    {
        using var factory = new SiteFactory();
        var client = factory.CreateClient();
        factory.Content.Write(Path, Entry("Apollo 11 Lands"));
        await Eventually.TrueAsync(async () => (await client.GetAsync("/events/1969-07-20-moon-landing")).StatusCode == HttpStatusCode.OK, "published");

        File.Move(System.IO.Path.Combine(factory.Content.Root, Path), System.IO.Path.Combine(factory.Content.Root, "events/07-20/1969-apollo-11.md"));

        await Eventually.TrueAsync(async () => (await client.GetAsync("/events/1969-07-20-apollo-11")).StatusCode == HttpStatusCode.OK
            && (await client.GetAsync("/events/1969-07-20-moon-landing")).StatusCode == HttpStatusCode.NotFound, "moved");
    }

    [Fact]
    public async Task TwoHundredFilesAtOnce_EndInOneConsistentResultAfterFewSyncs()
    {
        using var factory = new SiteFactory();
        var client = factory.CreateClient();
        var state = (ReadModelState)factory.Services.GetService(typeof(ReadModelState))!;
        var before = state.Version;

        for (var i = 0; i < 200; i++)
        {
            var day = (i % 28) + 1;
            factory.Content.Write($"events/01-{day:00}/{1800 + i}-bulk-{i}.md",
                $"---\ntitle: Bulk {i}\ndate: {1800 + i}-01-{day:00}\nsummary: S.\ntags: [science]\n---\nBody {i}.\n");
        }

        await Eventually.TrueAsync(async () =>
            (await client.GetDocumentAsync("/tags/science")).QuerySelector(".tag-page__count")?.TextContent.StartsWith("200 stories", StringComparison.Ordinal) == true,
            "all 200 entries published", 20_000);
        var syncs = state.Version - before;
        Assert.InRange(syncs, 1, 20);
        var calendar = await client.GetDocumentAsync("/calendar");
        Assert.Equal(200, calendar.QuerySelectorAll("a[href^='/january/'] .calendar__count").Sum(c => int.TryParse(c.TextContent, out var n) ? n : 0));
    }

    [Fact]
    public async Task ChangedTagVocabulary_IsReflectedOnTagPages()
    {
        using var factory = new SiteFactory();
        var client = factory.CreateClient();
        factory.Content.Write("tags.yml", "- tag: diplomacy\n  label: Statecraft\n  description: Renamed.\n");

        await Eventually.TrueAsync(async () => (await client.GetDocumentAsync("/tags/diplomacy")).QuerySelector("h1")?.TextContent == "Statecraft", "label changed");
    }
}
