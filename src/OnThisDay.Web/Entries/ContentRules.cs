using OnThisDay.Web.Dates;

namespace OnThisDay.Web.Entries;

/// <summary>What the cross-entry rules need to know of an entry already on the site.</summary>
public sealed record PublishedEntry(string Slug, string SourcePath, int Month, int Day, bool Featured, bool Draft, IReadOnlyList<string> Aliases);

/// <summary>The rules that look across entries: unique addresses, one featured entry per day, related slugs that exist.</summary>
public static class ContentRules
{
    public static PublishedEntry Facts(EntryDocument d) =>
        new(d.Slug, d.SourcePath, d.Date.Month, d.Date.Day, d.Featured, d.Draft, d.Aliases);

    /// <summary>
    /// Checks candidates (newly parsed, without errors of their own) against each other and against the
    /// entries already on the site. Returns the diagnostics found, by candidate path.
    /// </summary>
    public static ILookup<string, Diagnostic> Check(IReadOnlyList<EntryParseResult> candidates, IReadOnlyCollection<PublishedEntry> existing)
    {
        var diagnostics = new List<(string Path, Diagnostic Diagnostic)>();
        var addresses = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var featuredDays = new Dictionary<(int, int), string>();
        var slugs = new HashSet<string>(existing.Select(e => e.Slug), StringComparer.Ordinal);
        foreach (var e in existing)
        {
            Claim(addresses, EventAddress.Of(e.Slug), e.SourcePath);
            foreach (var alias in e.Aliases)
            {
                Claim(addresses, alias, e.SourcePath);
            }
            if (e.Featured && !e.Draft)
            {
                featuredDays.TryAdd((e.Month, e.Day), e.SourcePath);
            }
        }
        var ordered = candidates.Where(c => c.Document is not null).OrderBy(c => c.Path, StringComparer.Ordinal).ToList();
        slugs.UnionWith(ordered.Select(c => c.Document!.Slug));

        foreach (var candidate in ordered)
        {
            var doc = candidate.Document!;
            void Report(string key, string code, string message)
            {
                var (line, column) = candidate.Positions.TryGetValue(key, out var p) ? p : (1, 1);
                diagnostics.Add((candidate.Path, new Diagnostic("content/" + candidate.Path, line, column, Severity.Error, code, message)));
            }

            if (!TryClaim(addresses, EventAddress.Of(doc.Slug), doc.SourcePath, out var holder))
            {
                Report("", EntryRules.DuplicateAddress, $"slug '{doc.Slug}' is already used by content/{holder}");
            }
            for (var i = 0; i < doc.Aliases.Count; i++)
            {
                if (!TryClaim(addresses, doc.Aliases[i], doc.SourcePath, out holder))
                {
                    Report($"aliases[{i}]", EntryRules.DuplicateAddress, $"alias '{doc.Aliases[i]}' is already used by content/{holder}");
                }
            }
            if (doc.Featured && !doc.Draft && !featuredDays.TryAdd((doc.Date.Month, doc.Date.Day), doc.SourcePath)
                && featuredDays[(doc.Date.Month, doc.Date.Day)] != doc.SourcePath)
            {
                Report("featured", EntryRules.FeaturedTwice,
                    $"{CalendarDays.DayName(doc.Date.Month, doc.Date.Day)} already has a featured entry, content/{featuredDays[(doc.Date.Month, doc.Date.Day)]}; at most one entry per day may be featured");
            }
            for (var i = 0; i < doc.Related.Count; i++)
            {
                if (doc.Related[i].EventSlug is { } slug && !slugs.Contains(slug))
                {
                    Report($"related[{i}].event", EntryRules.RelatedEvent, $"related[{i}].event '{slug}' is not the slug of any entry");
                }
            }
        }
        return diagnostics.ToLookup(d => d.Path, d => d.Diagnostic);
    }

    private static void Claim(Dictionary<string, string> addresses, string address, string path) => addresses.TryAdd(address, path);

    private static bool TryClaim(Dictionary<string, string> addresses, string address, string path, out string holder)
    {
        if (addresses.TryGetValue(address, out holder!) && holder != path)
        {
            return false;
        }
        addresses[address] = path;
        holder = path;
        return true;
    }
}
