namespace OnThisDay.Web.Dates;

/// <summary>The address of an event's page, <c>/events/{slug}</c>, beside the day addresses of <see cref="CalendarDays.Permalink"/>.</summary>
public static class EventAddress
{
    public const string Prefix = "/events/";

    public static string Of(string slug) => Prefix + slug;

    /// <summary>The slug in an event address, or null when the path is not one.</summary>
    public static string? SlugOf(string path) =>
        path.StartsWith(Prefix, StringComparison.Ordinal) && path.Length > Prefix.Length ? path[Prefix.Length..] : null;
}
