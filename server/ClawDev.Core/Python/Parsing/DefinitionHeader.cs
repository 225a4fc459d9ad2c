using ClawDev.Core.Python.Tokens;

namespace ClawDev.Core.Python.Parsing;

/// <summary>What a <c>def</c> or <c>class</c> line says before its body.</summary>
internal sealed class DefinitionHeader
{
    public required DefinitionKind Kind { get; init; }
    public required bool IsAsync { get; init; }
    public required Token Keyword { get; init; }
    public required Token Name { get; init; }
    public IReadOnlyList<string> TypeParameters { get; init; } = [];
    public IReadOnlyList<Parameter> Parameters { get; init; } = [];
    public IReadOnlyList<string> Bases { get; init; } = [];
    public string? ReturnAnnotation { get; init; }

    /// <summary>Index of the ':' ending the header in the line's tokens, or -1.</summary>
    public int ColonIndex { get; init; } = -1;

    /// <summary>Source offset of that ':', or -1.</summary>
    public int ColonOffset { get; init; } = -1;

    /// <summary>Index of the last token that belongs to the header (the colon when there is one).</summary>
    public int LastIndex { get; init; }
}
