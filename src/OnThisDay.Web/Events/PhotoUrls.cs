namespace OnThisDay.Web.Events;

/// <summary>Where a photo is loaded from: Wikimedia Commons at a standard thumbnail width, content/photos/, or https.</summary>
public static class PhotoUrls
{
    /// <summary>Wikimedia's standard thumbnail widths; other widths are rendered on demand and served slower.</summary>
    public static readonly int[] StandardWidths = [500, 960, 1280, 1920];

    public const int DefaultWidth = 960;

    public static string Commons(string file, int width = DefaultWidth) =>
        $"https://commons.wikimedia.org/wiki/Special:FilePath/{Uri.EscapeDataString(file.Replace(' ', '_'))}?width={width}";

    public static string CommonsSrcSet(string file) =>
        string.Join(", ", StandardWidths.Select(w => $"{Commons(file, w)} {w}w"));

    /// <summary>The address of a photo given by <c>src</c>: a file under content/photos/ is served under /photos/.</summary>
    public static string Local(string src) =>
        src.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? src
            : "/photos/" + string.Join('/', src["photos/".Length..].Split('/').Select(Uri.EscapeDataString));
}
