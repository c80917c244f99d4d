using OnThisDay.Web.Search;

namespace OnThisDay.Tests.Search;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("moon landing", "\"moon\" \"landing\"*")]
    [InlineData("  Apollo   11 ", "\"Apollo\" \"11\"")]
    [InlineData("war AND peace OR NOT NEAR", "\"war\" \"peace\"*")]
    [InlineData("\"quoted\" (group) star* -minus col:umn", "\"quoted\" \"group\" \"star\" \"minus\" \"col\" \"umn\"*")]
    [InlineData("São Paulo", "\"São\" \"Paulo\"*")]
    [InlineData("東京", "\"東京\"")]
    [InlineData("war War WAR", "\"war\"*")]
    public void ToMatch_QuotesEveryWord_AndLetsTheLastBeAPrefix(string input, string expected) =>
        Assert.Equal(expected, SearchQuery.ToMatch(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"*()^:-")]
    [InlineData("AND OR")]
    public void ToMatch_NothingToSearch_IsNull(string? input) =>
        Assert.Null(SearchQuery.ToMatch(input));

    [Fact]
    public void Terms_AreCappedInNumberAndLength()
    {
        var many = string.Join(' ', Enumerable.Range(1, 40).Select(i => "w" + i));
        Assert.Equal(SearchQuery.MaxTerms, SearchQuery.Terms(many).Count);

        var huge = new string('a', 10_000) + " tail";
        Assert.Equal(SearchQuery.MaxLength, Assert.Single(SearchQuery.Terms(huge)).Length);
    }

    [Fact]
    public void SnippetHtml_EncodesTheTextAndMarksOnlyTheMatches()
    {
        var snippet = $"<b>{SearchQuery.MarkStart}Moon{SearchQuery.MarkEnd}</b> & more";

        Assert.Equal("&lt;b&gt;<mark>Moon</mark>&lt;/b&gt; &amp; more", SearchQuery.SnippetHtml(snippet));
    }
}
