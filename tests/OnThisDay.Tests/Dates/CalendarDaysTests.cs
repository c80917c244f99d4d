using OnThisDay.Web.Dates;

namespace OnThisDay.Tests.Dates;

public sealed class CalendarDaysTests
{
    [Theory]
    [InlineData(1, 1, 12, 31)]
    [InlineData(3, 1, 2, 29)]
    [InlineData(2, 29, 2, 28)]
    [InlineData(5, 1, 4, 30)]
    [InlineData(6, 12, 6, 11)]
    public void Previous_WrapsTheYearAndPassesThroughLeapDay(int month, int day, int expectedMonth, int expectedDay) =>
        Assert.Equal((expectedMonth, expectedDay), CalendarDays.Previous(month, day));

    [Theory]
    [InlineData(12, 31, 1, 1)]
    [InlineData(2, 28, 2, 29)]
    [InlineData(2, 29, 3, 1)]
    [InlineData(4, 30, 5, 1)]
    public void Next_WrapsTheYearAndPassesThroughLeapDay(int month, int day, int expectedMonth, int expectedDay) =>
        Assert.Equal((expectedMonth, expectedDay), CalendarDays.Next(month, day));

    [Fact]
    public void NextAndPrevious_WalkAll366DaysAndComeBack()
    {
        var (month, day) = (1, 1);
        var seen = new HashSet<(int, int)>();
        do
        {
            Assert.True(seen.Add((month, day)));
            Assert.Equal((month, day), CalendarDays.Previous(CalendarDays.Next(month, day).Month, CalendarDays.Next(month, day).Day));
            (month, day) = CalendarDays.Next(month, day);
        }
        while ((month, day) != (1, 1));
        Assert.Equal(366, seen.Count);
    }

    [Theory]
    [InlineData("6", 6)]
    [InlineData("06", 6)]
    [InlineData("June", 6)]
    [InlineData("JUN", 6)]
    [InlineData("sep", 9)]
    [InlineData("13", null)]
    [InlineData("0", null)]
    [InlineData("ju", null)]
    [InlineData("junee", null)]
    [InlineData("", null)]
    [InlineData("٦", null)]
    public void ParseMonth_ReadsNumbersNamesAndAbbreviations(string token, int? expected) =>
        Assert.Equal(expected, CalendarDays.ParseMonth(token));

    [Theory]
    [InlineData(2, 29, true)]
    [InlineData(2, 30, false)]
    [InlineData(4, 31, false)]
    [InlineData(12, 31, true)]
    [InlineData(13, 1, false)]
    [InlineData(1, 0, false)]
    public void IsValidDay_KnowsTheLengthOfEachMonth(int month, int day, bool valid) =>
        Assert.Equal(valid, CalendarDays.IsValidDay(month, day));

    [Theory]
    [InlineData(2000, true)]
    [InlineData(1900, false)]
    [InlineData(2024, true)]
    [InlineData(2026, false)]
    [InlineData(-44, true)]
    [InlineData(-43, false)]
    public void IsLeapYear_FollowsTheGregorianRule(int astronomicalYear, bool leap) =>
        Assert.Equal(leap, CalendarDays.IsLeapYear(astronomicalYear));

    [Fact]
    public void DaysInMonth_February_HasTwentyEightOutsideALeapYear()
    {
        Assert.Equal(29, CalendarDays.DaysInMonth(2));
        Assert.Equal(28, CalendarDays.DaysInMonth(2, leapYear: false));
        Assert.Equal(31, CalendarDays.DaysInMonth(12, leapYear: false));
    }
}
