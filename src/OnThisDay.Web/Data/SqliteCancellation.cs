using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace OnThisDay.Web.Data;

/// <summary>
/// Microsoft.Data.Sqlite stops waiting for a cancelled query but lets SQLite finish it. This makes a cancellation
/// (the client left, or the time limit passed) interrupt the statement itself, so no core stays busy for nobody.
/// </summary>
public static class SqliteCancellation
{
    /// <summary>Opens the context's connection and interrupts whatever it runs when <paramref name="cancellationToken"/> fires; dispose the result before the connection is returned.</summary>
    public static async Task<CancellationTokenRegistration> InterruptOnCancelAsync(this OnThisDayDb db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return ((SqliteConnection)db.Database.GetDbConnection()).InterruptOnCancel(cancellationToken);
    }

    /// <summary>Interrupts whatever the open <paramref name="connection"/> runs when <paramref name="cancellationToken"/> fires; dispose the result before the connection is closed.</summary>
    public static CancellationTokenRegistration InterruptOnCancel(this SqliteConnection connection, CancellationToken cancellationToken) =>
        cancellationToken.Register(static state =>
        {
            if (((SqliteConnection)state!).Handle is { } handle)
            {
                SQLitePCL.raw.sqlite3_interrupt(handle);
            }
        }, connection);

    /// <summary>Whether an exception is SQLite reporting an interrupted statement.</summary>
    public static bool IsInterrupt(this SqliteException exception) => exception.SqliteErrorCode == SQLitePCL.raw.SQLITE_INTERRUPT;
}
