using ClawDev.Core.Python;

namespace ClawDev.Core.Library;

/// <summary>
/// What the rest of the repository needs to know about one module to resolve names across modules: its
/// definitions (documented or not, class bases, copy marks), imports, exports and module docstring. Small, and
/// kept after the module's text is let go, so a whole repository's outlines fit in memory.
/// </summary>
/// <param name="ModuleName">The importable dotted name ("trl.trainer.grpo_trainer").</param>
/// <param name="DunderAll">The names of a static <c>__all__</c>, or null.</param>
public sealed record ModuleOutline(
    string ModuleName,
    bool IsPackage,
    bool HasDocstring,
    IReadOnlyList<OutlinedDefinition> Definitions,
    IReadOnlyList<ModuleImport> Imports,
    IReadOnlyList<LazyExport> LazyExports,
    IReadOnlyList<string>? DunderAll)
{
    /// <summary>
    /// Whether <paramref name="other"/> says the same to the rest of the repository: the same definitions (names,
    /// kinds, documentation, bases, copy marks, documented fields), imports and exports. Lines are left out: an edit
    /// that only moves code does not change what other modules learn from this one.
    /// </summary>
    public bool HasSameShapeAs(ModuleOutline? other) =>
        other is not null
        && ModuleName == other.ModuleName
        && IsPackage == other.IsPackage
        && HasDocstring == other.HasDocstring
        && Definitions.Count == other.Definitions.Count
        && Definitions.Zip(other.Definitions).All(pair => pair.First.HasSameShapeAs(pair.Second))
        && Imports.SequenceEqual(other.Imports)
        && LazyExports.SequenceEqual(other.LazyExports)
        && (DunderAll ?? []).SequenceEqual(other.DunderAll ?? []);

    /// <summary>The module a relative import refers to: ".x" in package "a.b" is "a.b.x", in module "a.b" it is "a.x".</summary>
    public string Absolute(string written)
    {
        var dots = 0;
        while (dots < written.Length && written[dots] == '.')
        {
            dots++;
        }
        if (dots == 0)
        {
            return written;
        }
        // Climb one dotted segment per dot past the first (and one more from a module to its package).
        var climb = dots - 1 + (IsPackage ? 0 : 1);
        var baseLength = ModuleName.Length;
        for (; climb > 0 && baseLength > 0; climb--)
        {
            baseLength = Math.Max(0, ModuleName.LastIndexOf('.', baseLength - 1));
        }
        var base_ = ModuleName[..baseLength];
        var rest = written[dots..];
        return base_.Length == 0 ? rest : rest.Length == 0 ? base_ : $"{base_}.{rest}";
    }
}

/// <summary>One class or function of a module outline.</summary>
/// <param name="QualifiedName">"Trainer.train".</param>
/// <param name="IsDocumented">It has a docstring, or (contribution profile) the repository's conventions supply one.</param>
/// <param name="Bases">For classes: the base expressions as written ("nn.Module", "Generic[T]").</param>
/// <param name="CopiedFrom">The copy mark right above it, or null.</param>
/// <param name="Line">0-based line of the def/class keyword.</param>
/// <param name="DocumentedParameters">For classes: the parameter (field) names their docstring has entries for.</param>
/// <param name="HasParameterSection">For a public function or method with parameters to document and a docstring:
/// whether that docstring (or, for __init__, its class's) has a parameter section; null for any other definition.</param>
public sealed record OutlinedDefinition(
    string QualifiedName,
    bool IsClass,
    bool IsDocumented,
    IReadOnlyList<string> Bases,
    CopyMark? CopiedFrom,
    int Line,
    IReadOnlyList<string> DocumentedParameters,
    bool? HasParameterSection = null)
{
    public string Name => QualifiedName[(QualifiedName.LastIndexOf('.') + 1)..];

    /// <summary>Equal but for the line (see <see cref="ModuleOutline.HasSameShapeAs"/>).</summary>
    public bool HasSameShapeAs(OutlinedDefinition other) =>
        QualifiedName == other.QualifiedName
        && IsClass == other.IsClass
        && IsDocumented == other.IsDocumented
        && Bases.SequenceEqual(other.Bases)
        && CopiedFrom?.Origin == other.CopiedFrom?.Origin
        && (CopiedFrom?.Replacements ?? []).SequenceEqual(other.CopiedFrom?.Replacements ?? [])
        && DocumentedParameters.SequenceEqual(other.DocumentedParameters)
        && HasParameterSection == other.HasParameterSection;

    /// <summary>The qualified name of the enclosing definition, or "" at module level.</summary>
    public string Parent => QualifiedName.LastIndexOf('.') is var dot and > 0 ? QualifiedName[..dot] : "";

    public bool IsMagic => Name.Length > 4 && Name.StartsWith("__", StringComparison.Ordinal) && Name.EndsWith("__", StringComparison.Ordinal)
        && Name is not ("__init__" or "__call__" or "__new__");

    public bool IsInit => Name == "__init__";
}
