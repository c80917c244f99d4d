namespace OnThisDay.Tests.Support;

/// <summary>A temporary content folder that tests fill with entries.</summary>
public sealed class TestContent : IDisposable
{
    public TestContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "onthisday-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "events"));
        Directory.CreateDirectory(Path.Combine(Root, "photos"));
    }

    public string Root { get; }

    public static string RepositoryContent
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "OnThisDay.sln")))
                {
                    return Path.Combine(dir.FullName, "content");
                }
            }
            throw new InvalidOperationException("The repository root (OnThisDay.sln) was not found above the test binaries.");
        }
    }

    /// <summary>A folder holding the real reference entry for 12 June 2018 and the real tag vocabulary.</summary>
    public static TestContent WithReferenceEntry()
    {
        var content = new TestContent();
        content.Write("events/06-12/2018-trump-meets-kim-jong-un.md",
            File.ReadAllText(Path.Combine(RepositoryContent, "events/06-12/2018-trump-meets-kim-jong-un.md")));
        content.Write("tags.yml", File.ReadAllText(Path.Combine(RepositoryContent, "tags.yml")));
        return content;
    }

    /// <summary>A copy of the repository's whole content folder: entries link across days, so a part would not validate.</summary>
    public static TestContent WithAllRealContent()
    {
        var content = new TestContent();
        foreach (var file in Directory.EnumerateFiles(RepositoryContent, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryContent, file);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(content.Root, relative))!);
            File.Copy(file, Path.Combine(content.Root, relative));
        }
        return content;
    }

    public string Write(string relativePath, string text)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    /// <summary>Writes a minimal valid entry; extra front matter lines go before the closing <c>---</c>.</summary>
    public string WriteEntry(string date, string name, string title, string extraFrontMatter = "", string body = "A body paragraph.\n")
    {
        var bc = date.EndsWith(" BC", StringComparison.Ordinal);
        var parts = date.Replace(" BC", "", StringComparison.Ordinal).Split('-');
        var year = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        var path = $"events/{parts[1]}-{parts[2]}/{year}{(bc ? "bc" : "")}-{name}.md";
        var text = $"---\ntitle: {title}\ndate: {date}\nsummary: Summary of {title}.\n{extraFrontMatter}---\n{body}";
        Write(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold a handle for a moment; the temp folder is cleaned by the OS later.
        }
    }
}
