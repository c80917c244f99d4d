using System.Data.Common;
using Microsoft.Data.Sqlite;
using OnThisDay.Web.Dates;
using OnThisDay.Web.Entries;

namespace OnThisDay.Web.Sync;

/// <summary>
/// Writes a sync's changes with prepared SQLite commands inside the sync's transaction. Sync inserts tens of
/// thousands of rows on a full build; going through EF Core's change tracker for them made the write phase
/// several times slower than parsing, so this one place bypasses it. Reads stay with EF Core.
/// </summary>
public sealed class ReadModelWriter : IDisposable
{
    private readonly SqliteCommand _event;
    private readonly SqliteCommand _tag;
    private readonly SqliteCommand _alias;
    private readonly SqliteCommand _search;
    private readonly SqliteCommand _source;
    private readonly SqliteCommand _stat;
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;

    public ReadModelWriter(DbConnection connection, DbTransaction transaction)
    {
        _connection = (SqliteConnection)connection;
        _transaction = (SqliteTransaction)transaction;
        _event = Prepare("""
            INSERT INTO Events (Slug, SourcePath, Title, Year, Month, Day, Summary, Kind, DateNote, Featured, Draft, ViewJson, ModifiedUtc, ContentHash)
            VALUES ($slug, $path, $title, $year, $month, $day, $summary, $kind, $note, $featured, $draft, $view, $modified, $hash)
            RETURNING Id
            """, "$slug", "$path", "$title", "$year", "$month", "$day", "$summary", "$kind", "$note", "$featured", "$draft", "$view", "$modified", "$hash");
        // Tags go in one statement per event, from a JSON array: far fewer round trips. (Related events live
        // only in the page view and the search index: nothing queries them by row.)
        _tag = Prepare("INSERT OR IGNORE INTO EventTags (EventId, Tag) SELECT $event, value FROM json_each($items)", "$event", "$items");
        _alias = Prepare("INSERT INTO Aliases (Path, EventId) VALUES ($path, $event)", "$path", "$event");
        // The index row shares the event's id, so an event's row is found by key when it is replaced or removed.
        _search = Prepare("INSERT INTO EventSearch (rowid, slug, title, summary, body, related) VALUES ($id, $slug, $title, $summary, $body, $related)",
            "$id", "$slug", "$title", "$summary", "$body", "$related");
        _source = Prepare("""
            INSERT INTO SourceFiles (Path, SeenHash, PublishedHash, Diagnostics, Errors, Warnings, SeenUtc, ModifiedUtc, Length, ReadUtc)
            VALUES ($path, $seen, $published, $diagnostics, $errors, $warnings, $seenUtc, $modified, $length, $read)
            ON CONFLICT (Path) DO UPDATE SET SeenHash = excluded.SeenHash,
                PublishedHash = coalesce(excluded.PublishedHash, SourceFiles.PublishedHash),
                Diagnostics = excluded.Diagnostics, Errors = excluded.Errors, Warnings = excluded.Warnings,
                SeenUtc = excluded.SeenUtc, ModifiedUtc = excluded.ModifiedUtc, Length = excluded.Length, ReadUtc = excluded.ReadUtc
            """, "$path", "$seen", "$published", "$diagnostics", "$errors", "$warnings", "$seenUtc", "$modified", "$length", "$read");
        _stat = Prepare("UPDATE SourceFiles SET ModifiedUtc = $modified, Length = $length, ReadUtc = $read WHERE Path = $path",
            "$path", "$modified", "$length", "$read");
    }

    /// <summary>Removes the events read from these files (their tags and aliases go with them) and their search rows.</summary>
    public void DeleteEvents(IReadOnlyCollection<string> sourcePaths)
    {
        if (sourcePaths.Count == 0)
        {
            return;
        }
        var json = System.Text.Json.JsonSerializer.Serialize(sourcePaths);
        Execute("DELETE FROM EventSearch WHERE rowid IN (SELECT Id FROM Events WHERE SourcePath IN (SELECT value FROM json_each($p)))", json);
        Execute("DELETE FROM Events WHERE SourcePath IN (SELECT value FROM json_each($p))", json);
    }

    public void DeleteSourceFiles(IReadOnlyCollection<string> paths)
    {
        if (paths.Count > 0)
        {
            Execute("DELETE FROM SourceFiles WHERE Path IN (SELECT value FROM json_each($p))", System.Text.Json.JsonSerializer.Serialize(paths));
        }
    }

    public void InsertEvent(EntryDocument d, DateTime modifiedUtc, string contentHash)
    {
        var id = Convert.ToInt64(Run(_event, true, d.Slug, d.SourcePath, d.Title, d.Date.Year, d.Date.Month, d.Date.Day, d.Summary,
            d.Kind.ToString().ToLowerInvariant(), d.DateNote, d.Featured, d.Draft, Events.EventViews.ToJson(EventViewBuilder.From(d, modifiedUtc)),
            DateTime.SpecifyKind(modifiedUtc, DateTimeKind.Utc), contentHash), System.Globalization.CultureInfo.InvariantCulture);
        if (d.Tags.Count > 0)
        {
            Run(_tag, false, id, System.Text.Json.JsonSerializer.Serialize(d.Tags));
        }
        foreach (var alias in d.Aliases)
        {
            Run(_alias, false, alias, id);
        }
        Run(_search, false, id, d.Slug, d.Title, d.Summary, d.BodyText, string.Join('\n', d.Related.Select(r => r.Text)));
    }

    /// <summary>Points a published event at the file it now lives in (a moved file whose new version is broken).</summary>
    public void MoveEvent(string fromPath, string toPath)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = "UPDATE Events SET SourcePath = $to WHERE SourcePath = $from";
        command.Parameters.AddWithValue("$from", fromPath);
        command.Parameters.AddWithValue("$to", toPath);
        command.ExecuteNonQuery();
    }

    public void UpsertSourceFile(string path, string seenHash, string? publishedHash, IReadOnlyList<Diagnostic> diagnostics, DateTime seenUtc,
        DateTime modifiedUtc, long length = 0, DateTime readUtc = default) =>
        Run(_source, false, path, seenHash, publishedHash, diagnostics.Count == 0 ? null : string.Join('\n', diagnostics),
            diagnostics.Count(d => d.IsError), diagnostics.Count(d => !d.IsError), seenUtc, DateTime.SpecifyKind(modifiedUtc, DateTimeKind.Utc),
            length, DateTime.SpecifyKind(readUtc, DateTimeKind.Utc));

    /// <summary>Records a file's new size and time when its bytes turned out unchanged (touched, or copied back).</summary>
    public void UpdateStat(string path, long length, DateTime modifiedUtc, DateTime readUtc) =>
        Run(_stat, false, path, DateTime.SpecifyKind(modifiedUtc, DateTimeKind.Utc), length, DateTime.SpecifyKind(readUtc, DateTimeKind.Utc));

    /// <summary>
    /// Merges the search index into one segment. Rows inserted in bulk leave it in many segments, and every prefix
    /// query (each search term is one) then looks the term up in each: for <c>war*</c> over content/ that was
    /// 1.5 ms against 0.1 ms after merging. Worth it after a large write; small edits are merged by FTS5 as it goes.
    /// </summary>
    public void OptimizeSearch() => Execute("INSERT INTO EventSearch(EventSearch) VALUES ('optimize')", null);

    public void ReplaceTags(IReadOnlyList<TagDefinition> tags)
    {
        Execute("DELETE FROM Tags", null);
        using var insert = Prepare("INSERT OR IGNORE INTO Tags (Tag, Label, Description) VALUES ($tag, $label, $description)", "$tag", "$label", "$description");
        foreach (var t in tags)
        {
            Run(insert, false, t.Tag, t.Label, t.Description);
        }
    }

    public void Dispose()
    {
        foreach (var command in new[] { _event, _tag, _alias, _search, _source, _stat })
        {
            command.Dispose();
        }
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        command.Prepare();
        return command;
    }

    private static object? Run(SqliteCommand command, bool scalar, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        return scalar ? command.ExecuteScalar() : command.ExecuteNonQuery();
    }

    private void Execute(string sql, string? json)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        if (json is not null)
        {
            command.Parameters.AddWithValue("$p", json);
        }
        command.ExecuteNonQuery();
    }
}
