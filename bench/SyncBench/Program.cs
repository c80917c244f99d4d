using System.Diagnostics;
using Markdig;
using OnThisDay.Web.Entries;

namespace OnThisDay.Bench;

/// <summary>
/// The floor a sync is measured against: read every entry and Markdig-parse its body, nothing else; then the
/// same files through the site's own parser (YAML, validation, HTML and plain text), single-threaded and in parallel.
/// Usage: SyncBench CONTENT_FOLDER [repeats]
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var folder = new ContentFolder(args[0]);
        var repeats = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var files = folder.Scan().Files;
        var paths = files.Select(f => f.RelativePath).ToList();
        var tags = TagVocabulary.Parse(folder.ReadTagsText()).Tags.Select(t => t.Tag).ToHashSet(StringComparer.Ordinal);
        Console.WriteLine($"entries: {paths.Count}");
        Report("floor: read + Markdig parse", repeats, () =>
        {
            foreach (var path in paths)
            {
                var text = File.ReadAllText(Path.Combine(folder.Root, path));
                var close = text.IndexOf("\n---", 4, StringComparison.Ordinal);
                Markdown.Parse(text[(close + 4)..], MarkdownRenderer.Pipeline);
            }
        });
        Report("site parser, all cores", repeats, () =>
        {
            var parser = new EntryParser(folder.Root, tags);
            files.AsParallel().ForAll(scanned =>
            {
                var file = folder.Read(scanned)!;
                parser.Parse(file.RelativePath, file.Text!);
            });
        });
        Report("site parser, one thread", repeats, () =>
        {
            var parser = new EntryParser(folder.Root, tags);
            foreach (var scanned in files)
            {
                var file = folder.Read(scanned)!;
                parser.Parse(file.RelativePath, file.Text!);
            }
        });
        return 0;
    }

    private static void Report(string name, int repeats, Action run)
    {
        var first = Stopwatch.StartNew();
        run();
        var cold = first.Elapsed.TotalMilliseconds;
        var times = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"{name}: median {times.Order().ElementAt(times.Count / 2):0} ms over {repeats} runs (first run {cold:0} ms)");
    }
}
