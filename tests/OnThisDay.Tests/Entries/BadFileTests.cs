using System.Diagnostics;
using OnThisDay.Tests.Support;
using OnThisDay.Web.Entries;

namespace OnThisDay.Tests.Entries;

/// <summary>Hostile files are diagnostics, never crashes, loops or silent loss.</summary>
public sealed class BadFileTests : IDisposable
{
    private readonly TestContent _content = new();

    private EntryParser Parser => new(_content.Root);

    public void Dispose() => _content.Dispose();

    private static string Entry(string frontMatter, string body = "Body.\n") =>
        $"---\ntitle: T\ndate: 2018-06-12\nsummary: S.\n{frontMatter}---\n{body}";

    [Theory]
    [InlineData("title: Bad\u0001Title\ndate: 2018-06-12\nsummary: S.\n", 2, 11)]
    [InlineData("title: T\ndate: 2018-06-12\nsummary: Line\rBreak\n", 4, 14)]
    [InlineData("title: T\ndate: 2018-06-12\nsummary: Next\u0085Line\n", 4, 14)]
    public void ControlCharacterInTheFile_IsAnErrorAtItsPosition(string frontMatter, int line, int column)
    {
        var result = Parser.Parse("events/06-12/2018-x.md", $"---\n{frontMatter}---\nBody.\n");

        Assert.Null(result.Document);
        var error = Assert.Single(result.Diagnostics, d => d.Code == EntryRules.ControlCharacter);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("title: \"Forged\\r\\nBEGIN:VEVENT\"\ndate: 2018-06-12\nsummary: S.\n")]
    [InlineData("title: T\ndate: 2018-06-12\nsummary: \"Bell \\x07\"\n")]
    [InlineData("title: T\ndate: 2018-06-12\nsummary: S.\ndate_note: \"\\u2028\"\n")]
    public void ControlCharacterWrittenAsAnEscape_IsAnError(string frontMatter)
    {
        var result = Parser.Parse("events/06-12/2018-x.md", $"---\n{frontMatter}---\nBody.\n");

        Assert.Null(result.Document);
        Assert.Contains(result.Diagnostics, d => d.Code == EntryRules.ControlCharacter);
    }

    [Theory]
    [InlineData("<a href=\"//evil.com\">x</a>")]
    [InlineData("<a href=\"&#x2F;&#x2F;evil.com\">x</a>")]
    [InlineData("<a href=\"/\\evil.com\">x</a>")]
    [InlineData("[x](/\\evil.com)")]
    [InlineData("<p><a href=\"  //evil.com\">x</a></p>")]
    public void OffSiteLinkHiddenInMarkupOrEntities_IsAnError(string body)
    {
        var result = Parser.Parse("events/06-12/2018-x.md", Entry("", "Text.\n\n" + body + "\n"));

        Assert.Null(result.Document);
        Assert.Contains(result.Diagnostics, d => d.Code == EntryRules.BodyLink && d.IsError);
    }

    [Theory]
    [InlineData("![x](https://images.example/x.png)")]
    [InlineData("<img src=\"https://images.example/x.png\" alt=\"x\">")]
    public void ImageFromAnotherHost_IsAWarning(string body)
    {
        var result = Parser.Parse("events/06-12/2018-x.md", Entry("", body + "\n"));

        Assert.NotNull(result.Document);
        Assert.Contains(result.Diagnostics, d => d.Code == EntryRules.ImageHost && !d.IsError);
    }

    [Fact]
    public void ImageFromWikimediaOrTheSite_IsFine()
    {
        var result = Parser.Parse("events/06-12/2018-x.md",
            Entry("", "![x](https://upload.wikimedia.org/wikipedia/commons/a/ab/X.jpg) ![y](/photos/y.jpg)\n"));

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void EntryOverTheSizeLimit_IsAnErrorAndNotRead()
    {
        _content.Write("events/06-12/2018-huge.md", Entry("", new string('x', 300 * 1024)));

        var report = new ContentFolder(_content.Root).ValidateAll();

        var error = Assert.Single(report.Diagnostics);
        Assert.Equal(EntryRules.TooLarge, error.Code);
        Assert.Contains("at most 256 KB", error.Message, StringComparison.Ordinal);
        Assert.Null(Assert.Single(report.Entries).Document);
    }

    [Fact]
    public void SizeLimit_IsASetting()
    {
        _content.Write("events/06-12/2018-big.md", Entry("", new string('x', 20 * 1024)));

        Assert.Equal(0, new ContentFolder(_content.Root).ValidateAll().Errors);
        Assert.Equal(1, new ContentFolder(_content.Root, maxEntryKilobytes: 16).ValidateAll().Errors);
    }

    [Fact]
    public void InvalidUtf8_IsAnErrorAtTheLineAndColumnOfTheBadByte()
    {
        var path = _content.Write("events/06-12/2018-x.md", Entry(""));
        var bytes = File.ReadAllBytes(path).ToList();
        bytes.InsertRange("---\ntitle: T".Length, new byte[] { 0xE2, 0x28 });
        File.WriteAllBytes(path, [.. bytes]);

        var error = Assert.Single(new ContentFolder(_content.Root).ValidateAll().Diagnostics);

        Assert.Equal(EntryRules.Unreadable, error.Code);
        Assert.Equal((2, 9), (error.Line, error.Column));
    }

    [Fact]
    public void SymlinkedPhoto_IsRefused()
    {
        var real = _content.Write("photos/real.jpg", "jpeg");
        File.CreateSymbolicLink(Path.Combine(_content.Root, "photos/link.jpg"), real);
        _content.Write("events/06-12/2018-x.md", Entry("photo:\n  src: photos/link.jpg\n  alt: A\n  photographer: P\n  license: Public domain\n"));

        var error = Assert.Single(new ContentFolder(_content.Root).ValidateAll().Diagnostics);

        Assert.Equal(EntryRules.Link, error.Code);
    }

    [Fact]
    public void PhotoBehindADirectoryLink_IsRefused()
    {
        var outside = Directory.CreateDirectory(Path.Combine(_content.Root, "..", Path.GetFileName(_content.Root) + "-outside")).FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "x.jpg"), "jpeg");
            Directory.CreateSymbolicLink(Path.Combine(_content.Root, "photos/elsewhere"), outside);
            _content.Write("events/06-12/2018-x.md", Entry("photo:\n  src: photos/elsewhere/x.jpg\n  alt: A\n"));

            Assert.Contains(new ContentFolder(_content.Root).ValidateAll().Diagnostics, d => d.Code == EntryRules.Link);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void DirectoryLinkLoopInEvents_IsNotFollowed()
    {
        _content.WriteEntry("2018-06-12", "real", "Real");
        Directory.CreateSymbolicLink(Path.Combine(_content.Root, "events/06-12/loop"), Path.Combine(_content.Root, "events"));

        var watch = Stopwatch.StartNew();
        var report = new ContentFolder(_content.Root).ValidateAll();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
        Assert.Single(report.Entries);
        var error = Assert.Single(report.Diagnostics);
        Assert.Equal(EntryRules.Link, error.Code);
        Assert.Equal("content/events/06-12/loop", error.Path);
    }

    [Fact]
    public void UnreadableSubfolder_IsReportedAndTheRestValidated()
    {
        _content.WriteEntry("2018-06-12", "real", "Real");
        _content.WriteEntry("2018-06-13", "hidden", "Hidden");
        var files = new FaultyFiles();
        files.Break(Path.Combine(_content.Root, "events/06-13"));

        var report = new ContentFolder(_content.Root, files).ValidateAll();

        Assert.Single(report.Entries);
        var error = Assert.Single(report.Diagnostics);
        Assert.Equal(("content/events/06-13", EntryRules.Unreadable), (error.Path, error.Code));
    }

    [Fact]
    public void UnreadableEventsFolder_Throws()
    {
        var files = new FaultyFiles();
        files.Break(Path.Combine(_content.Root, "events"));

        Assert.Throws<ContentUnreadableException>(() => new ContentFolder(_content.Root, files).ValidateAll());
    }
}
