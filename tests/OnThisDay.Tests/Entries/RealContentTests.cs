using OnThisDay.Tests.Support;
using OnThisDay.Web.Entries;

namespace OnThisDay.Tests.Entries;

/// <summary>Checks over the repository's own content/: the whole year is written, and it validates clean.</summary>
public sealed class RealContentTests
{
    private static readonly Lazy<ValidationReport> Report = new(() => new ContentFolder(TestContent.RepositoryContent).ValidateAll());

    public static TheoryData<int> Months => new() { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 };

    [Theory]
    [MemberData(nameof(Months))]
    public void EveryDayOfTheMonth_HasExactlyOneFeaturedEntry(int month)
    {
        var featured = Report.Value.Entries
            .Select(e => e.Document)
            .OfType<EntryDocument>()
            .Where(d => d.Featured && !d.Draft && d.Date.Month == month)
            .GroupBy(d => d.Date.Day)
            .ToDictionary(g => g.Key, g => g.Count());

        var missing = Enumerable.Range(1, CalendarDays.DaysInMonth(month)).Where(day => !featured.ContainsKey(day)).ToList();
        Assert.True(missing.Count == 0, $"{CalendarDays.MonthName(month)} has no featured entry on day(s) {string.Join(", ", missing)}");
        Assert.All(featured, kv => Assert.Equal(1, kv.Value));
    }

    [Fact]
    public void WholeContentFolder_ValidatesWithoutErrorsOrWarnings()
    {
        var diagnostics = Report.Value.Diagnostics.Select(d => d.ToString()).ToList();

        Assert.True(diagnostics.Count == 0, string.Join(Environment.NewLine, diagnostics));
        Assert.True(Report.Value.Entries.Count >= 366);
    }

    [Fact]
    public void EveryEntry_HasAHeadlineSummaryAndBodyOfTheAgreedLength()
    {
        var problems = new List<string>();
        foreach (var doc in Report.Value.Entries.Select(e => e.Document).OfType<EntryDocument>())
        {
            var words = doc.BodyText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            if (words is < 250 or > 520)
            {
                problems.Add($"{doc.SourcePath}: body has {words} words");
            }
            if (doc.Related.Count is < 3 or > 6)
            {
                problems.Add($"{doc.SourcePath}: {doc.Related.Count} related events");
            }
            if (doc.Tags.Count is < 2 or > 5)
            {
                problems.Add($"{doc.SourcePath}: {doc.Tags.Count} tags");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void EveryPhotoAndGalleryImage_HasAltCaptionPhotographerAndLicence()
    {
        var problems = new List<string>();
        foreach (var doc in Report.Value.Entries.Select(e => e.Document).OfType<EntryDocument>())
        {
            foreach (var (photo, where) in new[] { (doc.Photo, "photo") }.Concat(doc.Gallery.Select((g, i) => ((PhotoDocument?)g, $"gallery[{i}]"))))
            {
                if (photo is null)
                {
                    continue;
                }
                if (string.IsNullOrWhiteSpace(photo.Alt) || photo.Caption is null || photo.Photographer is null || photo.License is null)
                {
                    problems.Add($"{doc.SourcePath}: {where} lacks alt, caption, photographer or licence");
                }
                if (doc.Photo is not null && where != "photo" && photo.Commons == doc.Photo.Commons)
                {
                    problems.Add($"{doc.SourcePath}: {where} repeats the lead photo");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void AThirdOfTheYear_HasHistoricalPhotos()
    {
        var days = Report.Value.Entries.Select(e => e.Document).OfType<EntryDocument>()
            .Where(d => d.Featured && d.Gallery.Count >= 2)
            .Select(d => (d.Date.Month, d.Date.Day))
            .Distinct()
            .Count();

        Assert.True(days >= 122, $"{days} days have a gallery of two or more images; at least 122 should");
    }

    [Fact]
    public void BodiesOpenInManyWays_AndAvoidTheWornFormulas()
    {
        var bodies = Report.Value.Entries.Select(e => e.Document).OfType<EntryDocument>().Where(d => d.Featured).ToList();
        var startingWithOn = bodies.Count(d => d.BodyText.TrimStart().StartsWith("On ", StringComparison.Ordinal));
        var worn = bodies.Where(d => d.BodyText.Contains("one of the most", StringComparison.OrdinalIgnoreCase)
            || d.BodyText.Contains("one of the best", StringComparison.OrdinalIgnoreCase)).Select(d => d.SourcePath).ToList();

        Assert.True(startingWithOn * 3 <= bodies.Count, $"{startingWithOn} of {bodies.Count} bodies start with \"On\"; at most a third should");
        Assert.True(worn.Count == 0, string.Join(Environment.NewLine, worn));
    }
}
