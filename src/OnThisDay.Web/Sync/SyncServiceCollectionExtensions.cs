using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OnThisDay.Web.Data;
using OnThisDay.Web.Dates;
using OnThisDay.Web.Entries;

namespace OnThisDay.Web.Sync;

public static class SyncServiceCollectionExtensions
{
    /// <summary>The read model (SQLite through EF Core) and the sync that fills it from content/.</summary>
    public static WebApplicationBuilder AddReadModel(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ContentOptions>()
            .BindConfiguration(ContentOptions.Section)
            .PostConfigure<IHostEnvironment>((o, env) => o.Path = ContentOptions.Resolve(o.Path, env.ContentRootPath))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        ReadModelDatabase.ConfigureSqlite();
        var connectionString = builder.Configuration.GetConnectionString("OnThisDay")
            ?? $"Data Source={Path.Combine(AppContext.BaseDirectory, "App_Data", "onthisday.db")}";
        builder.Services.AddSingleton(sp => new ReadModelDatabase(connectionString, sp.GetRequiredService<ILogger<ReadModelDatabase>>()));
        // Interceptors registered as services (none by default) see every command: tests inject database faults this way.
        builder.Services.AddPooledDbContextFactory<OnThisDayDb>((sp, o) => o
            .UseSqlite(connectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()));
        builder.Services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<OnThisDayDb>>().CreateDbContext());

        builder.Services.AddSingleton<IContentFiles>(PhysicalContentFiles.Instance);
        builder.Services.AddSingleton<ReadModelState>();
        builder.Services.AddSingleton<AddressMap>();
        builder.Services.AddSingleton<PageReads>();
        builder.Services.AddSingleton<Search.SearchService>();
        builder.Services.AddSingleton<ContentSync>();
        builder.Services.AddHostedService<ContentSyncService>();
        builder.Services.AddHealthChecks().AddCheck<ReadModelHealthCheck>("read-model");
        return builder;
    }
}
