using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting.Signature;

/// <summary>Whether a function's docstring needs Returns and Yields sections, and their types.</summary>
/// <param name="HasReturns">A value comes back: an annotation other than None/NoReturn/Never, or (without one) a <c>return value</c> in the body; for generators only a Generator's return type or a <c>return value</c>.</param>
/// <param name="ReturnType">The type to write, or null when unknown.</param>
/// <param name="Yields">The body yields.</param>
/// <param name="YieldType">The element type of a Generator/Iterator/Iterable annotation, or null.</param>
internal readonly record struct ReturnTyping(bool HasReturns, string? ReturnType, bool Yields, string? YieldType)
{
    public static ReturnTyping Of(Definition function)
    {
        var annotation = function.ReturnAnnotation is { Length: > 0 } text ? TypeExpression.Unwrap(text) : null;
        if (function.Yields)
        {
            var returnType = annotation is null ? null : TypeExpression.GeneratorReturnType(annotation);
            return new ReturnTyping(returnType is not null || function.ReturnsValue, returnType, true, annotation is null ? null : TypeExpression.YieldedType(annotation));
        }
        if (annotation is null)
        {
            return new ReturnTyping(function.ReturnsValue, null, false, null);
        }
        return TypeExpression.MeansNoValue(annotation) ? default : new ReturnTyping(true, annotation, false, null);
    }
}
