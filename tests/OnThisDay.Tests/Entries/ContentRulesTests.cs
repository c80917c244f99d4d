using OnThisDay.Tests.Support;
using OnThisDay.Web.Entries;

namespace OnThisDay.Tests.Entries;

public sealed class ContentRulesTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void ValidateAll_SecondFeaturedOnSameDay_IsAnErrorAtItsFeaturedLine()
    {
        _content.WriteEntry("2018-06-12", "first", "First", "featured: true\n");
        _content.WriteEntry("2019-06-12", "second", "Second", "featured: true\n");

        var report = new ContentFolder(_content.Root).ValidateAll();

        var error = Assert.Single(report.Diagnostics);
        Assert.Equal((EntryRules.FeaturedTwice, "content/events/06-12/2019-second.md", 5, 11), (error.Code, error.Path, error.Line, error.Column));
        Assert.Equal(1, report.Errors);
    }

    [Fact]
    public void ValidateAll_RelatedEventThatDoesNotExist_IsAnErrorAtItsLine()
    {
        _content.WriteEntry("2018-06-12", "first", "First", "related:\n  - date: 2019-06-30\n    text: T\n    event: 2019-06-30-nowhere\n");

        var error = Assert.Single(new ContentFolder(_content.Root).ValidateAll().Diagnostics);

        Assert.Equal((EntryRules.RelatedEvent, 8, 12), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void ValidateAll_RelatedEventThatExists_IsAccepted()
    {
        _content.WriteEntry("2019-06-30", "dmz", "DMZ");
        _content.WriteEntry("2018-06-12", "first", "First", "related:\n  - date: 2019-06-30\n    text: T\n    event: 2019-06-30-dmz\n");

        Assert.Empty(new ContentFolder(_content.Root).ValidateAll().Diagnostics);
    }

    [Fact]
    public void ValidateAll_AliasUsedTwice_IsAnErrorOnTheSecond()
    {
        _content.WriteEntry("2018-06-12", "first", "First", "aliases: [/old]\n");
        _content.WriteEntry("2018-06-13", "second", "Second", "aliases: [/old]\n");

        var error = Assert.Single(new ContentFolder(_content.Root).ValidateAll().Diagnostics);

        Assert.Equal((EntryRules.DuplicateAddress, "content/events/06-13/2018-second.md", 5, 11), (error.Code, error.Path, error.Line, error.Column));
    }

    [Fact]
    public void ValidateAll_AliasThatIsAnotherEventsAddress_IsAnError()
    {
        _content.WriteEntry("2018-06-12", "first", "First");
        _content.WriteEntry("2018-06-13", "second", "Second", "aliases: [/events/2018-06-12-first]\n");

        var error = Assert.Single(new ContentFolder(_content.Root).ValidateAll().Diagnostics);

        Assert.Equal(EntryRules.DuplicateAddress, error.Code);
    }
}
