using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OnThisDay.Tests.Support;
using OnThisDay.Web.Entries;
using OnThisDay.Web.Sync;
using Serilog.Core;
using Serilog.Events;

namespace OnThisDay.Tests.Sync;

/// <summary>
/// A read error never unpublishes anything: faults are injected through <see cref="FaultyFiles"/> (chmod does
/// not stop root, who runs CI), syncs are run by the test, and every published page is checked afterwards.
/// </summary>
public sealed class ReadFaultTests
{
    private const string Summit = "/events/2018-06-12-trump-meets-kim-jong-un";
    private const string Second = "/events/1969-06-13-second-story";

    private sealed class Site : IDisposable
    {
        public Site(TestContent? content = null, bool keepFiles = false, IDictionary<string, string?>? settings = null)
        {
            Files = new FaultyFiles();
            Log = new CapturedLog();
            var all = new Dictionary<string, string?> { ["Content:Watch"] = "false" };
            foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
            {
                all[k] = v;
            }
            Factory = new SiteFactory(content ?? Content(), settings: all, keepFiles: keepFiles, services: s =>
            {
                s.AddSingleton<IContentFiles>(Files);
                s.AddSingleton<ILogEventSink>(Log);
            });
            Client = Factory.CreateClient();
        }

        public FaultyFiles Files { get; }
        public CapturedLog Log { get; }
        public SiteFactory Factory { get; }
        public HttpClient Client { get; }
        public string Root => Factory.Content.Root;
        public ContentSync Sync => Factory.Services.GetRequiredService<ContentSync>();

        public async Task<string> HealthAsync() => await (await Client.GetAsync("/healthz")).Content.ReadAsStringAsync();

        public async Task AssertAllPublishedAsync()
        {
            Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(Summit)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(Second)).StatusCode);
            var feedAndSitemap = await Client.GetStringAsync("/sitemap.xml");
            Assert.Contains("2018-06-12-trump-meets-kim-jong-un", feedAndSitemap, StringComparison.Ordinal);
            Assert.Contains("1969-06-13-second-story", feedAndSitemap, StringComparison.Ordinal);
        }

        public void Dispose() => Factory.Dispose();
    }

    private static TestContent Content()
    {
        var content = TestContent.WithReferenceEntry();
        content.WriteEntry("1969-06-13", "second-story", "Second Story", "featured: true\n");
        return content;
    }

    [Theory]
    [InlineData("")]
    [InlineData("events")]
    [InlineData("tags.yml")]
    public async Task UnreadableRootEventsOrTags_SyncChangesNothingAndHealthIsDegraded(string what)
    {
        using var site = new Site();
        await site.AssertAllPublishedAsync();
        Assert.Equal("Healthy", await site.HealthAsync());

        var path = Path.Combine(site.Root, what);
        site.Files.Break(path);
        var result = await site.Sync.SyncAsync();

        Assert.NotNull(result.Failure);
        Assert.Equal(0, result.Removed);
        await site.AssertAllPublishedAsync();
        Assert.Equal("Degraded", await site.HealthAsync());
        Assert.True(site.Log.At(LogEventLevel.Error).Count > 0);

        site.Files.Heal(path);
        Assert.Null((await site.Sync.SyncAsync()).Failure);
        Assert.Equal("Healthy", await site.HealthAsync());
    }

    [Fact]
    public async Task UnreadableDayFolder_KeepsItsEntriesWhileOthersUpdate()
    {
        using var site = new Site();
        site.Files.Break(Path.Combine(site.Root, "events/06-13"));
        site.Factory.Content.WriteEntry("2001-06-12", "new-story", "A New Story");

        var result = await site.Sync.SyncAsync();

        Assert.Null(result.Failure);
        Assert.Equal(1, result.Added);
        Assert.Equal(0, result.Removed);
        Assert.Contains("events/06-13", result.Unreadable);
        await site.AssertAllPublishedAsync();
        Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync("/events/2001-06-12-new-story")).StatusCode);
        Assert.Equal("Degraded", await site.HealthAsync());
        Assert.Contains(site.Log.At(LogEventLevel.Error), l => l.StartsWith("content/events/06-13:1:1: error: the folder cannot be read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnreadableEntryFile_IsCountedBrokenWithADiagnosticAndKeepsItsPage()
    {
        using var site = new Site();
        var file = Path.Combine(site.Root, "events/06-13/1969-second-story.md");
        File.AppendAllText(file, "An edit that cannot be read yet.\n");
        site.Files.Break(file);

        var result = await site.Sync.SyncAsync();

        Assert.Equal(1, result.Broken);
        Assert.Equal(0, result.Removed);
        await site.AssertAllPublishedAsync();
        Assert.Contains(site.Log.At(LogEventLevel.Error), l => l.StartsWith("content/events/06-13/1969-second-story.md:1:1: error: the file cannot be read", StringComparison.Ordinal));
        Assert.Equal("Degraded", await site.HealthAsync());
    }

    [Fact]
    public async Task InvalidUtf8_IsBrokenWithItsPositionAndKeepsTheLastGoodVersion()
    {
        using var site = new Site();
        var file = Path.Combine(site.Root, "events/06-13/1969-second-story.md");
        var bytes = File.ReadAllBytes(file).ToList();
        bytes.InsertRange(bytes.Count - 3, new byte[] { 0xC3, 0x28 });
        File.WriteAllBytes(file, [.. bytes]);

        var result = await site.Sync.SyncAsync();

        Assert.Equal(1, result.Broken);
        await site.AssertAllPublishedAsync();
        Assert.Contains(site.Log.At(LogEventLevel.Error), l => l.Contains("1969-second-story.md:", StringComparison.Ordinal) && l.Contains("not valid UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InvalidUtf8_AfterARebuild_IsCountedBrokenNotUnchanged()
    {
        using var content = Content();
        var file = Path.Combine(content.Root, "events/06-13/1969-second-story.md");
        File.WriteAllBytes(file, [.. File.ReadAllBytes(file), 0xFF]);
        using var site = new Site(content, keepFiles: true);

        var state = site.Factory.Services.GetRequiredService<ReadModelState>();

        Assert.Equal(1, state.LastResult!.Broken);
        Assert.Contains(site.Log.At(LogEventLevel.Error), l => l.Contains("not valid UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Restart_WithUnreadableContent_StartsAndServesTheExistingReadModel()
    {
        using var content = Content();
        using (var first = new Site(content, keepFiles: true))
        {
            await first.AssertAllPublishedAsync();
        }

        var faulty = new FaultyFiles();
        faulty.Break(Path.Combine(content.Root, "events"));
        using var second = new SiteFactory(content, keepFiles: true, services: s => s.AddSingleton<IContentFiles>(faulty));
        var client = second.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Summit)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Second)).StatusCode);
        Assert.Equal("Degraded", await (await client.GetAsync("/healthz")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Restart_WithOneUnreadableFolder_StartsAndKeepsThatFoldersEntries()
    {
        using var content = Content();
        using (var first = new Site(content, keepFiles: true))
        {
            await first.AssertAllPublishedAsync();
        }

        var faulty = new FaultyFiles();
        faulty.Break(Path.Combine(content.Root, "events/06-13"));
        faulty.Break(Path.Combine(content.Root, "tags.yml"));
        using var second = new SiteFactory(content, keepFiles: true, services: s => s.AddSingleton<IContentFiles>(faulty));
        var client = second.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Summit)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Second)).StatusCode);
    }

    [Fact]
    public async Task MovedToTheWrongDayFolder_KeepsThePageAndFixingItMovesTheEntry()
    {
        using var site = new Site();
        var from = Path.Combine(site.Root, "events/06-13/1969-second-story.md");
        var to = Path.Combine(site.Root, "events/06-14/1969-second-story.md");
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Move(from, to);

        var result = await site.Sync.SyncAsync();

        Assert.Equal(0, result.Removed);
        Assert.Equal(1, result.Broken);
        await site.AssertAllPublishedAsync();
        Assert.Contains(site.Log.At(LogEventLevel.Error), l => l.Contains("[OTD005]", StringComparison.Ordinal));
        Assert.Contains(site.Log.At(LogEventLevel.Warning), l => l.Contains("moved to content/events/06-14/1969-second-story.md", StringComparison.Ordinal));

        // Fixed in its new place: the entry of the new date replaces the kept one, and the lost address is reported.
        File.WriteAllText(to, File.ReadAllText(to).Replace("date: 1969-06-13", "date: 1969-06-14", StringComparison.Ordinal));
        await site.Sync.SyncAsync();

        Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync("/events/1969-06-14-second-story")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync(Second)).StatusCode);
        Assert.Contains(site.Log.At(LogEventLevel.Warning), l => l.Contains("/events/1969-06-13-second-story is gone", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RenamedWithAnAlias_DoesNotWarnAboutTheOldAddress()
    {
        using var site = new Site();
        var from = Path.Combine(site.Root, "events/06-13/1969-second-story.md");
        var text = File.ReadAllText(from).Replace("featured: true\n", "featured: true\naliases: [/events/1969-06-13-second-story]\n", StringComparison.Ordinal);
        File.Delete(from);
        File.WriteAllText(Path.Combine(site.Root, "events/06-13/1969-renamed-story.md"), text);

        await site.Sync.SyncAsync();

        var redirect = await site.Factory.CreateNoRedirectClient().GetAsync(Second);
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.DoesNotContain(site.Log.At(LogEventLevel.Warning), l => l.Contains("is gone", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnchangedFile_IsKnownByItsSizeAndTime_WithoutBeingRead()
    {
        using var site = new Site();
        var file = Path.Combine(site.Root, "events/06-13/1969-second-story.md");
        // Written long ago: no later write can hide in the same timestamp tick.
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        await site.Sync.SyncAsync();
        var reads = site.Files.Reads.GetValueOrDefault(file);

        var unchanged = await site.Sync.SyncAsync();

        Assert.Equal(reads, site.Files.Reads.GetValueOrDefault(file));
        Assert.False(unchanged.Changed);

        // The same size with another time is read, and a real change is published.
        var text = File.ReadAllText(file).Replace("Second Story", "Second Tale", StringComparison.Ordinal);
        File.WriteAllText(file, text);
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-30));
        var edited = await site.Sync.SyncAsync();

        Assert.Equal(reads + 1, site.Files.Reads.GetValueOrDefault(file));
        Assert.Equal(1, edited.Updated);
        Assert.Equal("Second Tale", (await site.Client.GetDocumentAsync(Second)).QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task FileReadJustAfterItsLastWrite_IsReadAgain()
    {
        using var site = new Site();
        var file = Path.Combine(site.Root, "events/06-13/1969-second-story.md");
        File.AppendAllText(file, "More.\n");
        await site.Sync.SyncAsync();
        var reads = site.Files.Reads.GetValueOrDefault(file);

        await site.Sync.SyncAsync();

        Assert.Equal(reads + 1, site.Files.Reads.GetValueOrDefault(file));
    }

    [Fact]
    public async Task Restart_ServesTheExistingReadModelWhileTheStartUpCheckRuns()
    {
        using var content = Content();
        using (var first = new Site(content, keepFiles: true))
        {
            await first.AssertAllPublishedAsync();
        }
        var file = Path.Combine(content.Root, "events/06-13/1969-second-story.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("Second Story", "Second Tale", StringComparison.Ordinal));
        var slow = new FaultyFiles();
        slow.ReadsAllowed.Reset();

        using var second = new SiteFactory(content, keepFiles: true, settings: new Dictionary<string, string?> { ["Content:Watch"] = "false" },
            services: s => s.AddSingleton<IContentFiles>(slow));
        var client = second.CreateClient();

        // Answered from the read model of the last run while the check waits on the disk.
        Assert.Equal("Second Story", (await client.GetDocumentAsync(Second)).QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Healthy", await client.GetStringAsync("/healthz"));

        slow.ReadsAllowed.Set();
        await Eventually.TrueAsync(async () => (await client.GetDocumentAsync(Second)).QuerySelector("h1")?.TextContent.Trim() == "Second Tale",
            "the start-up check's changes appear when it completes");
    }
}
