using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OnThisDay.Web.Api;

/// <summary>
/// Wikimedia's integer <c>pageid</c> and <c>revision</c>, derived from what an event is rather than from database
/// row numbers: the same on every instance and after every rebuild. 48 bits of a SHA-256 keep them exact in
/// JSON numbers (under 2^53) and make a collision between a few thousand slugs vanishingly unlikely.
/// </summary>
public static class ApiIdentity
{
    public static long PageId(string slug) => First48Bits(SHA256.HashData(Encoding.UTF8.GetBytes(slug)));

    /// <summary>Changes exactly when the entry file changes.</summary>
    public static string Revision(string contentHash) =>
        First48Bits(SHA256.HashData(Encoding.UTF8.GetBytes(contentHash))).ToString(CultureInfo.InvariantCulture);

    private static long First48Bits(ReadOnlySpan<byte> hash)
    {
        long value = 0;
        for (var i = 0; i < 6; i++)
        {
            value = (value << 8) | hash[i];
        }
        return value == 0 ? 1 : value;
    }
}
