using ClawDev.Core.Drafting.Signature;

namespace ClawDev.Core.Drafting.Grounding;

/// <summary>
/// A coarse key for comparing a documented type with an annotation: the last dotted part of the first name,
/// lower case, after dropping "Optional"/"| None". "`torch.Tensor` of shape `(batch,)`", "torch.Tensor" and
/// "Optional[torch.Tensor]" all give "tensor"; "List[str]" and "list of str" give "list".
/// </summary>
internal static class TypeKey
{
    public static string? Of(string? type)
    {
        if (string.IsNullOrWhiteSpace(type))
        {
            return null;
        }
        var text = TypeExpression.WithoutNone(type.Trim());
        var start = 0;
        while (start < text.Length && !IsNameChar(text[start]))
        {
            start++;
        }
        var end = start;
        while (end < text.Length && (IsNameChar(text[end]) || text[end] == '.'))
        {
            end++;
        }
        if (end == start)
        {
            return null;
        }
        return TypeExpression.LastSegment(text[start..end].TrimEnd('.')).ToLowerInvariant();
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
