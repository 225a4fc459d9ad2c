using ClawDev.Core.Docstrings;
using ClawDev.Core.Python;

namespace ClawDev.Bench.Quality;

/// <summary>
/// The two drafts a ClawDev draft must beat, on the same sample:
/// <list type="bullet">
/// <item>same-name lookup: the most common description (with its type and default) of a parameter of that name
/// anywhere in the repository, the sampled entry itself left out;</item>
/// <item>an autoDocstring-like template: the name, the type from the annotation (else the default's literal), the
/// default, and placeholder text.</item>
/// </list>
/// </summary>
internal sealed class Baselines
{
    private readonly Dictionary<string, List<(string Path, string Symbol, WrittenEntry Entry)>> _byName = new(StringComparer.Ordinal);

    public Baselines(Corpus corpus)
    {
        foreach (var file in corpus.Scan.Files)
        {
            var text = file.Module.Text;
            foreach (var definition in file.Module.AllDefinitions())
            {
                if (definition.Docstring is not { } docstring)
                {
                    continue;
                }
                foreach (var documented in DocstringParser.Parse(text, docstring, corpus.Styles.Dominant).DocumentedParameters)
                {
                    if (documented.Entry.Description.Trim().Length == 0)
                    {
                        continue;
                    }
                    if (!_byName.TryGetValue(documented.Name, out var list))
                    {
                        _byName[documented.Name] = list = [];
                    }
                    list.Add((file.RelativePath, definition.QualifiedName, WrittenEntry.Of(text, documented.Entry)));
                }
            }
        }
    }

    public const string Placeholder = "TODO: describe this parameter.";

    /// <summary>The most common description of the name elsewhere; ties go to the first (path, symbol); null when there is none.</summary>
    public WrittenEntry? SameName(Sample sample)
    {
        if (!_byName.TryGetValue(sample.Name, out var all))
        {
            return null;
        }
        var best = all.Where(c => c.Path != sample.Path || c.Symbol != sample.Symbol)
            .GroupBy(c => c.Entry.Description, StringComparer.Ordinal)
            .Select(g => (Count: g.Count(), First: g.OrderBy(c => c.Path, StringComparer.Ordinal).ThenBy(c => c.Symbol, StringComparer.Ordinal).First()))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.First.Path, StringComparer.Ordinal)
            .ThenBy(g => g.First.Symbol, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Count == 0 ? null : best.First.Entry;
    }

    /// <summary>
    /// Of every description of the name elsewhere, the one closest to the maintainers' own: not a way to draft
    /// (it reads the answer), but the ceiling of what choosing among same-name evidence can reach.
    /// </summary>
    public WrittenEntry? BestSameName(Sample sample) =>
        _byName.TryGetValue(sample.Name, out var all)
            ? all.Where(c => c.Path != sample.Path || c.Symbol != sample.Symbol)
                .Select(c => c.Entry)
                .MaxBy(e => Scoring.TokenF1(e.Description, sample.Original.Description))
            : null;

    public static WrittenEntry Template(Sample sample)
    {
        var parameter = sample.Parameter;
        var type = parameter.Annotation is { Length: > 0 } annotation ? annotation.Trim('"', '\'') : LiteralType(parameter.Default);
        if (type is not null && parameter.Default == "None" && type.StartsWith("Optional[", StringComparison.Ordinal) && type.EndsWith(']'))
        {
            type = type["Optional[".Length..^1];
        }
        return new WrittenEntry(Placeholder, type, parameter.Default, sample.Original.Layout);
    }

    private static string? LiteralType(string? literal) => literal switch
    {
        null or "None" or "" => null,
        "True" or "False" => "bool",
        _ when literal[0] is '"' or '\'' => "str",
        _ when literal[0] == '[' => "list",
        _ when literal[0] == '{' => "dict",
        _ when literal[0] == '(' => "tuple",
        _ when double.TryParse(literal, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _) =>
            literal.Contains('.') || literal.Contains('e') ? "float" : "int",
        _ => null,
    };
}
