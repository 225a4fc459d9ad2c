using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting;

/// <summary>The parameters a reader of a definition expects to find documented, for what the server says about them.</summary>
public static class ReaderParameters
{
    /// <summary>
    /// A function's parameters without a method's own first one (self, cls); for a class, its __init__'s, or for a
    /// dataclass without one, its fields (the parameters of the generated __init__). The rules' and drafting's
    /// exact choice (private, *args, the project's options) is theirs to make. A name given twice
    /// (<c>def f(x, x):</c>, common while typing; Python refuses it) is one parameter, the first.
    /// </summary>
    public static List<Parameter> Of(Definition definition)
    {
        var function = definition.IsClass ? definition.Children.FirstOrDefault(child => child is { IsClass: false, Name: "__init__" }) : definition;
        if (function is null)
        {
            return [.. definition.Parameters];
        }
        var parameters = function.Parameters.ToList();
        if (function.IsMethod && parameters.Count > 0 && parameters[0].Name is "self" or "cls")
        {
            parameters.RemoveAt(0);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        parameters.RemoveAll(parameter => !seen.Add(parameter.Name));
        return parameters;
    }

    /// <summary>Whether the signature tells a reader the parameter's type: an annotation, or a default whose literal has
    /// one (<c>index=-1</c>); a None default tells none.</summary>
    public static bool TypeIsGiven(Parameter parameter) => Signature.ParameterTyping.Of(parameter).Type is not null;
}
