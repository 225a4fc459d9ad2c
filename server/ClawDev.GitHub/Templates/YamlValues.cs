using YamlDotNet.RepresentationModel;

namespace ClawDev.GitHub.Templates;

/// <summary>Reading GitHub's loosely typed template YAML: a value may be a scalar, a list, or a comma-separated string.</summary>
internal static class YamlValues
{
    public static YamlMappingNode? Root(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
    }

    public static YamlNode? Child(YamlMappingNode? mapping, string key) =>
        mapping is not null && mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static string Text(YamlMappingNode? mapping, string key) => (Child(mapping, key) as YamlScalarNode)?.Value ?? "";

    public static bool? Boolean(YamlMappingNode? mapping, string key) =>
        Child(mapping, key) is YamlScalarNode { Value: { } value } && bool.TryParse(value, out var result) ? result : null;

    /// <summary>"bug, docs", ["bug", "docs"] or "bug" as a list of trimmed, non-empty strings.</summary>
    public static IReadOnlyList<string> List(YamlMappingNode? mapping, string key) => Child(mapping, key) switch
    {
        YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value?.Trim() ?? "").Where(s => s.Length > 0).ToList(),
        YamlScalarNode { Value: { } value } => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        _ => [],
    };
}
