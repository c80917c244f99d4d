using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace OnThisDay.Tests.Support;

/// <summary>Every log event the site writes, rendered, for tests that assert an operator is told something.</summary>
public sealed class CapturedLog : ILogEventSink
{
    // Strings as written, not quoted: the text an operator reads in the console.
    private static readonly MessageTemplateTextFormatter Format = new("{Message:lj}", System.Globalization.CultureInfo.InvariantCulture);

    private readonly ConcurrentQueue<(LogEventLevel Level, string Text)> _events = new();

    public void Emit(LogEvent logEvent)
    {
        using var text = new StringWriter();
        Format.Format(logEvent, text);
        _events.Enqueue((logEvent.Level, text.ToString()));
    }

    public IReadOnlyList<string> At(LogEventLevel level) => [.. _events.Where(e => e.Level == level).Select(e => e.Text)];

    public bool Contains(LogEventLevel level, string text) => _events.Any(e => e.Level == level && e.Text.Contains(text, StringComparison.Ordinal));
}
