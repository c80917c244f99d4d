using System.Collections.Concurrent;
using OnThisDay.Web.Entries;

namespace OnThisDay.Tests.Support;

/// <summary>
/// The real disk, except for paths a test marks unreadable: listing or reading them throws as a permission
/// error would. Tests run as root in CI, where chmod does not stop reads, so faults are injected here.
/// </summary>
public sealed class FaultyFiles : IContentFiles
{
    private readonly ConcurrentDictionary<string, bool> _unreadable = new(StringComparer.Ordinal);

    public void Break(string fullPath) => _unreadable[Path.GetFullPath(fullPath).TrimEnd('/')] = true;

    public void Heal(string fullPath) => _unreadable.TryRemove(Path.GetFullPath(fullPath).TrimEnd('/'), out _);

    public IReadOnlyList<ContentItem> List(string folder)
    {
        Check(folder);
        return PhysicalContentFiles.Instance.List(folder);
    }

    /// <summary>How many times each file was read, by full path.</summary>
    public ConcurrentDictionary<string, int> Reads { get; } = new(StringComparer.Ordinal);

    /// <summary>While set, every read waits for it to be released: a slow disk, or a large folder being checked.</summary>
    public ManualResetEventSlim ReadsAllowed { get; } = new(true);

    public byte[] ReadAllBytes(string file)
    {
        ReadsAllowed.Wait(TimeSpan.FromSeconds(30));
        Check(file);
        Reads.AddOrUpdate(Path.GetFullPath(file), 1, (_, n) => n + 1);
        return PhysicalContentFiles.Instance.ReadAllBytes(file);
    }

    public bool FileExists(string file) => PhysicalContentFiles.Instance.FileExists(file);

    private void Check(string path)
    {
        if (_unreadable.ContainsKey(Path.GetFullPath(path).TrimEnd('/')))
        {
            throw new UnauthorizedAccessException($"Access to the path '{path}' is denied.");
        }
    }
}
