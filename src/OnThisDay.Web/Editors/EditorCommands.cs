using System.CommandLine;
using OnThisDay.Web.Dates;
using OnThisDay.Web.Entries;
using OnThisDay.Web.Sync;

namespace OnThisDay.Web.Editors;

/// <summary>
/// The editors' commands, run from the repository root: <c>validate</c>, <c>new</c> and <c>rules</c>, each with
/// <c>--help</c>. Parsed by System.CommandLine, so an unknown option or a missing argument is an error that says so.
/// </summary>
public static class EditorCommands
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "validate" or "new" or "rules";

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) =>
        Root(output, error).Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

    private static RootCommand Root(TextWriter output, TextWriter error)
    {
        var content = new Option<string?>("--content")
        {
            Description = "The content folder (default: Content__Path, else ./content)",
            HelpName = "PATH",
        };
        string ContentPath(ParseResult r) => ContentOptions.Resolve(
            r.GetValue(content) ?? Environment.GetEnvironmentVariable("Content__Path") ?? "content", Directory.GetCurrentDirectory());

        var format = new Option<string>("--format")
        {
            Description = "How diagnostics are written: human (path:line:col), msbuild or github (workflow annotations)",
            DefaultValueFactory = _ => "human",
        };
        format.AcceptOnlyFromAmong("human", "msbuild", "github");
        var validate = new Command("validate", "Check every entry under content/ and print path:line:col diagnostics; exit 1 on an error") { format, content };
        validate.SetAction(r => Validate(ContentPath(r), r.GetValue(format)!, output, error));

        var date = new Argument<string>("date") { Description = "The event's date, YYYY-MM-DD (BC dates as \"0044-03-15 BC\")" };
        var title = new Argument<string[]>("title") { Description = "The headline", Arity = ArgumentArity.OneOrMore };
        var create = new Command("new", "Write a new entry file from the template and print its path") { date, title, content };
        create.SetAction(r => New(ContentPath(r), r.GetValue(date)!, string.Join(' ', r.GetValue(title)!), output, error));

        var rules = new Command("rules", "List every rule the validator checks, with its code");
        rules.SetAction(_ => Rules(output));

        return new RootCommand("On This Day: the editors' commands") { validate, create, rules };
    }

    private static int Validate(string contentPath, string format, TextWriter output, TextWriter error)
    {
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

    private static int New(string contentPath, string dateText, string title, TextWriter output, TextWriter error)
    {
        if (!HistoricDate.TryParse(dateText, out var date, out var problem))
        {
            error.WriteLine($"error: {problem}");
            return 2;
        }
        title = title.Trim();
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
}
