using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using OnThisDay.Web.Entries;

namespace OnThisDay.Web.Site;

/// <summary>
/// Serves content/photos/ for <c>/photos</c>, but only regular files reached without a symbolic link: a link in
/// the folder could point anywhere on the disk (the app's source, /etc/passwd). Listings are never served.
/// </summary>
public sealed class PhotoFileProvider(string contentRoot) : IFileProvider
{
    private readonly PhysicalFileProvider _photos = new(Directory.CreateDirectory(Path.Combine(contentRoot, "photos")).FullName);

    public IFileInfo GetFileInfo(string subpath)
    {
        var relative = "photos/" + subpath.TrimStart('/');
        return ContainedPath.IsPlainFileUnder(contentRoot, relative) ? _photos.GetFileInfo(subpath) : new NotFoundFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;
}
