using Microsoft.EntityFrameworkCore;
using OnThisDay.Web.Data;
using OnThisDay.Web.Dates;

namespace OnThisDay.Web.Search;

public sealed record SearchHit(string Slug, string Title, HistoricDate Date, string SnippetHtml)
{
    public string Url => EventAddress.Of(Slug);
}

public sealed record SearchResults(string Query, IReadOnlyList<SearchHit> Hits, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Full-text search over the FTS5 index that sync keeps in step with the events.</summary>
public static class SearchService
{
    public const int PageSize = 20;

    private sealed record Row(long Id, string Slug, string Title, int Year, int Month, int Day, string Snippet);

    /// <summary>
    /// Runs a search within <paramref name="timeLimit"/>; past it, or when the client goes away, SQLite's work is
    /// interrupted and <see cref="OperationCanceledException"/> is thrown.
    /// </summary>
    public static async Task<SearchResults> SearchAsync(this OnThisDayDb db, string query, int page, bool includeDrafts, TimeSpan timeLimit, CancellationToken ct)
    {
        var match = SearchQuery.ToMatch(query);
        if (match is null)
        {
            return new SearchResults(query, [], 0, 1, PageSize);
        }
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeLimit);
        try
        {
            await using var interrupt = await db.InterruptOnCancelAsync(limit.Token);
            return await RunAsync(db, query, match, page, includeDrafts, limit.Token);
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex) when (ex.IsInterrupt())
        {
            throw new OperationCanceledException("the search was stopped", ex, limit.Token);
        }
    }

    private sealed record Ranked(long Id, int Total);

    private static async Task<SearchResults> RunAsync(OnThisDayDb db, string query, string match, int page, bool includeDrafts, CancellationToken ct)
    {
        var drafts = includeDrafts ? 1 : 0;
        var offset = (Math.Max(1, page) - 1) * PageSize;
        // Ranking reads only the index; the count comes with it. Snippets, which read each body's text, are made
        // for the page's rows alone.
        var ranked = await db.Database
            .SqlQuery<Ranked>($"""
                SELECT Id, count(*) OVER () AS Total FROM (
                    SELECT s.rowid AS Id, e.Slug AS Slug, bm25(EventSearch, 0.0, 10.0, 4.0, 1.0, 2.0) AS Rank
                    FROM EventSearch s JOIN Events e INDEXED BY IX_Events_Search ON e.Id = s.rowid
                    WHERE EventSearch MATCH {match} AND (e.Draft = 0 OR {drafts} = 1))
                ORDER BY Rank, Slug
                LIMIT {PageSize} OFFSET {offset}
                """)
            .ToListAsync(ct);
        if (ranked.Count == 0)
        {
            var total = offset == 0 ? 0 : await db.Database
                .SqlQuery<int>($"""
                    SELECT count(*) AS Value FROM EventSearch s JOIN Events e INDEXED BY IX_Events_Search ON e.Id = s.rowid
                    WHERE EventSearch MATCH {match} AND (e.Draft = 0 OR {drafts} = 1)
                    """)
                .SingleAsync(ct);
            return new SearchResults(query, [], total, Math.Max(1, page), PageSize);
        }
        var ids = System.Text.Json.JsonSerializer.Serialize(ranked.Select(r => r.Id));
        var rows = (await db.Database
            .SqlQuery<Row>($"""
                SELECT e.Id, e.Slug, e.Title, e.Year, e.Month, e.Day,
                       snippet(EventSearch, -1, {SearchQuery.MarkStart}, {SearchQuery.MarkEnd}, '…', 24) AS Snippet
                FROM EventSearch s JOIN Events e ON e.Id = s.rowid
                WHERE EventSearch MATCH {match} AND s.rowid IN (SELECT value FROM json_each({ids}))
                """)
            .ToListAsync(ct))
            .ToDictionary(r => r.Id);
        var hits = ranked.Where(r => rows.ContainsKey(r.Id)).Select(r => rows[r.Id])
            .Select(r => new SearchHit(r.Slug, r.Title, new HistoricDate(r.Year, r.Month, r.Day), SearchQuery.SnippetHtml(r.Snippet))).ToList();
        return new SearchResults(query, hits, ranked[0].Total, Math.Max(1, page), PageSize);
    }
}
