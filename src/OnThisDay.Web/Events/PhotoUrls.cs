using System.Security.Cryptography;
using System.Text;

namespace OnThisDay.Web.Events;

/// <summary>
/// The one builder of photo addresses. A Commons file whose original width is known is loaded from its direct
/// thumbnail address, as Wikipedia does, at Wikimedia's standard widths and never wider than the original
/// (Wikimedia refuses to scale up); otherwise through <c>Special:FilePath</c>, which redirects and copes with
/// small originals. Local files (content/photos/) are served under /photos/.
/// </summary>
public static class PhotoUrls
{
    /// <summary>Wikimedia's standard thumbnail widths; other widths are rendered on demand and served slower.</summary>
    public static readonly int[] StandardWidths = [500, 960, 1280, 1920];

    public const int DefaultWidth = 960;

    public const string UploadHost = "upload.wikimedia.org";

    private const string Upload = "https://" + UploadHost + "/wikipedia/commons/";

    /// <summary>A file name as Commons stores it: underscores for spaces, first letter capital.</summary>
    public static string CommonsName(string file)
    {
        var name = file.Trim().Replace(' ', '_');
        return name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
    }

    /// <summary>The two hash folders of a Commons file, <c>a/ab</c>: the first one and two hex digits of the MD5 of its name.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5351", Justification = "Wikimedia's folder scheme is defined by MD5; nothing secret depends on it.")]
    public static string HashFolders(string file)
    {
        var hex = Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(CommonsName(file))));
        return $"{hex[0]}/{hex[..2]}";
    }

    /// <summary>The file's description page on Commons: its author, licence and history.</summary>
    public static string CommonsFilePage(string file) => "https://commons.wikimedia.org/wiki/File:" + Escape(CommonsName(file));

    /// <summary>The original file on Wikimedia's upload server.</summary>
    public static string CommonsOriginal(string file) => Upload + HashFolders(file) + "/" + Escape(CommonsName(file));

    /// <summary>The direct address of a thumbnail <paramref name="width"/> pixels wide.</summary>
    public static string CommonsThumbnail(string file, int width)
    {
        var name = CommonsName(file);
        return $"{Upload}thumb/{HashFolders(file)}/{Escape(name)}/{Escape(ThumbnailName(name, width))}";
    }

    // Formats a browser cannot show are thumbnailed into one it can, under a name that says so.
    private static string ThumbnailName(string name, int width) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".svg" => $"{width}px-{name}.png",
        ".tif" or ".tiff" => $"lossy-page1-{width}px-{name}.jpg",
        ".pdf" or ".djvu" => $"page1-{width}px-{name}.jpg",
        _ => $"{width}px-{name}",
    };

    /// <summary>The standard widths a file can be served at: those no wider than its original, or all when that is unknown.</summary>
    public static IReadOnlyList<int> WidthsFor(int? originalWidth) =>
        originalWidth is { } original ? [.. StandardWidths.Where(w => w <= original)] : StandardWidths;

    /// <summary>
    /// The standard width to show an original of <paramref name="originalWidth"/> at about <paramref name="wanted"/>
    /// pixels: the largest that fits both, else the smallest the original allows; null when the original is
    /// narrower than every standard width (show the original itself).
    /// </summary>
    public static int? ThumbnailWidth(int originalWidth, int wanted)
    {
        var widths = WidthsFor(originalWidth);
        var fits = widths.Where(w => w <= wanted).DefaultIfEmpty(0).Max();
        return fits > 0 ? fits : widths.Count > 0 ? widths[0] : null;
    }

    /// <summary>A Commons photo at about <paramref name="wanted"/> pixels wide.</summary>
    public static string Commons(string file, int? originalWidth, int wanted = DefaultWidth) =>
        originalWidth is null
            ? $"https://commons.wikimedia.org/wiki/Special:FilePath/{Escape(CommonsName(file))}?width={wanted}"
            : ThumbnailWidth(originalWidth.Value, wanted) is { } width ? CommonsThumbnail(file, width) : CommonsOriginal(file);

    /// <summary>The <c>srcset</c> of a Commons photo: each standard width it has, and the original when that is not one of them.</summary>
    public static string CommonsSrcSet(string file, int? originalWidth)
    {
        if (originalWidth is not { } original)
        {
            return string.Join(", ", StandardWidths.Select(w => $"{Commons(file, null, w)} {w}w"));
        }
        var candidates = WidthsFor(original).Select(w => $"{CommonsThumbnail(file, w)} {w}w").ToList();
        if (!StandardWidths.Contains(original) && !IsThumbnailOnly(file))
        {
            candidates.Add($"{CommonsOriginal(file)} {original}w");
        }
        return string.Join(", ", candidates);
    }

    /// <summary>The address of a photo given by <c>src</c>: a file under content/photos/ is served under /photos/.</summary>
    public static string Local(string src) =>
        src.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? src
            : "/photos/" + string.Join('/', src["photos/".Length..].Split('/').Select(Uri.EscapeDataString));

    // Originals a browser cannot show directly.
    private static bool IsThumbnailOnly(string file) => Path.GetExtension(file).ToLowerInvariant() is ".tif" or ".tiff" or ".pdf" or ".djvu";

    private static string Escape(string name) => Uri.EscapeDataString(name);
}
