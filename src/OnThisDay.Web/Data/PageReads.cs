using Microsoft.Data.Sqlite;
using OnThisDay.Web.Dates;
using OnThisDay.Web.Events;

namespace OnThisDay.Web.Data;

/// <summary>
/// The two reads behind every day and event page, the site's commonest uncached requests: a day's list and one
/// event's stored view. They are plain SQLite statements on the pooled connection, not EF Core queries: EF Core
/// cost about half of an uncached day page (its connection set-up registers functions on every open, and each
/// query goes through its pipeline), and a start would make the first reader wait for EF Core's model.
/// The statements read what the sync wrote (<see cref="EventEntity"/>'s columns); other pages keep EF Core.
/// </summary>
public sealed class PageReads(ReadModelDatabase database, AddressMap addresses)
{
    private const string DaySql = """
        SELECT Slug, Title, Year, Month, Day, Summary, Kind, Featured, Draft FROM Events
        WHERE Month = $month AND Day = $day AND ($drafts OR NOT Draft)
        ORDER BY Year, Slug
        """;

    private const string ViewSql = "SELECT ViewJson FROM Events WHERE Slug = $slug AND ($drafts OR NOT Draft)";

    // The API's day feed needs each event's lead photo, not its whole view: SQLite takes it out of the stored JSON.
    private const string FeedSql = """
        SELECT Slug, Title, Year, Month, Day, Summary, Kind, Featured, Draft, SourcePath, ContentHash, ModifiedUtc,
               json_extract(ViewJson, '$.Photo')
        FROM Events
        WHERE Month = $month AND Day = $day AND ($drafts OR NOT Draft)
        ORDER BY Year DESC, Slug
        """;

    /// <summary>A day's published events, oldest first, as lists show them.</summary>
    public List<EventSummary> Day(int month, int day, bool includeDrafts) => ReadDay(DaySql, month, day, includeDrafts, Summary);

    /// <summary>A day's published events for the API's day feed, newest first, each with its lead photo.</summary>
    public List<FeedRow> Feed(int month, int day, bool includeDrafts) =>
        ReadDay(FeedSql, month, day, includeDrafts, reader => new FeedRow(Summary(reader),
            reader.GetString(9), reader.GetString(10), reader.GetDateTime(11),
            reader.IsDBNull(12) ? null : EventViews.PhotoFromJson(reader.GetString(12))));

    // Both day statements start with the nine columns of a summary, in this order.
    private static EventSummary Summary(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1),
            new HistoricDate(reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4)),
            reader.GetString(5), reader.GetString(6), reader.GetBoolean(7), reader.GetBoolean(8));

    private List<T> ReadDay<T>(string sql, int month, int day, bool includeDrafts, Func<SqliteDataReader, T> row)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$month", month);
        command.Parameters.AddWithValue("$day", day);
        command.Parameters.AddWithValue("$drafts", includeDrafts);
        using var reader = command.ExecuteReader();
        var list = new List<T>();
        while (reader.Read())
        {
            list.Add(row(reader));
        }
        return list;
    }

    /// <summary>
    /// One event's page view, read by slug; related events link only where their target is published now (known
    /// from memory). Null when no published event has the slug.
    /// </summary>
    public EventView? Event(string slug, bool includeDrafts)
    {
        EventView? view;
        using (var connection = database.Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = ViewSql;
            command.Parameters.AddWithValue("$slug", slug);
            command.Parameters.AddWithValue("$drafts", includeDrafts);
            using var reader = command.ExecuteReader();
            // The stored JSON is read as SQLite keeps it, UTF-8, and parsed from there: no string of it, no transcoding.
            view = reader.Read() ? EventViews.FromUtf8Json(reader.GetFieldValue<byte[]>(0)) : null;
        }
        if (view is null)
        {
            return null;
        }
        return view.Related.Any(r => r.Url is not null)
            ? view with { Related = [.. view.Related.Select(r => r.Url is { } url && !addresses.IsPublished(EventAddress.SlugOf(url)!, includeDrafts) ? r with { Url = null } : r)] }
            : view;
    }
}

/// <summary>An event as the API's day feed lists it: its summary, where its file lives, its version and its lead photo.</summary>
public sealed record FeedRow(EventSummary Summary, string SourcePath, string ContentHash, DateTime ModifiedUtc, PhotoView? Lead);
