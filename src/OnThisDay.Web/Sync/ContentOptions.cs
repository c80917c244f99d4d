using System.ComponentModel.DataAnnotations;

namespace OnThisDay.Web.Sync;

/// <summary>Where the entries live and how changes to them are noticed (section <c>Content</c>).</summary>
public sealed class ContentOptions : IValidatableObject
{
    public const string Section = "Content";

    /// <summary>The content folder (holding events/, photos/ and tags.yml). A relative path is looked up from the
    /// working directory, then from the folders above the app; default <c>content</c>.</summary>
    [Required]
    public string Path { get; set; } = "content";

    /// <summary>Poll the folder instead of relying on file-system events (for network and container mounts).</summary>
    public bool UsePolling { get; set; }

    /// <summary>How long to wait after the last change before syncing, so a burst of saves becomes one sync.</summary>
    [Range(0, 60_000)]
    public int DebounceMilliseconds { get; set; } = 250;

    /// <summary>How often to look for changes when polling.</summary>
    [Range(100, 600_000)]
    public int PollIntervalMilliseconds { get; set; } = 1000;

    /// <summary>The largest entry file published; a larger one is reported and keeps its last good version.</summary>
    [Range(1, 100_000)]
    public int MaxEntryKilobytes { get; set; } = Entries.ContentFolder.DefaultMaxEntryKilobytes;

    /// <summary>How long after a failed sync (content unreadable, database unwritable) to try again.</summary>
    [Range(50, 600_000)]
    public int RetryMilliseconds { get; set; } = 5000;

    /// <summary>Whether to watch the folder at all; off, the content is synced once at start.</summary>
    public bool Watch { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Directory.Exists(Path))
        {
            yield return new ValidationResult(
                $"Content:Path '{Path}' is not a folder that exists or can be read; set Content:Path to the folder that holds events/.",
                [nameof(Path)]);
        }
    }

    /// <summary>Turns a relative path into the first matching folder: under the working directory, then above the app.</summary>
    public static string Resolve(string path, string contentRoot)
    {
        if (System.IO.Path.IsPathRooted(path))
        {
            return path;
        }
        foreach (var start in new[] { Directory.GetCurrentDirectory(), contentRoot, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, path);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return System.IO.Path.GetFullPath(path);
    }
}
