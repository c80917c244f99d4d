using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using OnThisDay.Web.Dates;
using OnThisDay.Web.Site;

namespace OnThisDay.Web.Pages.Errors;

/// <summary>The page shown for an error status: for a day that does not exist, links to the nearest days that do.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : SitePageModel
{
    public int Code { get; private set; }
    public string? RequestId { get; private set; }
    public IReadOnlyList<(int Month, int Day)> NearestDays { get; private set; } = [];

    public IActionResult OnGet(int code) => Show(code);

    public IActionResult OnPost(int code) => Show(code);

    private IActionResult Show(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath;
        if (original is null && HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } failed)
        {
            original = failed.Path;
            Code = 500;
        }
        RequestId = HttpContext.TraceIdentifier;
        if (Code == 404 && original is not null)
        {
            NearestDays = Nearest(original);
        }
        Response.StatusCode = Code;
        Meta = new PageMeta(SiteTitle(Code == 404 ? "Page not found" : "Something went wrong"),
            Code == 404 ? "There is no page at this address." : "The page could not be shown.", original ?? "/")
        { NoIndex = true };
        return Page();
    }

    /// <summary>For an address like /february/30 or /13/1, the valid days closest to what was asked for.</summary>
    public static IReadOnlyList<(int Month, int Day)> Nearest(string path)
    {
        var parts = path.Trim('/').Split('/');
        if (parts.Length != 2 || parts[1].Length > 3 || !int.TryParse(parts[1], out var day))
        {
            return [];
        }
        var month = CalendarDays.ParseMonth(parts[0]);
        if (month is null && int.TryParse(parts[0], out var m) && m > 12 && m < 100)
        {
            month = 12;
        }
        if (month is null)
        {
            return [];
        }
        if (day < 1)
        {
            var before = CalendarDays.Previous(month.Value, 1);
            return [before, (month.Value, 1)];
        }
        var last = CalendarDays.DaysInMonth(month.Value);
        if (day > last)
        {
            return [(month.Value, last), CalendarDays.Next(month.Value, last)];
        }
        return [(month.Value, day)];
    }
}
