using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using OnThisDay.Web.Data;
using OnThisDay.Web.Sync;

namespace OnThisDay.Web.Site;

public static class SiteExtensions
{
    /// <summary>Options, the site clock and the Razor Pages of the public site.</summary>
    public static WebApplicationBuilder AddSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiteOptions>()
            .BindConfiguration(SiteOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SiteClock>();
        builder.Services.AddRazorPages(o => o.Conventions.AddPageRoute("/Days/Day", ""));
        builder.Services.AddOutputCache();
        return builder;
    }

    /// <summary>Error pages, old addresses, photos, static files and the pages, in the order requests meet them.</summary>
    public static WebApplication UseSite(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/errors/500");
        }
        app.UseStatusCodePagesWithReExecute("/errors/{0}");
        app.UseStaticFiles();
        var content = app.Services.GetRequiredService<IOptions<ContentOptions>>().Value;
        var photos = Path.Combine(content.Path, "photos");
        Directory.CreateDirectory(photos);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(photos), RequestPath = "/photos" });
        app.UseRouting();
        app.UseCors();
        app.UseOutputCache();
        app.UseAliasRedirects();
        app.MapRazorPages();
        app.MapHealthChecks("/healthz");
        return app;
    }

    /// <summary>An old address listed in an entry's <c>aliases</c> answers 301 to the entry; anything else stays 404.</summary>
    private static void UseAliasRedirects(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            await next(context);
            if (context.Response.StatusCode == StatusCodes.Status404NotFound && !context.Response.HasStarted
                && HttpMethods.IsGet(context.Request.Method) && context.Request.Path.Value is { Length: > 1 and < 300 } path)
            {
                var db = context.RequestServices.GetRequiredService<OnThisDayDb>();
                var slug = await db.AliasTargetAsync(path, app.Environment.IsDevelopment(), context.RequestAborted);
                if (slug is not null)
                {
                    context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                    context.Response.Headers.Location = "/events/" + slug;
                }
            }
        });
}
