using System.Globalization;

namespace OnThisDay.Web.Events;

/// <summary>
/// The day's timeline: every entry of a day placed on one axis of years, one lane per kind. The axis is
/// logarithmic in the years before the present, so centuries fill the left and decades the right, and 44 BC
/// and 2018 both stay readable on one line. Positions are computed here; the page only draws them.
/// </summary>
public sealed record DayTimeline(
    IReadOnlyList<TimelineLane> Lanes,
    IReadOnlyList<TimelineMark> Marks,
    IReadOnlyList<TimelineTick> Ticks,
    double AxisY)
{
    public const double Width = 880;
    public const double PlotLeft = 92;
    public const double PlotRight = 860;
    private const double LaneHeight = 46;
    private const double Top = 26;
    private const double MinTickGap = 58;
    private const double MinMarkGap = 15;

    public double Height => AxisY + 34;

    private static readonly (string Kind, string Label)[] Kinds =
        [("event", "Events"), ("birth", "Births"), ("death", "Deaths"), ("holiday", "Holidays")];

    private static readonly int[] TickYears =
        [-2999, -1999, -999, -499, 1, 500, 1000, 1200, 1400, 1500, 1600, 1700, 1750, 1800, 1850, 1900, 1925, 1950, 1975, 2000, 2025];

    /// <summary>The timeline of a day's entries, or null when there are fewer than two to place.</summary>
    public static DayTimeline? For(IReadOnlyList<EventSummary> events, string? featuredSlug, int currentYear)
    {
        if (events.Count < 2)
        {
            return null;
        }
        var lanes = Kinds.Where(k => events.Any(e => e.Kind == k.Kind))
            .Select((k, i) => new TimelineLane(k.Kind, k.Label, Top + i * LaneHeight + LaneHeight / 2))
            .ToList();
        var axisY = Top + lanes.Count * LaneHeight + 6;

        // Years before a point a decade after the present: the log keeps recent decades apart.
        var reference = currentYear + 10.0;
        double Scale(double year) => -Math.Log(Math.Max(1, reference - year));
        var years = events.Select(e => (double)e.Date.AstronomicalYear).ToList();
        var (first, last) = (Scale(years.Min()), Scale(years.Max()));
        if (last - first < 0.5)
        {
            (first, last) = ((first + last) / 2 - 0.25, (first + last) / 2 + 0.25);
        }
        double X(double year) => PlotLeft + 14 + (Scale(year) - first) / (last - first) * (PlotRight - PlotLeft - 28);

        var marks = new List<TimelineMark>();
        foreach (var lane in lanes)
        {
            // Marks closer than MinMarkGap take the next free row of the lane: centre, above, below.
            var rows = new List<double>[3] { [], [], [] };
            foreach (var e in events.Where(e => e.Kind == lane.Kind).OrderBy(e => e.Date))
            {
                var x = X(e.Date.AstronomicalYear);
                var row = Array.FindIndex(rows, r => r.All(taken => Math.Abs(taken - x) >= MinMarkGap));
                row = row < 0 ? 0 : row;
                rows[row].Add(x);
                var y = lane.Y + row switch { 1 => -13, 2 => 13, _ => 0 };
                marks.Add(new TimelineMark(e, Math.Round(x, 1), y, e.Slug == featuredSlug));
            }
        }

        // The oldest era on the axis is always named; the rest are taken from the present backwards while they fit.
        var (minYear, maxYear) = (years.Min(), years.Max());
        var candidates = TickYears.Where(y => y <= currentYear && y >= minYear - 1 && y <= maxYear + 1)
            .Select(y => new TimelineTick(Math.Round(X(y), 1), y < 1 ? $"{1 - y} BC" : y == 1 ? "AD 1" : y.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        var ticks = new List<TimelineTick>();
        if (candidates.Count > 0)
        {
            var oldest = candidates[0];
            foreach (var tick in candidates.Skip(1).Reverse())
            {
                if ((ticks.Count == 0 || ticks[^1].X - tick.X >= MinTickGap) && tick.X - oldest.X >= MinTickGap)
                {
                    ticks.Add(tick);
                }
            }
            ticks.Add(oldest);
            ticks.Reverse();
        }
        return new DayTimeline(lanes, marks, ticks, axisY);
    }
}

public sealed record TimelineLane(string Kind, string Label, double Y);

public sealed record TimelineTick(double X, string Label);

public sealed record TimelineMark(EventSummary Event, double X, double Y, bool Featured)
{
    private static readonly Dictionary<string, string> KindNames = new()
    {
        ["event"] = "event", ["birth"] = "birth", ["death"] = "death", ["holiday"] = "holiday or observance",
    };

    /// <summary>The mark's accessible name: "1941 – Hayao Miyazaki, Animator (birth)".</summary>
    public string Name => $"{Event.Date.YearText} – {Event.Title} ({(Featured ? "featured story, " : "")}{KindNames.GetValueOrDefault(Event.Kind, Event.Kind)})";

    /// <summary>The mark's outline as SVG path data: a circle for an event, a triangle for a birth, a square for a death,
    /// a diamond for a holiday; the featured story's mark is larger.</summary>
    public string Path
    {
        get
        {
            var r = Featured ? 9.0 : 6.0;
            string P(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
            return Event.Kind switch
            {
                "birth" => $"M{P(X)} {P(Y - r * 1.15)}L{P(X + r * 1.1)} {P(Y + r * 0.8)}L{P(X - r * 1.1)} {P(Y + r * 0.8)}Z",
                "death" => $"M{P(X - r * 0.85)} {P(Y - r * 0.85)}h{P(r * 1.7)}v{P(r * 1.7)}h{P(-r * 1.7)}Z",
                "holiday" => $"M{P(X)} {P(Y - r * 1.1)}L{P(X + r * 1.1)} {P(Y)}L{P(X)} {P(Y + r * 1.1)}L{P(X - r * 1.1)} {P(Y)}Z",
                _ => $"M{P(X - r)} {P(Y)}a{P(r)} {P(r)} 0 1 0 {P(2 * r)} 0a{P(r)} {P(r)} 0 1 0 {P(-2 * r)} 0Z",
            };
        }
    }
}
