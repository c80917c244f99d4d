using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Pages.Days;

public sealed class TodayTests
{
    [Fact]
    public async Task Get_Home_ShowsTodayInUtcByDefault()
    {
        using var factory = new SiteFactory(now: new DateTimeOffset(2026, 6, 12, 23, 30, 0, TimeSpan.Zero));

        var doc = await factory.CreateClient().GetDocumentAsync("/");

        Assert.Equal("Friday, 12 June", doc.QuerySelector(".day-bar__date time")!.TextContent.Trim());
        Assert.Equal("Donald Trump Meets Kim Jong-Un", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("https://onthisday.example/june/12", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_Home_UsesSiteTimeZoneWhenItsDateDiffersFromUtc()
    {
        // 23:30 UTC on 11 June is already 12 June in Tokyo.
        using var factory = new SiteFactory(
            now: new DateTimeOffset(2026, 6, 11, 23, 30, 0, TimeSpan.Zero),
            settings: new Dictionary<string, string?> { ["Site:TimeZone"] = "Asia/Tokyo" });

        var doc = await factory.CreateClient().GetDocumentAsync("/");

        Assert.Equal("Friday, 12 June", doc.QuerySelector(".day-bar__date time")!.TextContent.Trim());
        Assert.Equal("2026-06-12", doc.QuerySelector(".day-bar__date time")!.GetAttribute("datetime"));
        Assert.Equal("Donald Trump Meets Kim Jong-Un", doc.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_Home_BeforeMidnightInNewYork_IsStillThePreviousDay()
    {
        // 02:00 UTC on 13 June is 22:00 on 12 June in New York.
        using var factory = new SiteFactory(
            now: new DateTimeOffset(2026, 6, 13, 2, 0, 0, TimeSpan.Zero),
            settings: new Dictionary<string, string?> { ["Site:TimeZone"] = "America/New_York" });

        var doc = await factory.CreateClient().GetDocumentAsync("/");

        Assert.Equal("Friday, 12 June", doc.QuerySelector(".day-bar__date time")!.TextContent.Trim());
    }

    [Fact]
    public async Task Start_WithUnknownTimeZone_ExitsWithMessageNamingTheSetting()
    {
        using var content = TestContent.WithReferenceEntry();

        var (exitCode, output) = await SiteProcess.RunAsync(content.Root, new Dictionary<string, string>
        {
            ["Site__TimeZone"] = "Mars/Olympus_Mons",
        });

        Assert.Equal(1, exitCode);
        Assert.Contains("Site:TimeZone 'Mars/Olympus_Mons' is not a known IANA time zone id", output, StringComparison.Ordinal);
    }
}
