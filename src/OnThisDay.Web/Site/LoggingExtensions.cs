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
            .WriteTo.Async(sink => sink.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)));
        return builder;
    }

    /// <summary>One line per request, with its status and time.</summary>
    public static WebApplication UseSiteRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging();
        return app;
    }
}
