using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Security;

/// <summary>Every payload, placed in every field that reaches a page, comes out as inert text or not at all.</summary>
public sealed class HostileEntryTests : IClassFixture<HostileEntryTests.Site>
{
    private readonly Site _site;

    public HostileEntryTests(Site site) => _site = site;

    public sealed class Site() : SiteFixture(Create())
    {
        private static SiteFactory Create()
        {
            var content = TestContent.WithReferenceEntry();
            for (var i = 0; i < HostilePayloads.All.Length; i++)
            {
                var p = Yaml(HostilePayloads.All[i]);
                var day = (i % 28) + 1;
                content.Write($"events/01-{day:00}/{1900 + i}-hostile-{i}.md", string.Create(CultureInfo.InvariantCulture, $"""
                    ---
                    title: {p}
                    date: {1900 + i}-01-{day:00}
                    summary: {p}
                    date_note: {p}
                    tags: [{(i % 2 == 0 ? "diplomacy" : Yaml("x" + HostilePayloads.All[i]))}]
                    photo:
                      commons: {Yaml("File " + HostilePayloads.All[i] + ".jpg")}
                      alt: {p}
                      caption: {p}
                      photographer: {p}
                      location: {p}
                      source: {p}
                      license: {p}
                    related:
                      - date: 1950-01-01
                        text: {p}
                      - date: 1951-01-01
                        text: {p}
                        event: {Yaml(HostilePayloads.All[i])}
                    gallery:
                      - src: {Yaml(i % 3 == 0 ? "https://example.com/" + HostilePayloads.All[i] : "javascript:alert(1)")}
                        alt: {p}
                        caption: {p}
                        source_url: {Yaml(i % 2 == 0 ? "javascript:alert(1)" : "https://example.com/\"><script>alert(1)</script>")}
                    ---
                    {HostilePayloads.All[i]}

                    Plain paragraph after the payload.
                    """));
                content.Write($"events/02-{day:00}/{1900 + i}-hostile-body-{i}.md",
                    $"---\ntitle: {p}\ndate: {1900 + i}-02-{day:00}\nsummary: {p}\nrelated:\n  - date: 1950-01-01\n    text: {p}\n---\n{HostilePayloads.All[i]}\n\nText {i}.\n");
            }
            return new SiteFactory(content, environment: "Development");
        }

        private static string Yaml(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }

    public static TheoryData<int> Payloads()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < HostilePayloads.All.Length; i++)
        {
            data.Add(i);
        }
        return data;
    }

    [Fact]
    public void Corpus_HasAtLeastThirtyPayloads() => Assert.True(HostilePayloads.All.Length >= 30);

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Payload_InEveryField_RendersInert(int i)
    {
        var client = _site.Factory.CreateClient();
        var day = (i % 28) + 1;
        foreach (var path in new[] { $"/january/{day}", $"/february/{day}", $"/events/{1900 + i}-02-{day:00}-hostile-body-{i}",
            $"/search?q={Uri.EscapeDataString(HostilePayloads.All[i])}", "/editor", "/calendar", "/tags", "/feed.xml" })
        {
            using var response = await client.GetAsync(path);
            Assert.True((int)response.StatusCode < 500, $"{path} answered {(int)response.StatusCode}");
            var doc = await Html.ParseAsync(response);
            AssertInert(doc, path);
        }
    }

    private static readonly string[] Lists = ["events", "births", "deaths", "holidays"];

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Payload_InApi_IsPlainJsonText(int i)
    {
        var day = (i % 28) + 1;
        using var response = await _site.Factory.CreateClient().GetAsync($"/api/v1/onthisday/all/02/{day:00}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var items = Lists
            .SelectMany(list => json.RootElement.TryGetProperty(list, out var l) ? l.EnumerateArray() : Enumerable.Empty<JsonElement>()).ToList();
        // The payload in the title comes back as the very same text, decoded: JSON carries it as data, not markup.
        var hostile = items.SingleOrDefault(e => e.GetProperty("slug").GetString() == $"{1900 + i}-02-{day:00}-hostile-body-{i}");
        if (hostile.ValueKind != JsonValueKind.Undefined)
        {
            Assert.Equal(HostilePayloads.All[i].Trim(), hostile.GetProperty("text").GetString());
        }
        // The only HTML the API carries, extract_html, is inert once parsed.
        foreach (var page in items.SelectMany(e => e.GetProperty("pages").EnumerateArray()))
        {
            var html = page.GetProperty("extract_html").GetString()!;
            var doc = await AngleSharp.BrowsingContextExtensions.OpenAsync(AngleSharp.BrowsingContext.New(), r => r.Content(html));
            AssertInert(doc, "extract_html");
        }
    }

    [Fact]
    public async Task MostPayloadEntries_ArePublished_SoTheApiCheckSeesThem()
    {
        var client = _site.Factory.CreateClient();
        var published = 0;
        for (var day = 1; day <= 28; day++)
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/onthisday/events/02/{day:00}"));
            published += json.RootElement.GetProperty("events").EnumerateArray().Count(e => e.GetProperty("slug").GetString()!.Contains("-hostile-body-", StringComparison.Ordinal));
        }

        Assert.True(published * 5 >= HostilePayloads.All.Length * 4, $"only {published} of {HostilePayloads.All.Length} hostile entries are published");
    }

    internal static void AssertInert(IDocument doc, string path)
    {
        Assert.Empty(doc.QuerySelectorAll("script:not([type='application/ld+json']), iframe, object, embed, base, meta[http-equiv], style, form:not([action='/search'])"));
        foreach (var element in doc.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{path}: <{element.LocalName} {attribute.Name}>");
                if (attribute.Name is "href" or "src" or "action" or "srcset" or "data" or "formaction")
                {
                    var value = attribute.Value.Trim().ToLowerInvariant();
                    Assert.False(value.StartsWith("javascript:", StringComparison.Ordinal) || value.StartsWith("data:", StringComparison.Ordinal) || value.StartsWith("vbscript:", StringComparison.Ordinal),
                        $"{path}: {attribute.Name}={attribute.Value}");
                }
            }
            Assert.Null(element.GetAttribute("style"));
        }
        foreach (var ld in doc.QuerySelectorAll("script[type='application/ld+json']"))
        {
            using var _ = JsonDocument.Parse(ld.TextContent);
        }
    }
}
