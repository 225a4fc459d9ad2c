namespace ClawDev.Core.Docstrings;

/// <summary>What a docstring section documents, whatever its header is called in a given style.</summary>
public enum SectionKind
{
    /// <summary>Google "Args:"/"Arguments:"/"Parameters:", NumPy "Parameters", Sphinx :param: fields.</summary>
    Parameters,
    OtherParameters,

    /// <summary>Google "Keyword Args:", Sphinx :keyword: fields.</summary>
    KeywordArguments,

    /// <summary>Google "Attributes:", NumPy "Attributes", Sphinx :ivar:/:cvar:/:var: fields.</summary>
    Attributes,
    Methods,
    Returns,
    Yields,
    Receives,
    Raises,
    Warns,

    /// <summary>The "Warning(s)" admonition (prose, not warning classes: those are <see cref="Warns"/>).</summary>
    Warnings,
    Examples,
    Notes,
    SeeAlso,
    References,
    Todo,

    /// <summary>Napoleon's other admonitions: Attention, Caution, Danger, Error, Hint, Important, Tip.</summary>
    Admonition,

    /// <summary>An underlined NumPy header ClawDev does not know, or a Sphinx field it does not know.</summary>
    Other,

    /// <summary>Free text between or after sections; it has no header.</summary>
    Prose,
}

public static class SectionKindExtensions
{
    /// <summary>Sections whose entries are parameters of the documented callable.</summary>
    public static bool IsParameterKind(this SectionKind kind) =>
        kind is SectionKind.Parameters or SectionKind.OtherParameters or SectionKind.KeywordArguments;

    /// <summary>Sections written as "name (type): description" style entries.</summary>
    internal static bool HasNamedEntries(this SectionKind kind) =>
        kind.IsParameterKind() || kind is SectionKind.Attributes or SectionKind.Methods;

    /// <summary>Sections describing what comes back: a type and a description, optionally a name (NumPy).</summary>
    internal static bool IsReturnKind(this SectionKind kind) =>
        kind is SectionKind.Returns or SectionKind.Yields or SectionKind.Receives;

    /// <summary>Sections whose entries are exception or warning classes.</summary>
    internal static bool IsExceptionKind(this SectionKind kind) =>
        kind is SectionKind.Raises or SectionKind.Warns;
}
