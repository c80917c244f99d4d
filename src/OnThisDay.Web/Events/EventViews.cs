using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using OnThisDay.Web.Dates;

namespace OnThisDay.Web.Events;

/// <summary>
/// The stored page view of an event, written at sync and read back by pages and the API, through serialisation
/// code generated at build time (no reflection over the records at run time, nor at the first request).
/// </summary>
public static class EventViews
{
    private static readonly StoredViewJson Context = new(new JsonSerializerOptions
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // The JSON lives in the read model and is read back here alone, never written into a page, so the body's
        // HTML is stored as it is rather than with every < and > escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new StoredDateConverter() },
    });

    public static string ToJson(EventView view) => JsonSerializer.Serialize(view, Context.EventView);

    public static EventView? FromJson(string json) => JsonSerializer.Deserialize(json, Context.EventView);

    public static EventView? FromUtf8Json(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize(json, Context.EventView);

    /// <summary>A photo as it is stored inside a view (what SQLite's <c>json_extract(ViewJson, '$.Photo')</c> gives).</summary>
    public static PhotoView? PhotoFromJson(string json) => JsonSerializer.Deserialize(json, Context.PhotoView);
}

[JsonSerializable(typeof(EventView))]
[JsonSerializable(typeof(PhotoView))]
internal sealed partial class StoredViewJson : JsonSerializerContext;

/// <summary>A date in a stored view as its three numbers; what <see cref="HistoricDate"/> derives from them is not stored.</summary>
internal sealed class StoredDateConverter : JsonConverter<HistoricDate>
{
    public override HistoricDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a stored date is an object");
        }
        int year = 0, month = 0, day = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "Year": year = reader.GetInt32(); break;
                case "Month": month = reader.GetInt32(); break;
                case "Day": day = reader.GetInt32(); break;
                default: reader.Skip(); break;
            }
        }
        return new HistoricDate(year, month, day);
    }

    public override void Write(Utf8JsonWriter writer, HistoricDate value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("Year", value.Year);
        writer.WriteNumber("Month", value.Month);
        writer.WriteNumber("Day", value.Day);
        writer.WriteEndObject();
    }
}

/// <summary>One event in full, as the day and event pages show it.</summary>
public sealed record EventView(
    string Slug,
    string Title,
    HistoricDate Date,
    string? DateNote,
    string Summary,
    string Kind,
    bool Draft,
    string BodyHtml,
    PhotoView? Photo,
    IReadOnlyList<RelatedView> Related,
    IReadOnlyList<PhotoView> Gallery,
    IReadOnlyList<string> Tags,
    DateTime ModifiedUtc,
    string? Wikipedia = null)
{
    [JsonIgnore]
    public string Url => EventAddress.Of(Slug);

    /// <summary>The English Wikipedia article's address, when the entry names one.</summary>
    [JsonIgnore]
    public string? WikipediaUrl => Wikipedia is null ? null : WikipediaLink.For(Wikipedia);

    /// <summary>A brief: an entry told in its headline and summary, with no body.</summary>
    [JsonIgnore]
    public bool IsBrief => BodyHtml.Length == 0;
}

/// <summary>Addresses of English Wikipedia articles, written the way Wikipedia writes its own links.</summary>
public static class WikipediaLink
{
    public static string For(string title) =>
        "https://en.wikipedia.org/wiki/" + Uri.EscapeDataString(title.Trim().Replace(' ', '_'))
            .Replace("%2F", "/", StringComparison.Ordinal).Replace("%3A", ":", StringComparison.Ordinal)
            .Replace("%28", "(", StringComparison.Ordinal).Replace("%29", ")", StringComparison.Ordinal)
            .Replace("%2C", ",", StringComparison.Ordinal).Replace("%27", "'", StringComparison.Ordinal);
}

/// <summary>
/// A photo ready to show: its address at a standard width, other widths, and its credit; <see cref="Width"/> and
/// <see cref="Height"/> are the original's, and <see cref="Commons"/> its file name on Commons, when it is from there.
/// The one shape of a photo after parsing: pages render it and the API maps it.
/// </summary>
public sealed record PhotoView(
    string Url,
    string? SrcSet,
    string Alt,
    string? Caption,
    string? Photographer,
    string? Location,
    string? Source,
    string? SourceUrl,
    string? License,
    int? Width,
    int? Height,
    string? Commons = null)
{
    [JsonIgnore]
    public bool HasCredit => Photographer is not null || Location is not null || Source is not null || License is not null;
}

public sealed record RelatedView(HistoricDate Date, string Text, string? Url);

/// <summary>An event in a list: "Also on this day", tags, search results.</summary>
public sealed record EventSummary(string Slug, string Title, HistoricDate Date, string Summary, string Kind, bool Featured, bool Draft)
{
    public string Url => EventAddress.Of(Slug);
}
