namespace ClawDev.Core.Drafting.Grounding;

/// <summary>
/// The descriptions a draft for one definition writes: the overridden base-class method's documentation first,
/// then the workspace's most common description of the parameter name, else a placeholder. Every grounded text
/// is recorded in <see cref="Provenance"/>.
/// </summary>
/// <param name="symbol">The definition being documented.</param>
/// <param name="local">The current text of its file, which stands in for what the index holds for that path.</param>
/// <param name="isClass">A class's summary and return value are its own; only its constructor parameters are grounded.</param>
internal sealed class Grounding(
    string symbol,
    ParameterDescriptionIndex index,
    ModuleDocumentation local,
    InheritedDocumentation? inherited,
    bool isClass)
{
    private readonly List<Provenance> _provenance = [];

    public IReadOnlyList<Provenance> Provenance => _provenance;

    public string Summary(string name)
    {
        if (!isClass && inherited?.Summary is { } summary)
        {
            Record("summary", GroundingSource.BaseClassMethod, inherited.Path, inherited.Symbol, 1);
            return summary;
        }
        return Placeholder.Summary(name);
    }

    public string Parameter(string name, string? type)
    {
        if (inherited is not null && inherited.Parameters.TryGetValue(name, out var fromBase))
        {
            Record($"parameter {name}", GroundingSource.BaseClassMethod, inherited.Path, fromBase.Symbol, 1);
            return fromBase.Text;
        }
        // The definition's own entries never count (they are what is being rewritten).
        if (index.MostCommon(name, TypeKey.Of(type), overlay: local, exceptSymbol: symbol) is { } common)
        {
            Record($"parameter {name}", GroundingSource.SameParameterName, common.Path, common.Symbol, common.Count);
            return common.Description;
        }
        return Placeholder.Parameter(name);
    }

    public string Returns()
    {
        if (!isClass && inherited?.Returns is { } returns)
        {
            Record("returns", GroundingSource.BaseClassMethod, inherited.Path, inherited.Symbol, 1);
            return returns;
        }
        return Placeholder.ReturnValue;
    }

    private void Record(string part, GroundingSource source, string path, string sourceSymbol, int count) =>
        _provenance.Add(new Provenance(symbol, part, source, path, sourceSymbol, count));
}
