using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace OnThisDay.Web.Data;

/// <summary>
/// Looks after the SQLite file: checks it at start, and deletes and recreates it when it is missing,
/// damaged or of another schema version. Deleting it is always safe, since sync rebuilds it from content/.
/// </summary>
public sealed class ReadModelDatabase(string connectionString, ILogger<ReadModelDatabase> logger)
{
    /// <summary>
    /// Process-wide SQLite settings, made before the first connection opens (later calls change nothing). SQLite's
    /// memory statistics are switched off: they take one process-wide lock on every allocation SQLite makes, which
    /// readers on different threads then queue for, and nothing here reads them (measured on an uncached search:
    /// about a tenth more requests per second).
    /// </summary>
    public static void ConfigureSqlite()
    {
        SQLitePCL.Batteries_V2.Init();
        // SQLITE_MISUSE once SQLite is initialised (a second host in the same process): the setting then stays as it was.
        _ = SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }

    public string ConnectionString { get; } = connectionString;

    /// <summary>An open connection to the read model from the pool, for the plain SQLite reads of pages and search.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public string FilePath { get; } = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);

    /// <summary>
    /// Makes sure the file holds a usable, current schema; returns true when it was (re)created empty. A damaged file
    /// is rebuilt; one that cannot be opened or written right now (permissions, a full disk) is left alone and
    /// reported, so the site still starts and the sync retries until it can.
    /// </summary>
    public bool EnsureReady()
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            if (File.Exists(FilePath))
            {
                var problem = Check();
                if (problem is null)
                {
                    return false;
                }
                if (!problem.Damaged)
                {
                    logger.LogError("Read model {Database} cannot be used right now ({Problem}); it is not rebuilt, and the sync retries", FilePath, problem.Message);
                    return false;
                }
                logger.LogWarning("Read model {Database} is unusable ({Problem}); rebuilding it from content", FilePath, problem.Message);
                Delete();
            }
            Create(ConnectionString);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException)
        {
            logger.LogError("Read model {Database} cannot be created ({Problem}); the sync retries", FilePath, ex.Message);
            return false;
        }
    }

    /// <summary>Creates an empty database beside the live one, to be filled and then swapped in; returns its path.</summary>
    public string CreateBeside()
    {
        var path = FilePath + ".new";
        DiscardBeside(path);
        Create(ConnectionStringFor(path));
        return path;
    }

    /// <summary>A context on the database at <paramref name="path"/> (one made by <see cref="CreateBeside"/>).</summary>
    public OnThisDayDb CreateContext(string path) =>
        new(new DbContextOptionsBuilder<OnThisDayDb>().UseSqlite(ConnectionStringFor(path)).Options);

    public void DiscardBeside(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(path + suffix);
        }
    }

    /// <summary>
    /// Replaces the live file with a complete new one in a single rename, so a reader finds either the old file or
    /// the new one, never none. The new file's log is checkpointed into it first, and the old file's log removed.
    /// </summary>
    public void SwapIn(string path)
    {
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder(ConnectionStringFor(path)) { Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            command.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "-wal", "-shm", "-journal" })
        {
            File.Delete(path + suffix);
            File.Delete(FilePath + suffix);
        }
        File.Move(path, FilePath, overwrite: true);
        SqliteConnection.ClearAllPools();
        logger.LogInformation("Swapped in the rebuilt read model {Database}", FilePath);
    }

    private string ConnectionStringFor(string path) =>
        new SqliteConnectionStringBuilder(ConnectionString) { DataSource = path }.ToString();

    /// <summary>
    /// Null when the database is current and answers; otherwise what is wrong with it. Cheap enough for every start:
    /// the page-by-page integrity check (<see cref="CheckIntegrity"/>) runs later, beside a served read model.
    /// </summary>
    public ReadModelProblem? Check() => Probe(command =>
    {
        command.CommandText = "PRAGMA user_version";
        var version = Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        return version != OnThisDayDb.SchemaVersion ? $"schema version {version}, expected {OnThisDayDb.SchemaVersion}" : ReadEvents(command);
    });

    /// <summary>Reads every page of the file (seconds for a large read model): null when it is intact.</summary>
    public ReadModelProblem? CheckIntegrity() => Probe(command =>
    {
        command.CommandText = "PRAGMA quick_check";
        var check = command.ExecuteScalar() as string;
        return check == "ok" ? null : "integrity check failed: " + check;
    });

    /// <summary>A cheap check for health probes: null when the events table can be read.</summary>
    public ReadModelProblem? CheckReadable() => Probe(ReadEvents);

    private static string? ReadEvents(SqliteCommand command)
    {
        command.CommandText = "SELECT count(*) FROM Events";
        command.ExecuteScalar();
        return null;
    }

    private ReadModelProblem? Probe(Func<SqliteCommand, string?> check)
    {
        try
        {
            using var connection = Open();
            using var command = connection.CreateCommand();
            return check(command) is { } problem ? new ReadModelProblem(problem, Damaged: true) : null;
        }
        catch (SqliteException ex)
        {
            return new ReadModelProblem(ex.Message, IsDamage(ex));
        }
    }

    // Damage is in the file (garbage, corruption, a missing table); permissions, locks and I/O errors are passing
    // states of the disk, and deleting the file would not cure them.
    private static bool IsDamage(SqliteException ex) =>
        ex.SqliteErrorCode is SQLitePCL.raw.SQLITE_CORRUPT or SQLitePCL.raw.SQLITE_NOTADB
        || (ex.SqliteErrorCode == SQLitePCL.raw.SQLITE_ERROR && ex.Message.Contains("no such", StringComparison.Ordinal));

    public void Delete()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(FilePath + suffix);
        }
    }

    private void Create(string connectionString)
    {
        var options = new DbContextOptionsBuilder<OnThisDayDb>().UseSqlite(connectionString).Options;
        using (var db = new OnThisDayDb(options))
        {
            db.Database.EnsureCreated();
            db.Database.ExecuteSqlRaw(
                """
                CREATE VIRTUAL TABLE IF NOT EXISTS EventSearch USING fts5(
                    slug UNINDEXED, title, summary, body, related, tokenize = 'porter unicode61');
                """);
            db.Database.ExecuteSqlRaw($"PRAGMA user_version = {OnThisDayDb.SchemaVersion}");
        }
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL";
        command.ExecuteNonQuery();
        logger.LogInformation("Created read model {Database}", connection.DataSource);
    }
}

/// <summary>What is wrong with the read model's file, and whether the file itself is damaged (and so to be rebuilt).</summary>
public sealed record ReadModelProblem(string Message, bool Damaged);
