using Mono.Cecil;
using Mono.Cecil.Cil;

namespace OnThisDay.Tests.Architecture;

/// <summary>
/// The site's folders and who may use whom, read from the compiled site (its IL, so method bodies count):
/// pages and outputs never reach the parser, the parser knows nothing of storage or pages, dates stand alone,
/// and no two folders lean on each other.
/// </summary>
public sealed class FolderRulesTests
{
    private static readonly Lazy<FolderGraph> Graph = new(FolderGraph.Read);

    public static TheoryData<string, string> Forbidden => new()
    {
        { "Pages", "Entries" }, { "Feeds", "Entries" }, { "Api", "Entries" },
        { "Entries", "Data" }, { "Entries", "Sync" }, { "Entries", "Pages" },
        { "Data", "Pages" }, { "Data", "Sync" },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void Folder_DoesNotUse(string from, string to) =>
        Assert.True(!Graph.Value.Uses(from, to), $"{from} uses {to}: {Graph.Value.Example(from, to)}");

    [Fact]
    public void Dates_UseNoOtherFolder()
    {
        var used = Graph.Value.Edges.Where(e => e.From == "Dates").Select(e => $"{e.To} ({e.Example})").ToList();
        Assert.True(used.Count == 0, "Dates uses " + string.Join(", ", used));
    }

    [Fact]
    public void NoTwoFolders_DependOnEachOther()
    {
        var cycle = Graph.Value.FindCycle();
        Assert.True(cycle is null, cycle is null ? "" : "folders in a cycle: " + string.Join(" → ", cycle.Select(e => $"{e.From} ({e.Example}) ")) + "→ " + cycle[0].From);
    }

    [Fact]
    public void TheGraphIsReadFromTheSite()
    {
        // Known, allowed uses: the rules above are only as good as the graph they are checked against.
        Assert.True(Graph.Value.Uses("Pages", "Dates"));
        Assert.True(Graph.Value.Uses("Sync", "Entries"));
        Assert.True(Graph.Value.Uses("Pages", "Events"));
        Assert.True(Graph.Value.Folders.Count >= 12, string.Join(", ", Graph.Value.Folders));
    }

    private sealed record Edge(string From, string To, string Example);

    private sealed class FolderGraph
    {
        private readonly Dictionary<(string, string), string> _edges = [];

        public IEnumerable<Edge> Edges => _edges.Select(e => new Edge(e.Key.Item1, e.Key.Item2, e.Value));
        public HashSet<string> Folders { get; } = [];
        public bool Uses(string from, string to) => _edges.ContainsKey((from, to));
        public string Example(string from, string to) => _edges.GetValueOrDefault((from, to), "");

        public static FolderGraph Read()
        {
            var graph = new FolderGraph();
            using var module = ModuleDefinition.ReadModule(typeof(OnThisDay.Web.Sync.ContentSync).Assembly.Location);
            foreach (var type in module.GetTypes())
            {
                if (FolderOf(type) is not { } from)
                {
                    continue;
                }
                graph.Folders.Add(from);
                void Use(TypeReference? used)
                {
                    foreach (var t in Expand(used))
                    {
                        if (FolderOf(t) is { } to && to != from)
                        {
                            graph._edges.TryAdd((from, to), $"{type.FullName} uses {t.FullName}");
                        }
                    }
                }
                Use(type.BaseType);
                type.Interfaces.ToList().ForEach(i => Use(i.InterfaceType));
                type.CustomAttributes.ToList().ForEach(a => Use(a.AttributeType));
                type.Fields.ToList().ForEach(f => Use(f.FieldType));
                type.Properties.ToList().ForEach(p => Use(p.PropertyType));
                foreach (var method in type.Methods)
                {
                    Use(method.ReturnType);
                    method.Parameters.ToList().ForEach(p => Use(p.ParameterType));
                    method.CustomAttributes.ToList().ForEach(a => Use(a.AttributeType));
                    if (!method.HasBody)
                    {
                        continue;
                    }
                    method.Body.Variables.ToList().ForEach(v => Use(v.VariableType));
                    foreach (var instruction in method.Body.Instructions)
                    {
                        switch (instruction.Operand)
                        {
                            case TypeReference t: Use(t); break;
                            case FieldReference f: Use(f.DeclaringType); Use(f.FieldType); break;
                            case MethodReference m:
                                Use(m.DeclaringType);
                                Use(m.ReturnType);
                                m.Parameters.ToList().ForEach(p => Use(p.ParameterType));
                                if (m is GenericInstanceMethod g)
                                {
                                    g.GenericArguments.ToList().ForEach(Use);
                                }
                                break;
                        }
                    }
                }
            }
            return graph;
        }

        /// <summary>A type and every type it is built from: element types and generic arguments.</summary>
        private static IEnumerable<TypeReference> Expand(TypeReference? type)
        {
            if (type is null)
            {
                yield break;
            }
            if (type is TypeSpecification spec)
            {
                foreach (var inner in Expand(spec.ElementType))
                {
                    yield return inner;
                }
            }
            if (type is GenericInstanceType generic)
            {
                foreach (var inner in generic.GenericArguments.SelectMany(Expand))
                {
                    yield return inner;
                }
            }
            yield return type;
        }

        /// <summary>The site folder a type belongs to: the first namespace part after OnThisDay.Web; compiled Razor views belong to Pages.</summary>
        private static string? FolderOf(TypeReference type)
        {
            while (type.DeclaringType is not null)
            {
                type = type.DeclaringType;
            }
            var ns = type.Namespace;
            if (ns == "AspNetCoreGeneratedDocument")
            {
                return "Pages";
            }
            return ns.StartsWith("OnThisDay.Web.", StringComparison.Ordinal) ? ns["OnThisDay.Web.".Length..].Split('.')[0] : null;
        }

        public List<Edge>? FindCycle()
        {
            var state = new Dictionary<string, int>();
            var path = new List<Edge>();
            List<Edge>? Visit(string folder)
            {
                state[folder] = 1;
                foreach (var edge in Edges.Where(e => e.From == folder).OrderBy(e => e.To, StringComparer.Ordinal))
                {
                    path.Add(edge);
                    if (state.GetValueOrDefault(edge.To) == 1)
                    {
                        return path[path.FindIndex(e => e.From == edge.To)..];
                    }
                    if (state.GetValueOrDefault(edge.To) == 0 && Visit(edge.To) is { } found)
                    {
                        return found;
                    }
                    path.RemoveAt(path.Count - 1);
                }
                state[folder] = 2;
                return null;
            }
            return Folders.Order(StringComparer.Ordinal).Select(f => state.GetValueOrDefault(f) == 0 ? Visit(f) : null).FirstOrDefault(c => c is not null);
        }
    }
}
