using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting.Signature;

/// <summary>What a docstring entry says about a parameter's type and default, read from the signature.</summary>
/// <param name="Type">From the annotation (a None default's "Optional" dropped), else from the default literal; null when unknown.</param>
/// <param name="Default">The default as the documentation states it (<see cref="DeclaredDefault"/>), or null for a required parameter.</param>
internal readonly record struct ParameterTyping(string? Type, string? Default)
{
    public bool IsOptional => Default is not null;

    public bool DefaultsToNone => Default == "None";

    /// <summary>The type is read from the default literal, not annotated: `resolution=1` says "int" where the parameter
    /// is a float.</summary>
    public bool TypeFromDefault { get; init; }

    /// <summary>The annotation names a type alias the repository defines (huggingface_hub's <c>ContentT</c>,
    /// <c>RepoVisibility_T</c>): a name that tells a reader nothing, so the type the entries write wins.</summary>
    public bool TypeIsAlias { get; init; }

    /// <summary>The default an entry states: none for a required parameter, nor for a stub's <c>...</c> (a Protocol's
    /// or an overload's "has a default, stated elsewhere"), nor for a private marker of "not given" (flask's
    /// <c>_sentinel</c>, <c>cls._MISSING</c>), which says nothing to a reader; optional all the same.</summary>
    public string? StatedDefault => Default == "..." || IsPrivateName(Default) ? null : Default;

    private static bool IsPrivateName(string? value) =>
        value is not null && value[(value.LastIndexOf('.') + 1)..] is ['_', ..] name && !(name.StartsWith("__", StringComparison.Ordinal) && name.EndsWith("__", StringComparison.Ordinal))
        && name.All(static c => char.IsAsciiLetterOrDigit(c) || c == '_')
        && value.All(static c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.');

    /// <summary>
    /// The type as the evidence's docstring writes it (the repository's own notation, "`str` or `os.PathLike`")
    /// when it names the same types as the annotation, or when there is no annotation; for a type read from the
    /// default, when it names the default's type among its alternatives (networkx's "float" for `resolution=1`,
    /// "string or function" for `weight="weight"`), and wherever the annotation is a type alias; else this typing.
    /// </summary>
    /// <param name="spellsOutAnAlias">The documented type is this parameter's and no alias itself: it says what an
    /// alias the signature names stands for ("`DatasetSort_T`" says nothing more of ModelSort_T).</param>
    public ParameterTyping WithDocumentedType(string? documented, bool spellsOutAnAlias = false)
    {
        if (string.IsNullOrWhiteSpace(documented) || documented.Contains('\\') || documented.Contains('\n'))
        {
            return this;
        }
        var key = Grounding.TypeKey.Of(documented);
        var typeKey = Grounding.TypeKey.Of(Type);
        return Type is null || (TypeIsAlias && spellsOutAnAlias) || key == typeKey || (TypeFromDefault && Grounding.TypeKey.Admits(key, typeKey) && !StatesDefault(documented))
            ? this with { Type = documented.Trim() }
            : this;
    }

    /// <summary>Whether a documented type also says the source's default ("integer (optional, default=10)"): not the
    /// draft's, whose own default the entry states.</summary>
    private static bool StatesDefault(string documented) =>
        documented.Contains("default", StringComparison.OrdinalIgnoreCase) || documented.Contains("optional", StringComparison.OrdinalIgnoreCase);

    /// <param name="resolvedDefault">The literal the written default stands for (a constant's value), when known.</param>
    public static ParameterTyping Of(Parameter parameter, string? resolvedDefault = null)
    {
        var defaultValue = resolvedDefault ?? DeclaredDefault.Of(parameter);
        var type = parameter.Annotation is { Length: > 0 } annotation ? TypeExpression.WithoutAnnotated(TypeExpression.Unwrap(annotation)) : null;
        if (type is not null && defaultValue == "None")
        {
            type = TypeExpression.WithoutNone(type);
        }
        var fromDefault = type is null;
        type ??= defaultValue is { } literal ? LiteralType.Of(literal) : null;
        return new ParameterTyping(type, defaultValue) { TypeFromDefault = fromDefault && type is not null };
    }
}
