using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OnThisDay.Web.Entries;

public sealed record TagDefinition(string Tag, string Label, string? Description);

/// <summary>The shared tag vocabulary in <c>content/tags.yml</c>: a list of <c>tag</c>, <c>label</c>, <c>description</c>.</summary>
public static class TagVocabulary
{
    public const string FileName = "tags.yml";

    public static (IReadOnlyList<TagDefinition> Tags, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text)
    {
        const string display = "content/" + FileName;
        var tags = new List<TagDefinition>();
        var diagnostics = new List<Diagnostic>();
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                return (tags, diagnostics);
            }
            if (stream.Documents[0].RootNode is not YamlSequenceNode list)
            {
                diagnostics.Add(new Diagnostic(display, 1, 1, Severity.Error, EntryRules.BadType, "tags.yml must be a list of items with tag, label and description"));
                return (tags, diagnostics);
            }
            foreach (var item in list.Children)
            {
                var map = item as YamlMappingNode;
                string? Field(string name) =>
                    map is not null && map.Children.TryGetValue(new YamlScalarNode(name), out var v) ? (v as YamlScalarNode)?.Value?.Trim() : null;
                var tag = Field("tag");
                if (tag is null || !EntryPath.IsSlugName(tag))
                {
                    diagnostics.Add(new Diagnostic(display, (int)item.Start.Line, (int)item.Start.Column, Severity.Error, EntryRules.BadTag,
                        $"tag '{tag}' must be lowercase words joined by hyphens"));
                    continue;
                }
                tags.Add(new TagDefinition(tag, Field("label") ?? tag, Field("description")));
            }
        }
        catch (YamlException ex)
        {
            diagnostics.Add(new Diagnostic(display, (int)ex.Start.Line, (int)ex.Start.Column, Severity.Error, EntryRules.YamlSyntax, "tags.yml is not valid YAML: " + ex.Message));
        }
        return ([.. tags.DistinctBy(t => t.Tag)], diagnostics);
    }
}
