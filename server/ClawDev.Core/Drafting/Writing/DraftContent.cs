using ClawDev.Core.Drafting.Signature;
using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting.Writing;

/// <summary>One parameter entry to write.</summary>
/// <param name="Description">Placeholder or grounded text; lines joined with "\n", continuation lines relative to the first.</param>
internal sealed record ParameterDoc(Parameter Parameter, ParameterTyping Typing, string Description)
{
    public string Name => Parameter.Name;

    public bool ContainsBackslash =>
        Description.Contains('\\') || (Typing.Type?.Contains('\\') ?? false) || (Typing.Default?.Contains('\\') ?? false);
}

/// <summary>A Returns or Yields entry: a type when known and a description.</summary>
internal sealed record ValueDoc(string? Type, string Description);

/// <summary>A Raises entry.</summary>
internal sealed record RaisedDoc(string Exception, string Description);

/// <summary>Everything a new docstring says, before it is written in a style.</summary>
internal sealed record DraftContent(string Summary)
{
    public IReadOnlyList<ParameterDoc> Parameters { get; init; } = [];
    public ValueDoc? Returns { get; init; }
    public ValueDoc? Yields { get; init; }
    public IReadOnlyList<RaisedDoc> Raises { get; init; } = [];

    public bool ContainsBackslash
    {
        get
        {
            if (Summary.Contains('\\') || (Returns?.Description.Contains('\\') ?? false) || (Returns?.Type?.Contains('\\') ?? false)
                || (Yields?.Type?.Contains('\\') ?? false))
            {
                return true;
            }
            foreach (var parameter in Parameters)
            {
                if (parameter.ContainsBackslash)
                {
                    return true;
                }
            }
            return false;
        }
    }
}
