using Tomlyn;
using Tomlyn.Model;
using Tomlyn.Parsing;
using Tomlyn.Serialization;

namespace ClawDev.Core.Configuration.Sources;

/// <summary>A parsed TOML configuration file whose tables can be read as <see cref="IOptionTable"/>s with line numbers.</summary>
internal sealed class TomlFile
{
    private readonly TomlTable _root;
    private readonly TomlMetadataStore _metadata;

    private TomlFile(string fileName, string directory, TomlTable root, TomlMetadataStore metadata)
    {
        FileName = fileName;
        Directory = directory;
        _root = root;
        _metadata = metadata;
    }

    public string FileName { get; }

    /// <summary>The absolute directory holding the file, with '/' separators.</summary>
    public string Directory { get; }

    /// <summary>Parses <paramref name="text"/>; a file that is not valid TOML gives a problem and null.</summary>
    public static TomlFile? Parse(string text, string fileName, string directory, ProblemLog problems)
    {
        // The syntax pass validates what the model pass lets through (duplicate keys and tables), as tomllib and
        // ruff's TOML reader reject them.
        var syntax = SyntaxParser.Parse(text, fileName, validate: true);
        if (syntax.HasErrors)
        {
            var first = syntax.Diagnostics.First(d => d.Kind == Tomlyn.Syntax.DiagnosticMessageKind.Error);
            problems.Add(fileName, first.Span.Start.Line + 1, $"not valid TOML ({first.Message}); the file is ignored.");
            return null;
        }

        var metadata = new TomlMetadataStore();
        try
        {
            var root = TomlSerializer.Deserialize<TomlTable>(text, new TomlSerializerOptions { MetadataStore = metadata, SourceName = fileName });
            return root is null ? null : new TomlFile(fileName, directory, root, metadata);
        }
        catch (TomlException e)
        {
            problems.Add(fileName, e.Line, $"not valid TOML ({FirstLine(e.Message)}); the file is ignored.");
            return null;
        }
    }

    /// <summary>The table at a dotted path such as ["tool", "ruff"], or null when absent or not a table.</summary>
    public TomlOptionTable? Table(params string[] path)
    {
        var table = new TomlOptionTable(this, _root, [], null);
        foreach (var key in path)
        {
            table = table.SubTable(key);
            if (table is null)
            {
                return null;
            }
        }

        return table;
    }

    /// <summary>1-based line of <paramref name="key"/> inside <paramref name="table"/>, when Tomlyn recorded it.</summary>
    internal int? LineOf(TomlTable table, string key) =>
        _metadata.TryGetProperties(table, out var properties) && properties is not null && properties.TryGetProperty(key, out var property) && property is not null
            ? property.Span.Start.Line + 1
            : null;

    private static string FirstLine(string message)
    {
        var line = message.Split('\n')[0];
        var marker = line.IndexOf(" : error : ", StringComparison.Ordinal);
        return marker >= 0 ? line[(marker + " : error : ".Length)..].Trim() : line.Trim();
    }
}
