using System.Security.Cryptography;
using System.Text;
using OnThisDay.Web.Events;

namespace OnThisDay.Tests.Events;

/// <summary>Direct Wikimedia addresses of files whose real addresses are known.</summary>
public sealed class PhotoUrlsTests
{
    [Theory]
    [InlineData("Kim and Trump shaking hands at the red carpet during the DPRK–USA Singapore Summit.jpg", "a/ab")]
    [InlineData("Scott of the Antarctic (bw) (cropped).jpg", "7/72")]
    [InlineData("Nassir Little (cropped).jpg", "7/77")]
    [InlineData("Donald_Trump_star_Hollywood_Walk_of_Fame.JPG", "a/a9")]
    public void HashFolders_MatchTheKnownUploadAddresses(string file, string folders)
    {
        Assert.Equal(folders, PhotoUrls.HashFolders(file));
    }

    [Fact]
    public void Original_AndThumbnail_OfAKnownFile()
    {
        Assert.Equal("https://upload.wikimedia.org/wikipedia/commons/7/72/Scott_of_the_Antarctic_%28bw%29_%28cropped%29.jpg",
            PhotoUrls.CommonsOriginal("Scott of the Antarctic (bw) (cropped).jpg"));
        Assert.Equal("https://upload.wikimedia.org/wikipedia/commons/thumb/7/77/Nassir_Little_%28cropped%29.jpg/960px-Nassir_Little_%28cropped%29.jpg",
            PhotoUrls.CommonsThumbnail("Nassir Little (cropped).jpg", 960));
    }

    [Theory]
    [InlineData("Map of the world.svg", "500px-Map_of_the_world.svg.png")]
    [InlineData("Old scan.tif", "lossy-page1-500px-Old_scan.tif.jpg")]
    [InlineData("Photo.jpeg", "500px-Photo.jpeg")]
    public void FormatsThatAreRenamed_GetTheirThumbnailNames(string file, string thumbnail)
    {
        Assert.EndsWith("/" + thumbnail, PhotoUrls.CommonsThumbnail(file, 500), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(967)]
    [InlineData(1606)]
    [InlineData(500)]
    [InlineData(4000)]
    [InlineData(320)]
    public void SrcSet_NeverAsksForAWidthAboveTheOriginal(int original)
    {
        var srcset = PhotoUrls.CommonsSrcSet("Nassir Little (cropped).jpg", original);

        var widths = srcset.Split(", ").Select(c => int.Parse(c.Split(' ')[1].TrimEnd('w'), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(widths);
        Assert.All(widths, w => Assert.True(w <= original, $"{w} > {original}"));
        Assert.All(srcset.Split(", "), c => Assert.StartsWith("https://upload.wikimedia.org/wikipedia/commons/", c, StringComparison.Ordinal));
    }

    [Fact]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5351", Justification = "Wikimedia's folder scheme is MD5; the test recomputes it.")]
    public void EveryDirectAddress_HasFoldersMatchingTheMd5OfItsName()
    {
        foreach (var file in new[] { "Snow-cholera-map-1.jpg", "Ünïcode – dash.png", "a b.svg" })
        {
            foreach (var url in PhotoUrls.CommonsSrcSet(file, 2000).Split(", ").Select(c => c.Split(' ')[0]).Append(PhotoUrls.CommonsOriginal(file)))
            {
                var path = new Uri(url).AbsolutePath.Replace("/wikipedia/commons/", "", StringComparison.Ordinal).Replace("thumb/", "", StringComparison.Ordinal);
                var parts = path.Split('/');
                var name = Uri.UnescapeDataString(parts[2]);
                var md5 = Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(name)));
                Assert.Equal((md5[..1], md5[..2]), (parts[0], parts[1]));
            }
        }
    }

    [Fact]
    public void UnknownSize_UsesSpecialFilePath()
    {
        Assert.Equal("https://commons.wikimedia.org/wiki/Special:FilePath/Snow-cholera-map-1.jpg?width=960", PhotoUrls.Commons("Snow-cholera-map-1.jpg", null));
    }

    [Fact]
    public void KnownSize_PicksTheLargestStandardWidthThatFits()
    {
        Assert.EndsWith("/960px-A.jpg", PhotoUrls.Commons("A.jpg", 1100), StringComparison.Ordinal);
        Assert.EndsWith("/500px-A.jpg", PhotoUrls.Commons("A.jpg", 700), StringComparison.Ordinal);
        Assert.Equal(PhotoUrls.CommonsOriginal("A.jpg"), PhotoUrls.Commons("A.jpg", 400));
    }
}
