using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting.Signature;

/// <summary>
/// The default a parameter's documentation states, where the signature writes a call that declares it: a dataclass
/// field's <c>field(default=X)</c> is X, <c>field(default_factory=lambda: [1])</c> is [1] (<c>list</c>: [], a class
/// C: C()), a field without either is required; typer's <c>Option(X, …)</c> / <c>Argument(X, …)</c> is X
/// (<c>...</c>: required). Anything else is the default as written.
/// </summary>
internal static class DeclaredDefault
{
    private static readonly Dictionary<string, string> EmptyCollections = new(StringComparer.Ordinal)
    {
        ["list"] = "[]",
        ["dict"] = "{}",
        ["tuple"] = "()",
        ["set"] = "set()",
    };

    /// <summary>Null for a required parameter.</summary>
    public static string? Of(Parameter parameter)
    {
        if (parameter.Default is not { } written || !written.EndsWith(')') || Declaration(written) is not { } call)
        {
            return parameter.Default;
        }
        if (call.SimpleCallee == "field")
        {
            return call.Keyword("default") ?? (call.Keyword("default_factory") is { } factory ? Made(factory) : null);
        }
        var value = call.Positional(0) ?? call.Keyword("default");
        return value is null or "..." || call.PositionalString(0) is ['-', ..] ? null : value;
    }

    /// <summary>The declaring call <paramref name="written"/> is: dataclasses' field, typer's Option or Argument; null otherwise.</summary>
    public static CallExpression? Declaration(string written)
    {
        var open = written.IndexOf('(');
        if (open <= 0 || TypeExpression.LastSegment(written[..open].Trim()) is not ("field" or "Option" or "Argument"))
        {
            return null;
        }
        return CallExpression.Parse(written) is { } call && call.Callee is "field" or "dataclasses.field" or "Option" or "Argument" or "typer.Option" or "typer.Argument"
            ? call
            : null;
    }

    private static string Made(string factory)
    {
        if (EmptyCollections.TryGetValue(factory, out var empty))
        {
            return empty;
        }
        return factory.StartsWith("lambda", StringComparison.Ordinal) && factory.IndexOf(':') is var colon and > 0 && factory[6..colon].Trim().Length == 0
            ? factory[(colon + 1)..].Trim()
            : $"{factory}()";
    }
}
