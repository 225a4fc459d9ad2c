using System.Text;
using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting;

/// <summary>Replace the text at <paramref name="Replace"/> (UTF-16 offsets into the file) with <paramref name="NewText"/>; an empty span inserts.</summary>
public sealed record TextEdit(TextSpan Replace, string NewText);

public static class TextEdits
{
    /// <summary>The text with every edit applied. The edits must be sorted by position and must not overlap (what every drafting result guarantees).</summary>
    /// <exception cref="ArgumentException">When the edits are unsorted, overlap or fall outside the text.</exception>
    public static string Apply(string text, IReadOnlyList<TextEdit> edits)
    {
        var result = new StringBuilder(text.Length + 256);
        var copied = 0;
        foreach (var edit in edits)
        {
            var span = edit.Replace;
            if (span.Start < copied || span.End < span.Start || span.End > text.Length)
            {
                throw new ArgumentException($"edit {span} overlaps the previous one or falls outside the text (length {text.Length})", nameof(edits));
            }
            result.Append(text, copied, span.Start - copied).Append(edit.NewText);
            copied = span.End;
        }
        return result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The one edit that turns <paramref name="before"/> into <paramref name="after"/>: the span between their common start and common end.</summary>
    public static TextEdit Difference(string before, string after)
    {
        var prefix = 0;
        while (prefix < before.Length && prefix < after.Length && before[prefix] == after[prefix])
        {
            prefix++;
        }
        var suffix = 0;
        while (suffix < before.Length - prefix && suffix < after.Length - prefix && before[^(suffix + 1)] == after[^(suffix + 1)])
        {
            suffix++;
        }
        return new TextEdit(new TextSpan(prefix, before.Length - suffix), after[prefix..(after.Length - suffix)]);
    }
}
