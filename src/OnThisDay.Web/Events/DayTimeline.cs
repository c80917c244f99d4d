using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

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

    /// <summary>
    /// The timeline's SVG element: a line and a label per lane, the axis, a tick and a year per tick, and a linked mark
    /// per entry. It is written straight into the response when the page is, numbers formatted in place: through
    /// Razor each coordinate was a string of its own, and the timeline made about a sixth of what an uncached day
    /// page allocated.
    /// </summary>
    public IHtmlContent Svg => new SvgContent(this);

    private sealed class SvgContent(DayTimeline timeline) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder) => timeline.WriteSvg(writer, encoder);
    }

    private void WriteSvg(TextWriter w, HtmlEncoder encoder)
    {
        w.Write("<svg viewBox=\"0 0 ");
        Number(w, Width, null);
        w.Write(' ');
        Number(w, Height, null);
        w.Write("\" width=\"");
        Number(w, Width, null);
        w.Write("\" height=\"");
        Number(w, Height, null);
        w.Write("\" aria-labelledby=\"day-timeline\" aria-describedby=\"day-timeline-note\" role=\"group\">\n");
        foreach (var lane in Lanes)
        {
            w.Write("                <line class=\"day-timeline__lane\" x1=\"");
            Number(w, PlotLeft);
            w.Write("\" x2=\"");
            Number(w, PlotRight);
            w.Write("\" y1=\"");
            Number(w, lane.Y);
            w.Write("\" y2=\"");
            Number(w, lane.Y);
            w.Write("\" />\n                <text class=\"day-timeline__label\" x=\"0\" y=\"");
            Number(w, lane.Y + 5);
            w.Write("\" aria-hidden=\"true\">");
            encoder.Encode(w, lane.Label);
            w.Write("</text>\n");
        }
        w.Write("            <line class=\"day-timeline__axis\" x1=\"");
        Number(w, PlotLeft);
        w.Write("\" x2=\"");
        Number(w, PlotRight);
        w.Write("\" y1=\"");
        Number(w, AxisY);
        w.Write("\" y2=\"");
        Number(w, AxisY);
        w.Write("\" />\n");
        foreach (var tick in Ticks)
        {
            w.Write("                <line class=\"day-timeline__tick\" x1=\"");
            Number(w, tick.X);
            w.Write("\" x2=\"");
            Number(w, tick.X);
            w.Write("\" y1=\"");
            Number(w, AxisY);
            w.Write("\" y2=\"");
            Number(w, AxisY + 6);
            w.Write("\" />\n                <text class=\"day-timeline__year\" x=\"");
            Number(w, tick.X);
            w.Write("\" y=\"");
            Number(w, AxisY + 22);
            w.Write("\" text-anchor=\"middle\" aria-hidden=\"true\">");
            encoder.Encode(w, tick.Label);
            w.Write("</text>\n");
        }
        foreach (var mark in Marks)
        {
            var name = mark.Name;
            w.Write("                <a href=\"");
            encoder.Encode(w, mark.Event.Url);
            w.Write("\" aria-label=\"");
            encoder.Encode(w, name);
            w.Write("\" class=\"day-timeline__mark day-timeline__mark--");
            encoder.Encode(w, mark.Event.Kind);
            w.Write(mark.Featured ? " day-timeline__mark--featured\">\n                    <title>" : "\">\n                    <title>");
            encoder.Encode(w, name);
            w.Write("</title>\n                    <path d=\"");
            mark.WritePath(w);
            w.Write("\" />\n");
            if (mark.Featured)
            {
                w.Write("                        <text x=\"");
                Number(w, mark.X);
                w.Write("\" y=\"");
                Number(w, mark.Y - 14);
                w.Write("\" text-anchor=\"middle\" aria-hidden=\"true\">");
                encoder.Encode(w, mark.Event.Date.YearText);
                w.Write("</text>\n");
            }
            w.Write("                </a>\n");
        }
        w.Write("        </svg>");
    }

    /// <summary>Writes a coordinate as the page shows it (at most one decimal, as <c>0.#</c> formats it) without a string.</summary>
    internal static void Number(TextWriter writer, double value, string? format = "0.#")
    {
        Span<char> digits = stackalloc char[32];
        writer.Write(value.TryFormat(digits, out var length, format, CultureInfo.InvariantCulture) ? digits[..length] : value.ToString(format, CultureInfo.InvariantCulture));
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
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            WritePath(writer);
            return writer.ToString();
        }
    }

    internal void WritePath(TextWriter w)
    {
        var r = Featured ? 9.0 : 6.0;
        void P(char command, double value)
        {
            w.Write(command);
            DayTimeline.Number(w, value);
        }
        switch (Event.Kind)
        {
            case "birth":
                P('M', X); P(' ', Y - r * 1.15); P('L', X + r * 1.1); P(' ', Y + r * 0.8); P('L', X - r * 1.1); P(' ', Y + r * 0.8);
                break;
            case "death":
                P('M', X - r * 0.85); P(' ', Y - r * 0.85); P('h', r * 1.7); P('v', r * 1.7); P('h', -r * 1.7);
                break;
            case "holiday":
                P('M', X); P(' ', Y - r * 1.1); P('L', X + r * 1.1); P(' ', Y); P('L', X); P(' ', Y + r * 1.1); P('L', X - r * 1.1); P(' ', Y);
                break;
            default:
                P('M', X - r); P(' ', Y); P('a', r); P(' ', r); w.Write(" 0 1 0"); P(' ', 2 * r); w.Write(" 0");
                P('a', r); P(' ', r); w.Write(" 0 1 0"); P(' ', -2 * r); w.Write(" 0");
                break;
        }
        w.Write('Z');
    }
}
