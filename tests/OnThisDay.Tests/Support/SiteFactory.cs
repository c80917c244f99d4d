using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace OnThisDay.Tests.Support;

/// <summary>
/// The site on a temporary content folder and a temporary database, with a fixed clock.
/// Each factory owns its folder and deletes it when disposed.
/// </summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    public SiteFactory(TestContent? content = null, DateTimeOffset? now = null, string environment = "Production",
        IDictionary<string, string?>? settings = null, bool keepFiles = false,
        Action<IServiceCollection>? services = null)
    {
        _services = services;
        _keepFiles = keepFiles;
        Content = content ?? TestContent.WithReferenceEntry();
        Clock = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 6, 12, 9, 0, 0, TimeSpan.Zero));
        Environment = environment;
        Settings = settings ?? new Dictionary<string, string?>();
        DatabasePath = Path.Combine(Content.Root, "..", Path.GetFileName(Content.Root) + ".db");
    }

    public TestContent Content { get; }
    public FakeTimeProvider Clock { get; }
    public string Environment { get; }
    public string DatabasePath { get; }
    private IDictionary<string, string?> Settings { get; }
    private readonly bool _keepFiles;
    private readonly Action<IServiceCollection>? _services;

    /// <summary>The site's address when it runs on Kestrel (after <see cref="StartOnRealPort"/>).</summary>
    public Uri ServerAddress =>
        new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>Starts the site on a free loopback port, for browser tests.</summary>
    public SiteFactory StartOnRealPort()
    {
        UseKestrel(0);
        StartServer();
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Content:Path", Content.Root);
        builder.UseSetting("ConnectionStrings:OnThisDay", $"Data Source={DatabasePath}");
        builder.UseSetting("Site:BaseUrl", "https://onthisday.example");
        builder.UseSetting("Content:DebounceMilliseconds", "50");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            _services?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !_keepFiles)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(DatabasePath + suffix);
            }
            Content.Dispose();
        }
    }
}
