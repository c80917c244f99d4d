using Serilog;

namespace OnThisDay.Web.Site;

public static class LoggingExtensions
{
    /// <summary>Serilog, configured from the <c>Serilog</c> section, writing to the console off the request thread.</summary>
    public static WebApplicationBuilder AddSiteLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Async(sink => sink.Console(
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{RequestIdSuffix}{NewLine}{Exception}",
                formatProvider: System.Globalization.CultureInfo.InvariantCulture))
            .Enrich.With<RequestIdSuffixEnricher>(),
            // Each app keeps its own logger: with the static one, several sites in one process (tests) log into each other.
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// One line per request that needs attention: errors, client errors and slow requests. A quick success (most of
    /// them cache hits) is logged at Debug, so the hit path writes nothing at the usual level.
    /// </summary>
    public static WebApplication UseSiteRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            o.GetLevel = (context, elapsedMs, exception) =>
                exception is not null || context.Response.StatusCode >= 500 ? Serilog.Events.LogEventLevel.Error
                : elapsedMs > SlowRequestMilliseconds ? Serilog.Events.LogEventLevel.Warning
                : context.Response.StatusCode >= 400 ? Serilog.Events.LogEventLevel.Information
                : Serilog.Events.LogEventLevel.Debug;
        });
        return app;
    }

    /// <summary>A request slower than this is logged as a warning, whatever its status.</summary>
    public const double SlowRequestMilliseconds = 1000;

    /// <summary>Puts " (request {RequestId})" at the end of lines logged inside a request, so a reader's request id leads to its log lines.</summary>
    private sealed class RequestIdSuffixEnricher : Serilog.Core.ILogEventEnricher
    {
        public void Enrich(Serilog.Events.LogEvent logEvent, Serilog.Core.ILogEventPropertyFactory propertyFactory) =>
            logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("RequestIdSuffix",
                logEvent.Properties.TryGetValue("RequestId", out var id) && id is Serilog.Events.ScalarValue { Value: { } value } ? $" (request {value})" : ""));
    }
}
