using OnThisDay.Tests.Support;
using OnThisDay.Web.Editors;

namespace OnThisDay.Tests.Editors;

public sealed class EditorCommandTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    private async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await EditorCommands.RunAsync([.. args, "--content", _content.Root], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private void WriteBroken() =>
        _content.Write("events/06-12/2018-broken.md", "---\ntitle: T\ndate: 2018-06-31\nsummary: S.\n---\nBody\n");

    [Fact]
    public async Task Validate_Clean_ExitsZeroWithSummary()
    {
        _content.WriteEntry("2018-06-12", "fine", "Fine");

        var (code, output, _) = await RunAsync("validate");

        Assert.Equal(0, code);
        Assert.Equal("1 entries, 0 errors, 0 warnings", output.Trim());
    }

    [Fact]
    public async Task Validate_Human_PrintsPathLineColumnAndExitsOne()
    {
        WriteBroken();

        var (code, output, _) = await RunAsync("validate");

        Assert.Equal(1, code);
        var lines = output.Trim().Split('\n');
        Assert.StartsWith("content/events/06-12/2018-broken.md:3:7: error: date '2018-06-31' does not exist", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("[OTD004]", lines[0].TrimEnd(), StringComparison.Ordinal);
        Assert.Equal("1 entries, 1 errors, 0 warnings", lines[^1].Trim());
    }

    [Fact]
    public async Task Validate_MsBuildFormat()
    {
        WriteBroken();

        var (_, output, _) = await RunAsync("validate", "--format", "msbuild");

        Assert.StartsWith("content/events/06-12/2018-broken.md(3,7): error OTD004: date '2018-06-31' does not exist", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_GitHubFormat()
    {
        WriteBroken();

        var (_, output, _) = await RunAsync("validate", "--format", "github");

        Assert.StartsWith("::error file=content/events/06-12/2018-broken.md,line=3,col=7,title=OTD004::date '2018-06-31'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_UnknownFormat_IsRejected()
    {
        var (code, output, error) = await RunAsync("validate", "--format", "xml");

        Assert.Equal(1, code);
        Assert.Contains("Argument 'xml' not recognized", error, StringComparison.Ordinal);
        Assert.DoesNotContain("entries,", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MisspelledOption_IsAnErrorThatSuggestsTheRightOne()
    {
        WriteBroken();

        var (code, output, error) = await RunAsync("validate", "--formt", "github");

        Assert.Equal(1, code);
        Assert.Contains("Unrecognized command or argument '--formt'", error, StringComparison.Ordinal);
        Assert.Contains("'--formt' was not matched. Did you mean one of the following?", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("::error", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate", "--format <github|human|msbuild>")]
    [InlineData("new", "<date> <title>...")]
    [InlineData("rules", "List every rule")]
    public async Task EachCommand_HasHelp(string command, string expected)
    {
        using var output = new StringWriter();
        var code = await EditorCommands.RunAsync([command, "--help"], output, TextWriter.Null);

        Assert.Equal(0, code);
        Assert.Contains(expected, output.ToString(), StringComparison.Ordinal);
        Assert.Equal(command != "rules", output.ToString().Contains("--content <PATH>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task New_WithoutATitle_IsAnError()
    {
        var (code, _, error) = await RunAsync("new", "2018-06-12");

        Assert.Equal(1, code);
        Assert.Contains("Required argument missing for command: 'new'", error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_content.Root, "*.md", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task New_WritesCompleteTemplateAtDerivedPath_ThatValidates()
    {
        var (code, output, _) = await RunAsync("new", "1969-07-20", "Apollo 11 Lands on the Moon!");

        Assert.Equal(0, code);
        Assert.Equal("content/events/07-20/1969-apollo-11-lands-on-the-moon.md", output.Trim());
        var text = await File.ReadAllTextAsync(Path.Combine(_content.Root, "events/07-20/1969-apollo-11-lands-on-the-moon.md"));
        foreach (var field in new[] { "title:", "date: 1969-07-20", "summary:", "kind:", "date_note:", "featured:", "tags:", "draft: true", "aliases:", "photo:", "related:", "gallery:" })
        {
            Assert.Contains(field, text, StringComparison.Ordinal);
        }
        Assert.Equal(0, (await RunAsync("validate")).Code);
    }

    [Fact]
    public async Task New_BcDate_UsesBcYearInPath()
    {
        var (code, output, _) = await RunAsync("new", "0044-03-15 BC", "Caesar Is Killed");

        Assert.Equal(0, code);
        Assert.Equal("content/events/03-15/44bc-caesar-is-killed.md", output.Trim());
    }

    [Fact]
    public async Task New_RefusesToOverwrite()
    {
        await RunAsync("new", "1969-07-20", "Apollo");
        var path = Path.Combine(_content.Root, "events/07-20/1969-apollo.md");
        await File.WriteAllTextAsync(path, "mine");

        var (code, _, error) = await RunAsync("new", "1969-07-20", "Apollo");

        Assert.Equal(1, code);
        Assert.Contains("already exists", error, StringComparison.Ordinal);
        Assert.Equal("mine", await File.ReadAllTextAsync(path));
    }

    [Theory]
    [InlineData("2019-02-29")]
    [InlineData("2019-13-01")]
    [InlineData("0000-01-01")]
    [InlineData("yesterday")]
    public async Task New_ImpossibleDate_IsRejectedClearly(string date)
    {
        var (code, _, error) = await RunAsync("new", date, "Something");

        Assert.Equal(2, code);
        Assert.StartsWith("error: date", error, StringComparison.Ordinal);
        Assert.False(Directory.EnumerateFiles(_content.Root, "*.md", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task Validate_AsAProcess_ExitsOneOnError()
    {
        WriteBroken();

        var (code, output) = await SiteProcess.RunAsync(_content.Root, null, "validate");

        Assert.Equal(1, code);
        Assert.Contains("2018-broken.md:3:7: error:", output, StringComparison.Ordinal);
    }
}
