using Microsoft.EntityFrameworkCore;

namespace OnThisDay.Web.Data;

/// <summary>The SQLite read model, rebuilt from content/ by sync.</summary>
public sealed class OnThisDayDb(DbContextOptions<OnThisDayDb> options) : DbContext(options)
{
    /// <summary>Bumped whenever the schema changes; a database of another version is rebuilt.</summary>
    public const int SchemaVersion = 11;

    /// <summary>The index search joins through, named in its SQL (INDEXED BY): SQLite, without statistics, would read the rows.</summary>
    public const string SearchIndex = "IX_Events_Search";

    public DbSet<EventEntity> Events => Set<EventEntity>();
    public DbSet<EventTagEntity> EventTags => Set<EventTagEntity>();
    public DbSet<AliasEntity> Aliases => Set<AliasEntity>();
    public DbSet<TagEntity> Tags => Set<TagEntity>();
    public DbSet<SourceFileEntity> SourceFiles => Set<SourceFileEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<EventEntity>(e =>
        {
            e.ToTable("Events");
            e.HasIndex(x => x.Slug).IsUnique();
            e.HasIndex(x => x.SourcePath).IsUnique();
            e.HasIndex(x => new { x.Month, x.Day });
            // Search ranks every match: its draft flag and slug come from this small index, not from rows that
            // carry whole page views (one page read per match).
            e.HasIndex(x => new { x.Id, x.Draft, x.Slug }).HasDatabaseName(SearchIndex);
            e.HasMany(x => x.Tags).WithOne().HasForeignKey(t => t.EventId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Aliases).WithOne().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<EventTagEntity>(t =>
        {
            t.ToTable("EventTags");
            t.HasKey(x => new { x.EventId, x.Tag });
            t.HasIndex(x => x.Tag);
        });
        modelBuilder.Entity<AliasEntity>().ToTable("Aliases").HasKey(a => a.Path);
        modelBuilder.Entity<TagEntity>().ToTable("Tags").HasKey(t => t.Tag);
        modelBuilder.Entity<SourceFileEntity>().ToTable("SourceFiles").HasKey(s => s.Path);
    }
}
