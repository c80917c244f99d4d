using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Pages;

public sealed class SiteNameTests
{
    [Theory]
    [InlineData("/calendar")]
    [InlineData("/tags")]
    [InlineData("/tags/diplomacy")]
    [InlineData("/search")]
    [InlineData("/search?q=summit")]
    [InlineData("/february/30")]
    [InlineData("/june/12")]
    [InlineData("/events/2018-06-12-trump-meets-kim-jong-un")]
    public async Task EveryTitle_UsesTheConfiguredSiteName(string path)
    {
        using var factory = new SiteFactory(settings: new Dictionary<string, string?> { ["Site:Name"] = "Almanac" });

        var response = await factory.CreateClient().GetAsync(path);
        var title = (await Html.ParseAsync(response)).Title!;

        Assert.EndsWith("Almanac", title, StringComparison.Ordinal);
        Assert.DoesNotContain("On This Day", title, StringComparison.Ordinal);
    }
}
