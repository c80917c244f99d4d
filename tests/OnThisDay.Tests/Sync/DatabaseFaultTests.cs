using System.Data.Common;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OnThisDay.Tests.Support;
using OnThisDay.Web.Data;
using OnThisDay.Web.Sync;

namespace OnThisDay.Tests.Sync;

public sealed class DatabaseFaultTests
{
    private const string Summit = "/events/2018-06-12-trump-meets-kim-jong-un";

    /// <summary>Refuses to start a write transaction while switched on, as SQLite does for a read-only database file.</summary>
    private sealed class ReadOnlyDatabase : DbTransactionInterceptor
    {
        public volatile bool On;
        public int Refused;

        public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
            InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            if (On)
            {
                Interlocked.Increment(ref Refused);
                throw new SqliteException("attempt to write a readonly database", 8);
            }
            return ValueTask.FromResult(result);
        }
    }

    [Fact]
    public async Task ReadOnlyDatabase_SyncRecoversByItselfOnceWritable_AndHealthSaysSoMeanwhile()
    {
        var fault = new ReadOnlyDatabase();
        using var factory = new SiteFactory(
            settings: new Dictionary<string, string?> { ["Content:RetryMilliseconds"] = "200" },
            services: s => s.AddSingleton<IInterceptor>(fault));
        var client = factory.CreateClient();
        var state = factory.Services.GetRequiredService<ReadModelState>();
        Assert.Equal("Healthy", await client.GetStringAsync("/healthz"));

        fault.On = true;
        factory.Content.WriteEntry("2001-06-12", "written-while-read-only", "Written While Read Only");
        await Eventually.TrueAsync(() => Task.FromResult(state.LastFailure is not null), "the failed sync is recorded");

        Assert.Equal("Degraded", await client.GetStringAsync("/healthz"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Summit)).StatusCode);
        var refusedWhileOn = fault.Refused;
        await Eventually.TrueAsync(() => Task.FromResult(fault.Refused > refusedWhileOn), "the sync is retried without any file changing");

        fault.On = false;
        await Eventually.TrueAsync(async () => (await client.GetAsync("/events/2001-06-12-written-while-read-only")).StatusCode == HttpStatusCode.OK,
            "the change written during the fault is published once the database is writable");
        Assert.Equal("Healthy", await client.GetStringAsync("/healthz"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Summit)).StatusCode);
    }

    [Fact]
    public async Task GarbageDatabase_NeverAnswers500Or404_AndIsRebuiltBesideTheOld()
    {
        using var factory = new SiteFactory(settings: new Dictionary<string, string?> { ["RateLimits:Enabled"] = "false" });
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Summit)).StatusCode);

        SqliteConnection.ClearAllPools();
        await File.WriteAllBytesAsync(factory.DatabasePath, [.. Enumerable.Repeat((byte)0x42, 8192)]);
        File.Delete(factory.DatabasePath + "-wal");
        File.Delete(factory.DatabasePath + "-shm");

        var seen = new List<HttpStatusCode>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            // A new query each time (the same word in another case), so every request reads the database.
            var word = new string([.. "singapore".Select((c, i) => ((seen.Count >> i) & 1) == 1 ? char.ToUpperInvariant(c) : c)]);
            using var response = await client.GetAsync("/search?q=" + word);
            seen.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                // Never an empty read model: every answer that is not 503 still finds the story.
                Assert.NotEmpty((await Html.ParseAsync(response)).QuerySelectorAll(".results li"));
            }
            if (response.StatusCode == HttpStatusCode.OK && seen.Count > 1)
            {
                break;
            }
            await Task.Delay(20);
        }

        Assert.Equal(HttpStatusCode.OK, seen[^1]);
        Assert.All(seen, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"answered {(int)s}"));
        Assert.Contains(HttpStatusCode.ServiceUnavailable, seen);
        Assert.Equal("Healthy", await client.GetStringAsync("/healthz"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Summit)).StatusCode);
        Assert.False(File.Exists(factory.DatabasePath + ".new"));
    }

    [Fact]
    public async Task DatabaseThatCannotBeOpenedRightNow_IsNotDeletedAtStart()
    {
        using var content = TestContent.WithReferenceEntry();
        using (var first = new SiteFactory(content, keepFiles: true))
        {
            Assert.Equal(HttpStatusCode.OK, (await first.CreateClient().GetAsync(Summit)).StatusCode);
        }
        var path = Path.Combine(content.Root, "..", Path.GetFileName(content.Root) + ".db");
        SqliteConnection.ClearAllPools();
        // Another process holding the file exclusively: SQLite answers "busy", as it answers "read-only" for a file
        // without write permission. Neither is damage, and deleting the file would lose nothing but help nothing.
        using (var holder = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            holder.Open();
            using var command = holder.CreateCommand();
            command.CommandText = "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; UPDATE Events SET Title = Title;";
            command.ExecuteNonQuery();

            var database = new ReadModelDatabase($"Data Source={path};Default Timeout=1;Pooling=False",
                Microsoft.Extensions.Logging.Abstractions.NullLogger<ReadModelDatabase>.Instance);

            Assert.False(database.EnsureReady());
            Assert.False(database.Check()!.Damaged);
            command.CommandText = "COMMIT";
            command.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();

        using var second = new SiteFactory(content, keepFiles: true, settings: new Dictionary<string, string?> { ["Content:Watch"] = "false" });
        Assert.Equal(HttpStatusCode.OK, (await second.CreateClient().GetAsync(Summit)).StatusCode);
        Assert.Equal(0, second.Services.GetRequiredService<ReadModelState>().LastResult!.Added);
    }

    [Fact]
    public async Task CancelledQuery_IsInterruptedInsideSqlite()
    {
        using var factory = new SiteFactory();
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<OnThisDayDb>>().CreateDbContextAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<SqliteException>(async () =>
        {
            await using var interrupt = await db.InterruptOnCancelAsync(cancel.Token);
            // Counts for ever unless interrupted.
            await db.Database.SqlQueryRaw<long>("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) AS Value FROM n").SingleAsync(CancellationToken.None);
        });

        Assert.True(error.IsInterrupt());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }
}
