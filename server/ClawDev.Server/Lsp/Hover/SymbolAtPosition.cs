using ClawDev.Core.Python;

namespace ClawDev.Server.Lsp.Hover;

/// <summary>The definition, or the parameter of a definition, whose name is at an offset.</summary>
/// <param name="Parameter">Null when the offset is on the definition's own name.</param>
internal sealed record SymbolAtPosition(Definition Definition, Parameter? Parameter)
{
    public TextSpan NameSpan => Parameter?.NameSpan ?? Definition.NameSpan;

    /// <summary>The name (def, class or parameter) that <paramref name="offset"/> is on or just after, or null.</summary>
    public static SymbolAtPosition? Find(PythonModule module, int offset)
    {
        foreach (var definition in module.AllDefinitions())
        {
            if (Touches(definition.NameSpan, offset))
            {
                return new SymbolAtPosition(definition, null);
            }
            foreach (var parameter in definition.Parameters)
            {
                if (Touches(parameter.NameSpan, offset))
                {
                    return new SymbolAtPosition(definition, parameter);
                }
            }
        }
        return null;
    }

    // An editor's cursor after the last character of a name is still on it.
    private static bool Touches(TextSpan span, int offset) => offset >= span.Start && offset <= span.End;
}
