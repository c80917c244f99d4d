using OnThisDay.Tests.Support;
using OnThisDay.Web.Entries;

using OnThisDay.Web.Dates;

namespace OnThisDay.Tests.Entries;

public sealed class EntryParserTests : IDisposable
{
    private readonly TestContent _content = new();

    private EntryParser Parser => new(_content.Root, new HashSet<string> { "diplomacy", "asia", "war" });

    public void Dispose() => _content.Dispose();

    [Fact]
    public void PhotoWithoutCredit_IsAWarningForEachMissingField()
    {
        var result = Parser.Parse("events/06-12/2018-x.md",
            "---\ntitle: T\ndate: 2018-06-12\nsummary: S.\nphoto:\n  commons: \"A.jpg\"\n  alt: A\n  photographer: Someone\ngallery:\n  - commons: \"B.jpg\"\n    alt: B\n---\nBody.\n");

        Assert.NotNull(result.Document);
        Assert.Equal(["photo.license", "gallery[0].photographer", "gallery[0].license"],
            result.Diagnostics.Where(d => d.Code == EntryRules.PhotoCredit).Select(d => d.Message.Split('\'')[1]));
        Assert.All(result.Diagnostics, d => Assert.False(d.IsError));
    }

    [Fact]
    public void Parse_ValidEntry_ReturnsExpectedDocument()
    {
        _content.Write("photos/handshake.jpg", "not really a jpeg");
        const string text = """
            ---
            title: Donald Trump Meets Kim Jong-Un
            date: 2018-06-12
            summary: The first meeting between a sitting US president and a North Korean leader.
            kind: event
            date_note: Singapore time
            featured: true
            tags: [diplomacy, asia]
            draft: false
            aliases: [/events/2018-06-12-singapore-summit]
            photo:
              commons: "Kim and Trump shaking hands.jpg"
              alt: Two leaders shaking hands
              caption: The handshake
              photographer: Shealah Craighead
              location: Singapore
              license: Public domain
            related:
              - date: 2019-02-27
                text: Second summit, in Hanoi.
              - date: 2019-06-30
                text: Trump steps into North Korea.
                event: 2019-06-30-trump-steps-into-north-korea
            gallery:
              - src: photos/handshake.jpg
                alt: A local photo
                caption: Local caption
                photographer: A. Photographer
                license: CC BY 4.0
                width: 800
                height: 600
            ---
            First paragraph with **bold**.

            Second paragraph.
            """;

        var result = Parser.Parse("events/06-12/2018-trump-meets-kim-jong-un.md", text);

        Assert.Empty(result.Diagnostics);
        var doc = Assert.IsType<EntryDocument>(result.Document);
        Assert.Equal("2018-06-12-trump-meets-kim-jong-un", doc.Slug);
        Assert.Equal("Donald Trump Meets Kim Jong-Un", doc.Title);
        Assert.Equal(new HistoricDate(2018, 6, 12), doc.Date);
        Assert.Equal(EventKind.Event, doc.Kind);
        Assert.Equal("Singapore time", doc.DateNote);
        Assert.True(doc.Featured);
        Assert.False(doc.Draft);
        Assert.Equal(["diplomacy", "asia"], doc.Tags);
        Assert.Equal(["/events/2018-06-12-singapore-summit"], doc.Aliases);
        Assert.Equal("Kim and Trump shaking hands.jpg", doc.Photo!.Commons);
        Assert.Equal("Wikimedia Commons", doc.Photo.Source);
        Assert.Equal("https://commons.wikimedia.org/wiki/File:Kim_and_Trump_shaking_hands.jpg", doc.Photo.SourceUrl);
        Assert.Equal("Shealah Craighead", doc.Photo.Photographer);
        Assert.Equal(2, doc.Related.Count);
        Assert.Equal("2019-06-30-trump-steps-into-north-korea", doc.Related[1].EventSlug);
        var local = Assert.Single(doc.Gallery);
        Assert.Equal("photos/handshake.jpg", local.Src);
        Assert.Equal(800, local.Width);
        Assert.Contains("<strong>bold</strong>", doc.BodyHtml, StringComparison.Ordinal);
        Assert.StartsWith("First paragraph with bold.", doc.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BcDate_DerivesSlugAndKeepsNegativeYear()
    {
        var result = Parser.Parse("events/03-15/44bc-caesar-assassinated.md",
            "---\ntitle: Julius Caesar Is Assassinated\ndate: 0044-03-15 BC\nsummary: Caesar is killed.\n---\nBody.\n");

        var doc = Assert.IsType<EntryDocument>(result.Document);
        Assert.Equal(-44, doc.Date.Year);
        Assert.Equal("44bc-03-15-caesar-assassinated", doc.Slug);
        Assert.Equal("15 March 44 BC", doc.Date.Display);
        Assert.Equal(2069, doc.Date.YearsBefore(2026));
    }

    public static TheoryData<string, string, string, int, int> BrokenEntries => new()
    {
        // path, text, expected code, line, column
        { "events/06-12/2018-x.md", "title: No front matter\n", EntryRules.FrontMatter, 1, 1 },
        { "events/06-12/2018-x.md", "---\ntitle: Never closed\ndate: 2018-06-12\n", EntryRules.FrontMatter, 1, 1 },
        { "events/06-12/2018-x.md", "---\ntitle: T\ndate: 2018-06-12\nsummary: [unclosed\n---\nBody\n", EntryRules.YamlSyntax, 5, 1 },
        { "events/06-12/2018-x.md", "---\ntitle: T\ndate: 2018-06-12\n---\nBody\n", EntryRules.RequiredField, 4, 1 },
        { "events/06-12/2018-x.md", "---\ntitle: T\ndate: 2018-06-12\nsummary: \"\"\n---\nBody\n", EntryRules.RequiredField, 4, 1 },
        { "events/02-30/2018-x.md", "---\ntitle: T\ndate: 2018-02-30\nsummary: S.\n---\nBody\n", EntryRules.BadPath, 1, 1 },
        { "events/06-12/2018-x.md", "---\ntitle: T\ndate: 2018-6-12\nsummary: S.\n---\nBody\n", EntryRules.BadDate, 3, 7 },
        { "events/02-28/2019-x.md", "---\ntitle: T\ndate: 2019-02-29\nsummary: S.\n---\nBody\n", EntryRules.BadDate, 3, 7 },
        { "events/06-12/2018-x.md", "---\ntitle: T\ndate: 2018-06-13\nsummary: S.\n---\nBody\n", EntryRules.DateMismatch, 3, 7 },
        { "events/06-12/2017-x.md", "---\ntitle: T\ndate: 2018-06-12\nsummary: S.\n---\nBody\n", EntryRules.DateMismatch, 3, 7 },
        { "events/06-12/2018-x.md", "---\ntitle: T\ndate: 2018-06-12\nsummary: S.\ntitel: typo\n---\nBody\n", EntryRules.UnknownField, 5, 1 },
        { "events/06-12/2018-x.md", "---\ntitle: T\ndate: 2018-06-12\nsummary: S.\nphoto:\n  commons: a.jpg\n  src: photos/a.jpg\n  alt: A\n---\nBody\n", EntryRules.PhotoSource, 6, 3 },
        { "events/06-12/2018-x.md", "---\ntitle: T\ndate: 2018-06-12\nsummary: S.\nphoto:\n  commons: a.jpg\n  caption: C\n---\nBody\n", EntryRules.PhotoAlt, 6, 3 },
        { "events/06-12/2018-x.md", "---\ntitle: T\ndate: 2018-06-12\nsummary: S.\nphoto:\n  src: photos/missing.jpg\n  alt: A\n---\nBody\n", EntryRules.PhotoFile, 6, 8 },
        { "events/06-12/2018-x.md", "---\ntitle: T\ndate: 2018-06-12\nsummary: S.\nphoto:\n  src: photos/../../etc/passwd\n  alt: A\n---\nBody\n", EntryRules.PhotoFile, 6, 8 },
        { "events/06-12/2018-x.md", "---\ntitle: T\ndate: 2018-06-12\nsummary: S.\ngallery:\n  - src: /etc/passwd\n    alt: A\n---\nBody\n", EntryRules.PhotoFile, 6, 10 },
        { "events/06-12/2018-x.md", "---\ntitle: T\ndate: 2018-06-12\nsummary: S.\n---\nFirst line.\n\nA [bad link](javascript:alert(1)) here.\n", EntryRules.BodyLink, 8, 3 },
        { "events/06-12/2018-x.md", "---\ntitle: T\ndate: 2018-06-12\nsummary: S.\nfeatured: true\n---\n\n   \n", EntryRules.EmptyBody, 7, 1 },
        { "events/06-12/2018-x.md", "---\ntitle: T\ndate: 2018-06-12\nsummary: S.\nwikipedia: https://en.wikipedia.org/wiki/X\n---\n", EntryRules.BadWikipedia, 5, 12 },
        { "events/06-12/2018-x.md", "---\ntitle: T\ndate: 2018-06-12\nsummary: S.\ntags: [diplomacy, war, europe, asia]\n---\n", EntryRules.BriefTags, 5, 7 },
        { "events/06-12/2018-x.md", "---\ntitle: T\ndate: 2018-06-12\nsummary: S.\nkind: battle\n---\nBody\n", EntryRules.BadKind, 5, 7 },
        { "events/06-12/2018-x.md", "---\ntitle: T\ndate: 2018-06-12\nsummary: S.\nfeatured: maybe\n---\nBody\n", EntryRules.BadType, 5, 11 },
        { "events/06-12/2018-x.md", "---\ntitle: T\ndate: 2018-06-12\nsummary: S.\ntags: [Diplomacy]\n---\nBody\n", EntryRules.BadTag, 5, 8 },
        { "events/06-12/2018-x.md", "---\ntitle: T\ndate: 2018-06-12\nsummary: S.\ntags: [diplomacy, cooking]\n---\nBody\n", EntryRules.BadTag, 5, 19 },
        { "events/06-12/2018-Bad_Name.md", "---\ntitle: T\ndate: 2018-06-12\nsummary: S.\n---\nBody\n", EntryRules.BadPath, 1, 1 },
        { "events/06-12/2018-x.md", "---\ntitle: T\ndate: 2018-06-12\nsummary: S.\nrelated:\n  - date: 2019-02-30\n    text: Nope\n---\nBody\n", EntryRules.BadRelated, 6, 11 },
        { "events/06-12/2018-x.md", "---\ntitle: T\ndate: 2018-06-12\nsummary: S.\nrelated:\n  - date: 2019-02-27\n---\nBody\n", EntryRules.RequiredField, 6, 5 },
        { "events/06-12/2018-x.md", "---\ntitle: T\ndate: 2018-06-12\nsummary: S.\nphoto:\n  commons: a.jpg\n  alt: A\n  source_url: http://example.com/a\n---\nBody\n", EntryRules.InsecureUrl, 8, 15 },
        { "events/06-12/2018-x.md", "---\ntitle: T\ndate: 2018-06-12\nsummary: S.\naliases: [old-address]\n---\nBody\n", EntryRules.BadAlias, 5, 11 },
        { "events/06-12/2018-x.md", "---\ntitle: " + new string('T', 71) + "\ndate: 2018-06-12\nsummary: S.\n---\nBody\n", EntryRules.TooLong, 2, 8 },
    };

    [Theory]
    [MemberData(nameof(BrokenEntries))]
    public void Parse_BrokenEntry_ReportsRuleAtFileLineAndColumn(string path, string text, string code, int line, int column)
    {
        var result = Parser.Parse(path, text);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == code);
        Assert.Equal("content/" + path, diagnostic.Path);
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
        Assert.StartsWith($"content/{path}:{line}:{column}: ", diagnostic.ToString(), StringComparison.Ordinal);
        if (diagnostic.IsError)
        {
            Assert.Null(result.Document);
        }
    }

    [Fact]
    public void Parse_Brief_NeedsNoBodyAndKeepsItsWikipediaTitle()
    {
        var result = Parser.Parse("events/01-05/1941-hayao-miyazaki-born.md",
            "---\ntitle: Hayao Miyazaki, Animator\ndate: 1941-01-05\nsummary: Born in Tokyo.\nkind: birth\ntags: [diplomacy]\nwikipedia: Hayao_Miyazaki\n---\n");

        Assert.Empty(result.Diagnostics);
        var doc = Assert.IsType<EntryDocument>(result.Document);
        Assert.Equal(EventKind.Birth, doc.Kind);
        Assert.Equal("Hayao Miyazaki", doc.Wikipedia);
        Assert.Equal("", doc.BodyHtml);
    }

    [Theory]
    [InlineData("Hayao Miyazaki", "https://en.wikipedia.org/wiki/Hayao_Miyazaki")]
    [InlineData("Battle of Nancy", "https://en.wikipedia.org/wiki/Battle_of_Nancy")]
    [InlineData("Kim and Trump (2018): a summit, 'Singapore'", "https://en.wikipedia.org/wiki/Kim_and_Trump_(2018):_a_summit,_'Singapore'")]
    [InlineData("North Korea–United States Singapore Summit", "https://en.wikipedia.org/wiki/North_Korea%E2%80%93United_States_Singapore_Summit")]
    [InlineData("AC/DC", "https://en.wikipedia.org/wiki/AC/DC")]
    [InlineData("Tom & Jerry?", "https://en.wikipedia.org/wiki/Tom_%26_Jerry%3F")]
    public void WikipediaLink_WritesTheArticleAddress(string title, string expected) =>
        Assert.Equal(expected, OnThisDay.Web.Events.WikipediaLink.For(title));

    [Fact]
    public void Parse_UnknownField_SuggestsNearestName()
    {
        var result = Parser.Parse("events/06-12/2018-x.md", "---\ntitle: T\ndate: 2018-06-12\nsummary: S.\nsumary: typo\n---\nBody\n");

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("did you mean 'summary'", warning.Message, StringComparison.Ordinal);
        Assert.NotNull(result.Document);
    }

    [Fact]
    public void Parse_HostileBody_IsSanitised()
    {
        var result = Parser.Parse("events/06-12/2018-x.md",
            "---\ntitle: T\ndate: 2018-06-12\nsummary: S.\n---\nHello <script>alert(1)</script> <img src=x onerror=alert(2)> <a href=\"javascript:alert(3)\">x</a>\n");

        var html = Assert.IsType<EntryDocument>(result.Document).BodyHtml;
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }
}
