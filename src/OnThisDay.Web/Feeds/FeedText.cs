using System.Text;

namespace OnThisDay.Web.Feeds;

/// <summary>
/// The second line of defence behind the validator: text that feeds and calendars carry never holds a control
/// character (one makes XML ill-formed; a lone CR or NEL starts a new line in iCalendar) or a lone surrogate.
/// </summary>
public static class FeedText
{
    public static string Clean(string text)
    {
        if (!text.Any(IsUnwanted) && !HasLoneSurrogate(text))
        {
            return text;
        }
        var clean = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune == Rune.ReplacementChar && !text.Contains('\uFFFD', StringComparison.Ordinal))
            {
                continue;
            }
            if (!rune.IsBmp || !IsUnwanted((char)rune.Value))
            {
                clean.Append(rune.ToString());
            }
        }
        return clean.ToString();
    }

    private static bool IsUnwanted(char c) =>
        (c < ' ' && c is not '\t' and not '\n') || c is >= '\u007F' and <= '\u009F' || c is '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF';

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }
        return false;
    }
}
