namespace OnThisDay.Web.Entries;

/// <summary>One item of a folder listing, as the listing saw it: no link is followed to find it.</summary>
public sealed record ContentItem(string FullPath, bool IsDirectory, bool IsLink, long Length, DateTime LastWriteUtc);

/// <summary>
/// The file-system calls that read the content folder. Every read fault (a folder or file that cannot be read)
/// surfaces through here, so tests can inject one even where permissions do not bite (as root).
/// </summary>
public interface IContentFiles
{
    /// <summary>The items directly inside a folder; throws when the folder cannot be listed.</summary>
    IReadOnlyList<ContentItem> List(string folder);

    /// <summary>A file's bytes; throws when it cannot be read.</summary>
    byte[] ReadAllBytes(string file);

    /// <summary>Whether a file exists; false for a missing file.</summary>
    bool FileExists(string file);
}

/// <summary>The real disk.</summary>
public sealed class PhysicalContentFiles : IContentFiles
{
    public static readonly PhysicalContentFiles Instance = new();

    private static readonly EnumerationOptions Listing = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    public IReadOnlyList<ContentItem> List(string folder) =>
        [.. new DirectoryInfo(folder).EnumerateFileSystemInfos("*", Listing).Select(i =>
        {
            // The listing already knows a link by its attributes; asking for its target costs a system call per file.
            var isLink = i.Attributes.HasFlag(FileAttributes.ReparsePoint) && i.LinkTarget is not null;
            return new ContentItem(i.FullName, i is DirectoryInfo && !isLink, isLink, i is FileInfo f && !isLink ? f.Length : 0, i.LastWriteTimeUtc);
        })];

    public byte[] ReadAllBytes(string file) => File.ReadAllBytes(file);

    public bool FileExists(string file) => File.Exists(file);
}

/// <summary>Paths that must stay inside a folder on disk, links included.</summary>
public static class ContainedPath
{
    /// <summary>
    /// Whether <paramref name="relative"/> names a regular file under <paramref name="root"/> reached without
    /// passing through any symbolic link: a link could lead anywhere on the disk.
    /// </summary>
    public static bool IsPlainFileUnder(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        var rootFull = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(rootFull, StringComparison.Ordinal))
        {
            return false;
        }
        var file = new FileInfo(full);
        if (!file.Exists || file.LinkTarget is not null)
        {
            return false;
        }
        for (var dir = file.Directory; dir is not null && dir.FullName.Length >= rootFull.Length; dir = dir.Parent)
        {
            if (dir.LinkTarget is not null)
            {
                return false;
            }
        }
        return true;
    }
}
