using OnThisDay.Web.Entries;

namespace OnThisDay.Tests.Entries;

/// <summary>The sync's rules as a pure function: facts in, a plan out, no host, disk or database.</summary>
public sealed class SyncPlannerTests
{
    private static readonly EntryParser Parser = new(Path.GetTempPath());
    private static readonly DateTime Written = new(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    private static EntryFile File(string path, string date, string title, string extra = "", string body = "Body.\n")
    {
        var text = $"---\ntitle: {title}\ndate: {date}\nsummary: S.\n{extra}---\n{body}";
        return new EntryFile(path, text, Hash(text), Written) { Length = text.Length, ReadUtc = Written.AddMinutes(1) };
    }

    private static string Hash(string text) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    private static PublishedEntry Published(string path, string slug, int month, int day, bool featured = false, params string[] aliases) =>
        new(slug, path, month, day, featured, false, aliases);

    private static Dictionary<string, KnownFile> Known(params (string Path, string Hash)[] files) =>
        files.ToDictionary(f => f.Path, f => new KnownFile(f.Hash, f.Hash, 10, Written, Written.AddMinutes(1)));

    [Fact]
    public void NewFile_IsAdded()
    {
        var file = File("events/07-20/1969-moon.md", "1969-07-20", "Moon");

        var plan = SyncPlanner.Plan([file], [], Known(), new Dictionary<string, PublishedEntry>(), Parser);

        var planned = Assert.Single(plan.Files);
        Assert.Equal("1969-07-20-moon", planned.Document!.Slug);
        Assert.Equal((1, 0, 0), (plan.Added, plan.Updated, plan.Broken));
        Assert.Equal(file.Hash, planned.PublishedHash);
        Assert.True(planned.IsNewVersion);
    }

    [Fact]
    public void BrokenEditOfAPublishedFile_KeepsItsEvent()
    {
        var path = "events/07-20/1969-moon.md";
        var broken = File(path, "1969-07-32", "Moon");
        var published = new Dictionary<string, PublishedEntry> { [path] = Published(path, "1969-07-20-moon", 7, 20) };

        var plan = SyncPlanner.Plan([broken], [], Known((path, "old")), published, Parser);

        var planned = Assert.Single(plan.Files);
        Assert.Null(planned.Document);
        Assert.Null(planned.PublishedHash);
        Assert.True(planned.WasPublished);
        Assert.Empty(plan.DeletedEvents);
        Assert.Equal(1, plan.Broken);
    }

    [Fact]
    public void RemovedFile_DeletesItsEvent_AndReportsTheLostAddress()
    {
        var path = "events/07-20/1969-moon.md";
        var published = new Dictionary<string, PublishedEntry> { [path] = Published(path, "1969-07-20-moon", 7, 20) };

        var plan = SyncPlanner.Plan([], [path], Known((path, "h")), published, Parser);

        Assert.Equal([path], plan.DeletedEvents);
        Assert.Equal([path], plan.RemovedFiles);
        Assert.Equal(["1969-07-20-moon"], plan.LostAddresses);
    }

    [Fact]
    public void MoveToTheWrongDayFolder_KeepsThePublishedEvent()
    {
        var from = "events/07-20/1969-moon.md";
        var moved = File("events/07-21/1969-moon.md", "1969-07-20", "Moon");
        var published = new Dictionary<string, PublishedEntry> { [from] = Published(from, "1969-07-20-moon", 7, 20) };

        var plan = SyncPlanner.Plan([moved], [from], Known((from, moved.Hash)), published, Parser);

        Assert.Equal(moved.RelativePath, plan.Moves[from]);
        Assert.Empty(plan.DeletedEvents);
        Assert.Empty(plan.LostAddresses);
        var planned = Assert.Single(plan.Files);
        Assert.Contains(planned.Diagnostics, d => d.Code == EntryRules.DateMismatch);
        Assert.Equal(moved.Hash, planned.PublishedHash);
    }

    [Fact]
    public void RenameWithAnAlias_LosesNoAddress()
    {
        var from = "events/07-20/1969-moon.md";
        var renamed = File("events/07-20/1969-apollo.md", "1969-07-20", "Apollo", "aliases: [/events/1969-07-20-moon]\n");
        var published = new Dictionary<string, PublishedEntry> { [from] = Published(from, "1969-07-20-moon", 7, 20) };

        var plan = SyncPlanner.Plan([renamed], [from], Known((from, "h")), published, Parser);

        Assert.Equal([from], plan.DeletedEvents);
        Assert.Empty(plan.LostAddresses);
        Assert.Equal(1, plan.Added);
    }

    [Fact]
    public void SecondFeaturedOnAPublishedDay_IsBrokenAndPublishesNothing()
    {
        var path = "events/07-20/1969-moon.md";
        var published = new Dictionary<string, PublishedEntry> { [path] = Published(path, "1969-07-20-moon", 7, 20, featured: true) };
        var second = File("events/07-20/1976-viking.md", "1976-07-20", "Viking", "featured: true\n");

        var plan = SyncPlanner.Plan([second], [], Known((path, "h")), published, Parser);

        Assert.Null(Assert.Single(plan.Files).Document);
        Assert.Contains(plan.Files[0].Diagnostics, d => d.Code == EntryRules.FeaturedTwice);
    }

    [Theory]
    [InlineData(10, 0, 60, true)]
    [InlineData(11, 0, 60, false)]
    [InlineData(10, 1, 60, false)]
    [InlineData(10, 0, 1, false)]
    public void IsUnchanged_TrustsSizeAndTimeOnlyWhenTheReadWasWellAfterTheWrite(long length, int minutesLater, int secondsReadAfterWrite, bool expected)
    {
        var known = new KnownFile("h", "h", 10, Written, Written.AddSeconds(secondsReadAfterWrite));
        var scanned = new ScannedFile("events/07-20/1969-moon.md", length, Written.AddMinutes(minutesLater));

        Assert.Equal(expected, SyncPlanner.IsUnchanged(known, scanned));
    }

    [Fact]
    public void FileUnreadableLastTime_IsNeverTrustedUnchanged()
    {
        var known = new KnownFile(ContentFolder.UnreadableHash, null, 10, Written, Written.AddHours(1));

        Assert.False(SyncPlanner.IsUnchanged(known, new ScannedFile("events/07-20/1969-moon.md", 10, Written)));
    }
}
