namespace OnThisDay.Tests.Support;

/// <summary>A site shared by the tests of one class (xunit class fixture), disposed after them.</summary>
public abstract class SiteFixture(SiteFactory factory) : IDisposable
{
    public SiteFactory Factory { get; } = factory;

    public void Dispose()
    {
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}
