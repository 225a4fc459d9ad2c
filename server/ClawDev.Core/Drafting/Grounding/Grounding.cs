using ClawDev.Core.Drafting.Signature;

namespace ClawDev.Core.Drafting.Grounding;

/// <summary>A parameter's description for a draft, and the type its source writes (for a parameter without annotation).</summary>
/// <param name="SpellsOutAnAlias">The type may stand for an alias the signature names: it is this parameter's (not a
/// sibling's whose entry was read for it, <see cref="GroundingSource.ParallelEntry"/>) and no alias itself.</param>
internal readonly record struct GroundedParameter(string Description, string? DocumentedType, bool SpellsOutAnAlias = false);

/// <summary>
/// The descriptions a draft for one definition writes: for parameters the nearest evidence
/// (<see cref="EvidenceSearch"/>), for a method's summary and return value the overridden base-class method's,
/// else a placeholder. Every grounded text is recorded in <see cref="Provenance"/>.
/// </summary>
/// <param name="symbol">The definition being documented.</param>
/// <param name="isClass">A class's summary and return value are its own; only its constructor parameters are grounded.</param>
/// <param name="asTheRepositoryWrites">An annotation's type (and whether the parameter has a default) as the
/// repository writes types, or null where it writes them as annotated.</param>
internal sealed class Grounding(string symbol, EvidenceSearch search, InheritedDocumentation? inherited, bool isClass, Func<string, bool, string?>? asTheRepositoryWrites = null)
{
    private readonly List<Provenance> _provenance = [];

    public IReadOnlyList<Provenance> Provenance => _provenance;

    public string Summary(string name)
    {
        if (!isClass && inherited?.Summary is { } summary)
        {
            Record("summary", summary, GroundingSource.BaseClassMethod, inherited.Path, inherited.Symbol, 1, 0, null);
            return summary;
        }
        return Placeholder.Summary(name);
    }

    /// <param name="type">The parameter's type from its annotation or default, or null.</param>
    /// <param name="defaultValue">Its default as the signature writes it; null for a required parameter.</param>
    /// <param name="starred">*args or **kwargs: passed on as "*args"/"**kwargs".</param>
    /// <param name="annotated">The type is the annotation's (not read from a default, which may be a stand-in such as
    /// <c>validators=()</c> for a mapping): only then does it rule out text that opens by naming another type.</param>
    public GroundedParameter Parameter(string name, string? type, string? defaultValue, bool starred, bool annotated)
    {
        var evidence = search.Find(name, TypeKey.Of(type), starred, annotated);
        var description = Placeholder.Parameter(name);
        if (evidence is not null)
        {
            description = GroundedText.ForDefault(evidence.Description, defaultValue);
            Record($"parameter {name}", description, evidence.Source, evidence.Path, evidence.Symbol, evidence.Count, evidence.Line, evidence.Other, evidence.Adaptation);
        }
        // Untyped in the signature and in the description's source: the type the other entries of the name write.
        if (type is null && evidence?.Type is null && !starred && search.DocumentedType(name) is { } documented)
        {
            Record($"type of {name}", documented.Type, documented.Source, documented.Path, documented.Symbol, documented.Count, documented.Line, null);
            return new GroundedParameter(description, documented.Type);
        }
        return new GroundedParameter(description, evidence?.Type, evidence is { Type: { } written } && evidence.Source != GroundingSource.ParallelEntry && !search.IsTypeAlias(written.Trim().Trim('`')));
    }

    /// <summary>The parameter's typing, a constant default read as the literal it stands for (<see cref="EvidenceSearch.ConstantValue"/>),
    /// its type as the repository writes types.</summary>
    public ParameterTyping Typing(Python.Parameter parameter)
    {
        var typing = ParameterTyping.Of(parameter);
        typing = typing.Default is { } written && search.ConstantValue(written) is { } value ? ParameterTyping.Of(parameter, value) : typing;
        typing = typing.Type is { } annotated && search.IsTypeAlias(annotated) ? typing with { TypeIsAlias = true } : typing;
        return typing.Type is { } type && asTheRepositoryWrites?.Invoke(type, typing.IsOptional) is { } asWritten ? typing with { Type = asWritten } : typing;
    }

    public string Returns()
    {
        if (!isClass && inherited?.Returns is { } returns)
        {
            Record("returns", returns, GroundingSource.BaseClassMethod, inherited.Path, inherited.Symbol, 1, 0, null);
            return returns;
        }
        return Placeholder.ReturnValue;
    }

    private void Record(string part, string text, GroundingSource source, string path, string sourceSymbol, int count, int line, string? other, string? adaptation = null) =>
        _provenance.Add(new Provenance(symbol, part, source, path, sourceSymbol, count, line, other) { Text = text, Adaptation = adaptation });
}
