namespace OnThisDay.Web.Editors;

/// <summary>The file that <c>new</c> writes: every field of the format, the optional ones commented out.</summary>
public static class EntryTemplate
{
    public static string Render(string title, Dates.HistoricDate date) =>
        $$"""
        ---
        title: "{{title.Replace("\"", "'", StringComparison.Ordinal)}}"
        date: {{date.Iso}}
        summary: One sentence, under 200 characters, that stands alone in a feed or a link preview.
        kind: event                 # event, birth, death or holiday
        # date_note: Old Style (Julian calendar)   # shown beside the date
        # featured: true            # leads its day page; at most one entry per day
        tags: []                    # from content/tags.yml, e.g. [science, europe]
        draft: true                 # remove when the entry is ready to publish
        # aliases: [/events/old-address]
        # photo:
        #   commons: "Exact file name on Wikimedia Commons.jpg"   # or src: photos/file.jpg
        #   alt: What the image shows, for someone who cannot see it
        #   caption: What the image means for the story
        #   photographer: Author as credited on Commons
        #   location: Where it was taken
        #   license: Public domain
        # related:
        #   - date: YYYY-MM-DD
        #     text: One line that connects to this story.
        #     event: slug-of-a-related-entry              # optional
        # gallery:
        #   - commons: "Another exact file name.jpg"
        #     alt: What the image shows
        #     caption: What it means for the story
        ---
        What happened, concretely: who, where, what was seen or said.

        The background a reader needs to follow it.

        Why it mattered then, and why it is remembered.

        """;
}
