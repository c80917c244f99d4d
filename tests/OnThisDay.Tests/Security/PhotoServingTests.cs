using System.Net;
using OnThisDay.Tests.Support;

namespace OnThisDay.Tests.Security;

/// <summary>/photos serves regular files under content/photos/ only: a link there could point anywhere on the disk.</summary>
public sealed class PhotoServingTests
{
    [Fact]
    public async Task LinksInPhotos_AreNotFollowed_RegularFilesAreServed()
    {
        var content = TestContent.WithReferenceEntry();
        var outside = Directory.CreateDirectory(Path.Combine(content.Root, "..", Path.GetFileName(content.Root) + "-secret")).FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "notes.txt"), "secret source");
            File.WriteAllText(Path.Combine(outside, "passwd"), "root:x:0:0");
            content.Write("photos/real.jpg", "jpeg bytes");
            File.CreateSymbolicLink(Path.Combine(content.Root, "photos/passwd.jpg"), Path.Combine(outside, "passwd"));
            Directory.CreateSymbolicLink(Path.Combine(content.Root, "photos/src"), outside);
            using var factory = new SiteFactory(content);
            var client = factory.CreateClient();

            Assert.Equal("jpeg bytes", await client.GetStringAsync("/photos/real.jpg"));
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/photos/passwd.jpg")).StatusCode);
            // Both names have types the static files middleware serves, so only the link rule stops them.
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/photos/src/notes.txt")).StatusCode);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }
}
