using OnThisDay.Web.Entries;
using OnThisDay.Web.Events;

using OnThisDay.Web.Dates;

namespace OnThisDay.Tests.Events;

public sealed class DayTimelineTests
{
    private static EventSummary E(int year, string kind = "event", string? slug = null) =>
        new(slug ?? $"{year}-{kind}", $"Story of {year}", new HistoricDate(year, 3, 15), "S.", kind, false, false);

    [Fact]
    public void OneEntry_HasNoTimeline()
    {
        Assert.Null(DayTimeline.For([E(2018)], null, 2026));
        Assert.Null(DayTimeline.For([], null, 2026));
    }

    [Fact]
    public void Marks_FollowTheYearsAndStayInsideThePlot()
    {
        var events = new[] { E(-44), E(1066), E(1789), E(1914), E(1969), E(2018) };
        var timeline = DayTimeline.For(events, null, 2026)!;

        var xs = events.Select(e => timeline.Marks.Single(m => m.Event == e).X).ToList();
        Assert.Equal(xs.Order(), xs);
        Assert.All(xs, x => Assert.InRange(x, DayTimeline.PlotLeft, DayTimeline.PlotRight));
        Assert.Equal(DayTimeline.PlotLeft + 14, xs[0], 1);
        Assert.Equal(DayTimeline.PlotRight - 14, xs[^1], 1);
    }

    [Fact]
    public void Scale_KeepsAncientAndRecentYearsReadable()
    {
        var timeline = DayTimeline.For([E(-44), E(1990), E(2000), E(2010), E(2018)], null, 2026)!;
        double X(int year) => timeline.Marks.Single(m => m.Event.Date.Year == year).X;

        // A linear scale would put 1990–2018 within 11 px of each other at this width; here each decade keeps room.
        Assert.True(X(2000) - X(1990) >= 30, $"1990→2000 is {X(2000) - X(1990)} px");
        Assert.True(X(2018) - X(2010) >= 30, $"2010→2018 is {X(2018) - X(2010)} px");
        Assert.True(X(1990) - X(-44) >= 300, "antiquity has its own part of the axis");
    }

    [Fact]
    public void Lanes_OnlyForKindsPresent_InTheDayPageOrder()
    {
        var timeline = DayTimeline.For([E(1900, "death"), E(1950), E(1920, "birth")], null, 2026)!;

        Assert.Equal(["event", "birth", "death"], timeline.Lanes.Select(l => l.Kind));
        Assert.All(timeline.Marks, m => Assert.Equal(timeline.Lanes.Single(l => l.Kind == m.Event.Kind).Y, m.Y));
        Assert.True(timeline.AxisY > timeline.Lanes[^1].Y);
    }

    [Fact]
    public void MarksOfOneYear_AreStackedNotDrawnOnTopOfEachOther()
    {
        var timeline = DayTimeline.For([E(1941, slug: "a"), E(1941, slug: "b"), E(1942, slug: "c"), E(1800, slug: "d")], null, 2026)!;

        var positions = timeline.Marks.Where(m => m.Event.Date.Year >= 1941).Select(m => (m.X, m.Y)).ToList();
        Assert.Equal(3, positions.Distinct().Count());
        Assert.Equal(3, positions.Select(p => p.Y).Distinct().Count());
    }

    [Fact]
    public void Featured_IsMarkedAndNamed_AndShapesDifferByKind()
    {
        var timeline = DayTimeline.For([E(1815, "birth"), E(1852, "death"), E(1969, slug: "moon"), E(1948, "holiday")], "moon", 2026)!;

        var featured = Assert.Single(timeline.Marks, m => m.Featured);
        Assert.Equal("moon", featured.Event.Slug);
        Assert.Equal("1969 – Story of 1969 (featured story, event)", featured.Name);
        Assert.Equal("1815 – Story of 1815 (birth)", timeline.Marks.Single(m => m.Event.Kind == "birth").Name);
        Assert.Equal(4, timeline.Marks.Select(m => m.Path[..1] + string.Concat(m.Path.Where(char.IsLetter))).Distinct().Count());
    }

    [Fact]
    public void Ticks_AreSpacedAndNameEras()
    {
        var timeline = DayTimeline.For([E(-44), E(2018)], null, 2026)!;

        Assert.Contains(timeline.Ticks, t => t.Label == "500 BC" || t.Label == "AD 1" || t.Label == "500");
        Assert.Contains(timeline.Ticks, t => t.Label == "2000");
        Assert.All(timeline.Ticks.Zip(timeline.Ticks.Skip(1)), p => Assert.True(p.Second.X - p.First.X >= 58));
    }
}
