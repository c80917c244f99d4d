using Microsoft.Data.Sqlite;
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

/// <summary>
/// Full-text search over the FTS5 index that sync keeps in step with the events, read with plain SQLite statements
/// on the pooled connection, like <see cref="PageReads"/>.
/// </summary>
public sealed class SearchService(ReadModelDatabase database)
{
    public const int PageSize = 20;

    // One statement gives a page of results with their snippets. Ordered by FTS5's own rank (bm25 with these column
    // weights: title above summary above related events above body), FTS5 ranks every match inside the index and
    // then positions itself on the page's rows alone, so the snippets, which read each body's text, are made for
    // those rows only; the offset skips rows before their columns are computed. Ordering by anything besides rank
    // would make SQLite sort every match with its snippet.
    private const string PageSql = """
        SELECT e.Slug, e.Title, e.Year, e.Month, e.Day, snippet(EventSearch, -1, $markStart, $markEnd, '…', 24)
        FROM EventSearch s JOIN Events e ON e.Id = s.rowid
        WHERE EventSearch MATCH $match AND rank MATCH 'bm25(0.0, 10.0, 4.0, 1.0, 2.0)' AND ($drafts OR NOT e.Draft)
        ORDER BY rank
        LIMIT $limit OFFSET $offset
        """;

    // The count reads only the index and the small (Id, Draft, Slug) index of the events.
    private const string CountSql = """
        SELECT count(*) FROM EventSearch s JOIN Events e INDEXED BY IX_Events_Search ON e.Id = s.rowid
        WHERE EventSearch MATCH $match AND ($drafts OR NOT e.Draft)
        """;

    /// <summary>
    /// Runs a search within <paramref name="timeLimit"/>; past it, or when the client goes away, SQLite's work is
    /// interrupted and <see cref="OperationCanceledException"/> is thrown.
    /// </summary>
    public SearchResults Search(string query, int page, bool includeDrafts, TimeSpan timeLimit, CancellationToken ct)
    {
        var match = SearchQuery.ToMatch(query);
        page = Math.Max(1, page);
        if (match is null)
        {
            return new SearchResults(query, [], 0, 1, PageSize);
        }
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeLimit);
        using var connection = database.Open();
        try
        {
            using var interrupt = connection.InterruptOnCancel(limit.Token);
            limit.Token.ThrowIfCancellationRequested();
            var offset = (page - 1) * PageSize;
            var hits = Page(connection, match, includeDrafts, offset);
            // A first page that is not full is every result; otherwise the total is counted, unless the time ran out
            // between the two statements (an interrupt with no statement running stops nothing).
            int total;
            if (offset == 0 && hits.Count < PageSize)
            {
                total = hits.Count;
            }
            else
            {
                limit.Token.ThrowIfCancellationRequested();
                total = Count(connection, match, includeDrafts);
            }
            return new SearchResults(query, hits, total, page, PageSize);
        }
        catch (SqliteException ex) when (ex.IsInterrupt())
        {
            throw new OperationCanceledException("the search was stopped", ex, limit.Token);
        }
    }

    private static List<SearchHit> Page(SqliteConnection connection, string match, bool includeDrafts, int offset)
    {
        using var command = connection.CreateCommand();
        command.CommandText = PageSql;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$drafts", includeDrafts);
        command.Parameters.AddWithValue("$limit", PageSize);
        command.Parameters.AddWithValue("$offset", offset);
        command.Parameters.AddWithValue("$markStart", SearchQuery.MarkStart);
        command.Parameters.AddWithValue("$markEnd", SearchQuery.MarkEnd);
        using var reader = command.ExecuteReader();
        var hits = new List<SearchHit>(PageSize);
        while (reader.Read())
        {
            hits.Add(new SearchHit(reader.GetString(0), reader.GetString(1),
                new HistoricDate(reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4)), SearchQuery.SnippetHtml(reader.GetString(5))));
        }
        return hits;
    }

    private static int Count(SqliteConnection connection, string match, bool includeDrafts)
    {
        using var command = connection.CreateCommand();
        command.CommandText = CountSql;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$drafts", includeDrafts);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
