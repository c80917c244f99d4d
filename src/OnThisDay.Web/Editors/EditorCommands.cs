using OnThisDay.Web.Dates;
using OnThisDay.Web.Entries;
using OnThisDay.Web.Sync;

namespace OnThisDay.Web.Editors;

/// <summary>
/// The editors' commands, run from the repository root:
/// <c>validate [--format human|msbuild|github] [--content PATH]</c> and <c>new YYYY-MM-DD "Title" [--content PATH]</c>.
/// </summary>
public static class EditorCommands
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "validate" or "new" or "rules";

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var options = Options(args, out var positional);
        var contentPath = ContentOptions.Resolve(
            options.GetValueOrDefault("content") ?? Environment.GetEnvironmentVariable("Content__Path") ?? "content",
            Directory.GetCurrentDirectory());
        return Task.FromResult(positional[0] switch
        {
            "validate" => Validate(contentPath, options.GetValueOrDefault("format") ?? "human", output, error),
            "new" => New(contentPath, positional.Skip(1).ToArray(), output, error),
            _ => Rules(output),
        });
    }

    private static int Validate(string contentPath, string format, TextWriter output, TextWriter error)
    {
        if (format is not ("human" or "msbuild" or "github"))
        {
            error.WriteLine($"error: unknown format '{format}'; use human, msbuild or github");
            return 2;
        }
        if (!Directory.Exists(contentPath))
        {
            error.WriteLine($"error: content folder '{contentPath}' does not exist; pass --content PATH");
            return 2;
        }
        var maxKilobytes = int.TryParse(Environment.GetEnvironmentVariable("Content__MaxEntryKilobytes"), out var kb) && kb > 0
            ? kb : ContentFolder.DefaultMaxEntryKilobytes;
        var folder = new ContentFolder(contentPath, maxEntryKilobytes: maxKilobytes);
        var showProgress = format == "human" && !Console.IsErrorRedirected;
        ValidationReport report;
        try
        {
            report = folder.ValidateAll(showProgress
            ? (done, total) =>
            {
                if (total >= 200 && (done % 100 == 0 || done == total))
                {
                    error.Write($"\rchecked {done}/{total} entries");
                    if (done == total)
                    {
                        error.WriteLine();
                    }
                }
            }
            : null);
        }
        catch (ContentUnreadableException ex)
        {
            error.WriteLine("error: " + ex.Message);
            return 2;
        }
        foreach (var d in report.Diagnostics)
        {
            output.WriteLine(format switch
            {
                "msbuild" => d.ToMsBuild(),
                "github" => d.ToGitHub(),
                _ => d.ToString(),
            });
        }
        output.WriteLine(report.Summary);
        return report.Errors > 0 ? 1 : 0;
    }

    private static int New(string contentPath, string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length < 2)
        {
            error.WriteLine("usage: new YYYY-MM-DD \"Title of the event\"   (BC dates: \"0044-03-15 BC\")");
            return 2;
        }
        if (!HistoricDate.TryParse(args[0], out var date, out var problem))
        {
            error.WriteLine($"error: {problem}");
            return 2;
        }
        var title = string.Join(' ', args[1..]).Trim();
        var path = EntryPath.For(date, EntryPath.NameFromTitle(title));
        var full = Path.Combine(contentPath, path.RelativePath);
        if (File.Exists(full))
        {
            error.WriteLine($"error: content/{path.RelativePath} already exists; it was left as it was");
            return 1;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, EntryTemplate.Render(title, date));
        output.WriteLine($"content/{path.RelativePath}");
        return 0;
    }

    private static int Rules(TextWriter output)
    {
        foreach (var (code, rule) in EntryRules.All)
        {
            output.WriteLine($"{code}  {rule}");
        }
        return 0;
    }

    private static Dictionary<string, string> Options(string[] args, out List<string> positional)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        positional = [];
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var name = args[i][2..];
                var eq = name.IndexOf('=', StringComparison.Ordinal);
                if (eq >= 0)
                {
                    options[name[..eq]] = name[(eq + 1)..];
                }
                else if (i + 1 < args.Length)
                {
                    options[name] = args[++i];
                }
            }
            else
            {
                positional.Add(args[i]);
            }
        }
        return options;
    }
}
