using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting.Signature;

/// <summary>What a docstring entry says about a parameter's type and default, read from the signature.</summary>
/// <param name="Type">From the annotation (a None default's "Optional" dropped), else from the default literal; null when unknown.</param>
/// <param name="Default">The default as written in the signature, or null for a required parameter.</param>
internal readonly record struct ParameterTyping(string? Type, string? Default)
{
    public bool IsOptional => Default is not null;

    public bool DefaultsToNone => Default == "None";

    public static ParameterTyping Of(Parameter parameter)
    {
        var type = parameter.Annotation is { Length: > 0 } annotation ? TypeExpression.Unquote(annotation) : null;
        if (type is not null && parameter.Default == "None")
        {
            type = TypeExpression.WithoutNone(type);
        }
        type ??= parameter.Default is { } literal ? LiteralType.Of(literal) : null;
        return new ParameterTyping(type, parameter.Default);
    }
}
