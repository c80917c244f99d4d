using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OnThisDay.Web.Data;
using OnThisDay.Web.Site;
using OnThisDay.Web.Sync;

namespace OnThisDay.Web.Pages.Editor;

public sealed record EditorEntry(string Path, string? Slug, string? Title, bool Published, bool Draft, int Errors, int Warnings,
    IReadOnlyList<string> Diagnostics, DateTime ModifiedUtc);

/// <summary>
/// The editors' page, in Development only: every entry with its diagnostics, newest change first,
/// and the number of entries per day so that gaps stand out.
/// </summary>
public sealed class IndexModel(OnThisDayDb db, ReadModelState state, IWebHostEnvironment env) : SitePageModel
{
    public IReadOnlyList<EditorEntry> Entries { get; private set; } = [];
    public IReadOnlyDictionary<(int Month, int Day), int> PerDay { get; private set; } = new Dictionary<(int, int), int>();
    public ReadModelState State => state;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Even in Development the page lists every file's path and problems: only the machine it runs on sees it.
        if (!env.IsDevelopment() || HttpContext.Connection.RemoteIpAddress is { } address && !System.Net.IPAddress.IsLoopback(address))
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "no-store";
        var files = await db.SourceFiles.Where(f => f.Path != "tags.yml").ToListAsync(ct);
        var events = await db.Events.Select(e => new { e.SourcePath, e.Slug, e.Title, e.Draft, e.Month, e.Day }).ToListAsync(ct);
        var byPath = events.ToDictionary(e => e.SourcePath, StringComparer.Ordinal);
        Entries = [.. files
            .Select(f =>
            {
                var e = byPath.GetValueOrDefault(f.Path);
                return new EditorEntry(f.Path, e?.Slug, e?.Title, e is not null, e?.Draft ?? false, f.Errors, f.Warnings,
                    f.Diagnostics?.Split('\n') ?? [], f.ModifiedUtc);
            })
            .OrderByDescending(e => e.ModifiedUtc).ThenBy(e => e.Path, StringComparer.Ordinal)];
        PerDay = events.GroupBy(e => (e.Month, e.Day)).ToDictionary(g => g.Key, g => g.Count());
        Meta = new PageMeta(SiteTitle("Editors"), "Every entry and its diagnostics.", "/editor") { NoIndex = true };
        return Page();
    }

    public int CountOf(int month, int day) => PerDay.TryGetValue((month, day), out var n) ? n : 0;
}
