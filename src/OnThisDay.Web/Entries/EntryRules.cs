namespace OnThisDay.Web.Entries;

/// <summary>The validator's rules, each with a stable code that editors and tools can look up.</summary>
public static class EntryRules
{
    public const string FrontMatter = "OTD001";
    public const string YamlSyntax = "OTD002";
    public const string RequiredField = "OTD003";
    public const string BadDate = "OTD004";
    public const string DateMismatch = "OTD005";
    public const string UnknownField = "OTD006";
    public const string PhotoSource = "OTD007";
    public const string PhotoAlt = "OTD008";
    public const string PhotoFile = "OTD009";
    public const string BodyLink = "OTD010";
    public const string RelatedEvent = "OTD011";
    public const string DuplicateAddress = "OTD012";
    public const string FeaturedTwice = "OTD013";
    public const string EmptyBody = "OTD014";
    public const string BadKind = "OTD015";
    public const string BadType = "OTD016";
    public const string BadTag = "OTD017";
    public const string BadPath = "OTD018";
    public const string BadRelated = "OTD019";
    public const string InsecureUrl = "OTD020";
    public const string BadAlias = "OTD021";
    public const string TooLong = "OTD022";
    public const string Unreadable = "OTD023";
    public const string Link = "OTD024";
    public const string TooLarge = "OTD025";
    public const string ControlCharacter = "OTD026";
    public const string ImageHost = "OTD027";
    public const string PhotoCredit = "OTD028";
    public const string BadWikipedia = "OTD029";
    public const string BriefTags = "OTD030";

    /// <summary>One line per rule, for the editors' guide and <c>validate --rules</c>.</summary>
    public static readonly IReadOnlyList<(string Code, string Rule)> All =
    [
        (FrontMatter, "the file starts with a front matter block between two `---` lines"),
        (YamlSyntax, "the front matter is well-formed YAML"),
        (RequiredField, "`title`, `date` and `summary` are present and not empty"),
        (BadDate, "`date` is YYYY-MM-DD or YYYY-MM-DD BC and exists in the calendar (no 30 February, no year 0)"),
        (DateMismatch, "the folder (MM-DD) and the file name's year agree with `date`"),
        (UnknownField, "warning: a field the format does not know (the nearest known name is suggested)"),
        (PhotoSource, "a photo has exactly one of `commons` and `src`"),
        (PhotoAlt, "a photo has `alt` text"),
        (PhotoFile, "a photo's `src` is a file under content/photos/ (no `..`, no absolute path) or an https:// URL"),
        (BodyLink, "links in the body use http, https, mailto or a site-relative address"),
        (RelatedEvent, "`related[].event` names the slug of an existing entry"),
        (DuplicateAddress, "slugs and aliases are unique across the site"),
        (FeaturedTwice, "at most one entry per day is `featured`"),
        (EmptyBody, "a featured entry has a body (after the front matter); a brief may have none"),
        (BadKind, "`kind` is one of event, birth, death, holiday"),
        (BadType, "a field has the right type (text, true/false, list, mapping, number)"),
        (BadTag, "tags are lowercase and hyphenated; warning when a tag is not in content/tags.yml"),
        (BadPath, "the file is content/events/MM-DD/{year}-{name}.md with a lowercase hyphenated name"),
        (BadRelated, "each related item has a valid `date` and a `text`"),
        (InsecureUrl, "`source_url` and other addresses use https"),
        (BadAlias, "aliases are site-relative paths starting with `/`"),
        (TooLong, "warning: title over 70 characters or summary over 200 characters"),
        (Unreadable, "the file and its folder can be read, and the file is UTF-8 text"),
        (Link, "no symbolic links under content/: entries and photos are regular files, and folder links are not followed"),
        (TooLarge, "an entry file is at most 256 KB (the setting Content:MaxEntryKilobytes)"),
        (ControlCharacter, "no control characters (other than tab and line breaks) in the file or in any field"),
        (ImageHost, "warning: images in the body come from Wikimedia (upload.wikimedia.org, commons.wikimedia.org) or this site"),
        (PhotoCredit, "warning: a photo or gallery image names its `photographer` (the author as credited) and its `license`"),
        (BadWikipedia, "`wikipedia` is an English Wikipedia article title, not an address"),
        (BriefTags, "warning: a brief (an entry that is not featured) has at most 3 tags"),
    ];
}
