using OnThisDay.Tests.Support;
using OnThisDay.Web.Entries;

using OnThisDay.Web.Dates;

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
    public void EveryFeaturedEntry_HasABodyRelatedEventsAndTagsOfTheAgreedLength()
    {
        var problems = new List<string>();
        foreach (var doc in Report.Value.Entries.Select(e => e.Document).OfType<EntryDocument>().Where(d => d.Featured))
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

    private static IEnumerable<EntryDocument> Briefs =>
        Report.Value.Entries.Select(e => e.Document).OfType<EntryDocument>().Where(d => !d.Featured && !d.Draft);

    /// <summary>Every month: each day of the year has its full "Also on this day".</summary>
    public static TheoryData<int> FilledMonths => Months;

    [Theory]
    [MemberData(nameof(FilledMonths))]
    public void EveryDayOfTheMonth_HasEightBriefs_FourEventsTwoBirthsTwoDeaths(int month)
    {
        var byDay = Briefs.Where(d => d.Date.Month == month).GroupBy(d => d.Date.Day).ToDictionary(g => g.Key, g => g.ToList());
        var short_ = new List<string>();
        foreach (var day in Enumerable.Range(1, CalendarDays.DaysInMonth(month)))
        {
            var briefs = byDay.GetValueOrDefault(day) ?? [];
            int Of(EventKind kind) => briefs.Count(b => b.Kind == kind);
            if (briefs.Count < 8 || Of(EventKind.Event) < 4 || Of(EventKind.Birth) < 2 || Of(EventKind.Death) < 2)
            {
                short_.Add($"{CalendarDays.DayName(month, day)}: {briefs.Count} briefs, {Of(EventKind.Event)} events, {Of(EventKind.Birth)} births, {Of(EventKind.Death)} deaths");
            }
        }

        Assert.True(short_.Count == 0, string.Join(Environment.NewLine, short_));
    }

    [Theory]
    [MemberData(nameof(FilledMonths))]
    public void BriefsOfTheMonth_AreBalancedAcrossErasAndTheWorld(int month)
    {
        var briefs = Briefs.Where(d => d.Date.Month == month).ToList();
        string[] outside = ["asia", "africa", "middle-east", "oceania"];
        var early = briefs.Count(b => b.Date.Year < 1800);
        var beyond = briefs.Count(b => b.Tags.Any(outside.Contains) || b.Tags.Contains("americas") && LatinAmerica.IsMatch(b.Title + " " + b.Summary));
        var people = briefs.Where(b => b.Kind is EventKind.Birth or EventKind.Death).ToList();
        var women = people.Count(b => b.Tags.Contains("women"));

        Assert.True(early * 5 >= briefs.Count, $"{early} of {briefs.Count} briefs are before 1800; at least a fifth should be");
        Assert.True(beyond * 5 >= briefs.Count * 2, $"{beyond} of {briefs.Count} briefs are about people and places outside Europe and North America; at least two fifths should be");
        Assert.True(women * 5 >= people.Count, $"{women} of {people.Count} births and deaths are of women");
    }

    private static readonly System.Text.RegularExpressions.Regex LatinAmerica = new(
        "Mexic|Brazil|Argentin|Chile|Peru|Colombia|Venezuel|Cuba|Haiti|Bolivia|Ecuador|Paraguay|Uruguay|Guatemala|Honduras|Nicaragua|Salvador|Costa Rica|Panama|Dominican|Jamaica|Puerto Ric|Caribbean|Latin America|Inca|Aztec|Maya|Trinidad|Barbados|Guyana|Suriname|Bahamas|Andes",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    [Fact]
    public void EveryBrief_HasOneToThreeTagsAndAShortSummary()
    {
        var problems = Briefs.Where(b => b.Tags.Count is < 1 or > 3 || b.Summary.Length >= 200 || b.Title.Length >= 70)
            .Select(b => $"{b.SourcePath}: {b.Tags.Count} tags, summary {b.Summary.Length}, title {b.Title.Length} characters").ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>The same story told twice on one day: two entries of one kind and year whose headlines share most of their words.</summary>
    [Fact]
    public void NoDay_TellsTheSameStoryTwice()
    {
        var entries = Report.Value.Entries.Select(e => e.Document).OfType<EntryDocument>().Where(d => !d.Draft).ToList();
        var duplicates = new List<string>();
        foreach (var day in entries.GroupBy(d => (d.Date.Month, d.Date.Day)))
        {
            var list = day.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var (a, b) = (list[i], list[j]);
                    if (a.Date == b.Date && a.Kind == b.Kind && TitleSimilarity(a.Title, b.Title) >= 0.5)
                    {
                        duplicates.Add($"{a.SourcePath} and {b.SourcePath}: \"{a.Title}\" / \"{b.Title}\"");
                    }
                }
            }
        }

        Assert.True(duplicates.Count == 0, string.Join(Environment.NewLine, duplicates));
    }

    [Theory]
    [InlineData("Apollo 11 Lands on the Moon", "The Apollo 11 Moon Landing", true)]
    [InlineData("Charles the Bold Falls at the Battle of Nancy", "Battle of Nancy", true)]
    [InlineData("Hayao Miyazaki, Animator", "Umberto Eco, Novelist", false)]
    [InlineData("Construction of the Golden Gate Bridge Begins", "Ford Announces the Five-Dollar Day", false)]
    public void TitleSimilarity_FindsTheSameStoryUnderTwoNames(string a, string b, bool same) =>
        Assert.Equal(same, TitleSimilarity(a, b) >= 0.5);

    /// <summary>Shared significant words over the shorter title's significant words.</summary>
    private static double TitleSimilarity(string a, string b)
    {
        static HashSet<string> Words(string s) => [.. s.ToLowerInvariant()
            .Split([' ', ',', '\'', '’', '-', ':', '.', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.EndsWith('s') && w.Length > 4 ? w[..^1] : w)
            .Where(w => w.Length > 2 && w is not ("the" or "and" or "for" or "from" or "into" or "with" or "its" or "first"))];
        var (x, y) = (Words(a), Words(b));
        var smaller = Math.Min(x.Count, y.Count);
        return smaller == 0 ? 0 : (double)x.Intersect(y).Count() / smaller;
    }
}
