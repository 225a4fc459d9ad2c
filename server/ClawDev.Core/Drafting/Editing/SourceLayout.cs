using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting.Editing;

/// <summary>Line breaks and indentation as a file already writes them, so drafted text matches.</summary>
internal static class SourceLayout
{
    private const string DefaultUnit = "    ";

    /// <summary>The break ending the line at <paramref name="offset"/>; else the file's first; "\n" in a file of one line.</summary>
    public static string LineBreakAt(string text, int offset)
    {
        var next = text.AsSpan(Math.Min(offset, text.Length)).IndexOfAny('\r', '\n');
        var at = next >= 0 ? Math.Min(offset, text.Length) + next : text.AsSpan().IndexOfAny('\r', '\n');
        if (at < 0)
        {
            return "\n";
        }
        return text[at] == '\n' ? "\n" : at + 1 < text.Length && text[at + 1] == '\n' ? "\r\n" : "\r";
    }

    /// <summary>The leading whitespace of the line holding <paramref name="offset"/>.</summary>
    public static string IndentationAt(string text, int offset)
    {
        var start = offset;
        while (start > 0 && text[start - 1] is not ('\n' or '\r'))
        {
            start--;
        }
        var end = start;
        while (end < text.Length && text[end] is ' ' or '\t')
        {
            end++;
        }
        return text[start..end];
    }

    /// <summary>
    /// One step of indentation in this file: how much deeper a body sits than its header (the definition's own,
    /// else its parent's, else any definition's in the module); a tab in tab-indented code, four spaces when
    /// nothing shows it.
    /// </summary>
    public static string IndentUnit(PythonModule module, Definition? definition)
    {
        if (definition is not null)
        {
            if (Step(definition) is { } own)
            {
                return own;
            }
            for (var parent = definition.Parent; parent is not null; parent = parent.Parent)
            {
                if (Step(parent) is { } inherited)
                {
                    return inherited;
                }
            }
        }
        foreach (var any in module.AllDefinitions())
        {
            if (Step(any) is { } step)
            {
                return step;
            }
        }
        return definition is not null && definition.Indentation.Contains('\t') ? "\t" : DefaultUnit;
    }

    /// <summary>
    /// The width drafted prose wraps to: what the file's lines reach — the third widest, so that one long URL or
    /// `# noqa` line does not widen every draft — and at least the 88 columns ruff and black keep to by default.
    /// Formatted code reaches its project's line length on many lines (119 in Hugging Face's libraries, whose `make
    /// style` fills docstrings to it too), so no drafted line is wider than what the file already shows; a help text
    /// joined from its string parts is one line of hundreds of columns otherwise.
    /// </summary>
    public static int TextWidth(string text)
    {
        // The three widest lines, widest first.
        Span<int> widest = [MinimumWidth, MinimumWidth, MinimumWidth];
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.AsSpan(lineStart).IndexOfAny('\r', '\n');
            var width = lineEnd < 0 ? text.Length - lineStart : lineEnd;
            if (width > widest[2])
            {
                widest[2] = width;
                if (widest[2] > widest[1])
                {
                    (widest[1], widest[2]) = (widest[2], widest[1]);
                }
                if (widest[1] > widest[0])
                {
                    (widest[0], widest[1]) = (widest[1], widest[0]);
                }
            }
            lineStart += lineEnd < 0 ? width : width + 1;
        }
        return widest[2];
    }

    private const int MinimumWidth = 88;

    private static string? Step(Definition definition) =>
        !definition.IsOneLiner
        && definition.BodyIndentation.Length > definition.Indentation.Length
        && definition.BodyIndentation.StartsWith(definition.Indentation, StringComparison.Ordinal)
            ? definition.BodyIndentation[definition.Indentation.Length..]
            : null;
}
