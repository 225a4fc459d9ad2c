using System.Buffers;

namespace ClawDev.Core.Rules.Pydocstyle;

/// <summary>
/// The argument names pydocstyle 6.2.3 considers described by one section: <c>_check_parameters_section</c> (NumPy)
/// and <c>_check_args_section</c> with <c>GOOGLE_ARGS_REGEX</c> (Google). Where pydocstyle rewrites the section's
/// text, the rewrite goes to a rented buffer.
/// </summary>
internal static class DocumentedArguments
{
    /// <summary>
    /// NumPy "Parameters": a line at the header's indentation followed by a more indented, non-blank line
    /// names parameters (comma separated, before any colon). Backslash-newline continuations are joined first.
    /// </summary>
    /// <param name="start">The section's first line after its header.</param>
    /// <param name="end">The section's end (exclusive).</param>
    public static void FromNumpySection(LiteralLines lines, int headerIndex, int start, int end, ArgumentSectionReader reader)
    {
        var section = lines.Joined(start, end);
        if (!section.Contains("\\\n", StringComparison.Ordinal))
        {
            ReadNumpyEntries(section, PythonText.LeadingSpace(lines[headerIndex]), reader);
            return;
        }
        var joined = ArrayPool<char>.Shared.Rent(section.Length);
        var length = 0;
        for (var i = 0; i < section.Length; i++)
        {
            if (section[i] == '\\' && i + 1 < section.Length && section[i + 1] == '\n')
            {
                i++;
                continue;
            }
            joined[length++] = section[i];
        }
        ReadNumpyEntries(joined.AsSpan(0, length), PythonText.LeadingSpace(lines[headerIndex]), reader);
        ArrayPool<char>.Shared.Return(joined);
    }

    private static void ReadNumpyEntries(ReadOnlySpan<char> content, ReadOnlySpan<char> sectionIndent, ArgumentSectionReader reader)
    {
        Range? previous = null;
        foreach (var range in content.Split('\n'))
        {
            if (previous is { } current)
            {
                ReadNumpyEntry(content[current], content[range], sectionIndent, reader);
            }
            previous = range;
        }
    }

    private static void ReadNumpyEntry(ReadOnlySpan<char> current, ReadOnlySpan<char> next, ReadOnlySpan<char> sectionIndent, ArgumentSectionReader reader)
    {
        var currentIndent = PythonText.LeadingSpace(current);
        if (!currentIndent.SequenceEqual(sectionIndent)
            || PythonText.LeadingSpace(next).Length <= currentIndent.Length
            || PythonText.IsBlank(next))
        {
            return;
        }
        var colon = current.IndexOf(':');
        var parameters = colon >= 0 ? current[..colon] : PythonText.Strip(current);
        foreach (var range in parameters.Split(','))
        {
            reader.Describes(PythonText.Strip(parameters[range]));
        }
    }

    /// <summary>
    /// Google "Args"/"Arguments": lines indented at least like the first following line are dedented and stripped;
    /// each unindented line starts an entry (indented lines continue it); an entry whose text matches
    /// GOOGLE_ARGS_REGEX documents its leading name.
    /// </summary>
    /// <param name="start">The section's first line after its header.</param>
    /// <param name="end">The section's end (exclusive).</param>
    public static void FromGoogleSection(LiteralLines lines, int start, int end, bool allowStarredNames, ArgumentSectionReader reader)
    {
        if (end <= start)
        {
            return;
        }
        var first = lines[start];
        var firstStripped = PythonText.LStrip(first);
        // first[:-len(first.lstrip())] is "" for a blank first line (Python's [:-0] is [:0]).
        var leadingWhitespace = firstStripped.IsEmpty ? [] : first[..(first.Length - firstStripped.Length)];

        // The kept lines joined by '\n' are at most the section's text.
        var kept = ArrayPool<char>.Shared.Rent(lines.Joined(start, end).Length);
        var length = 0;
        var any = false;
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            if (line.Length != 0 && !line.StartsWith(leadingWhitespace))
            {
                continue;
            }
            if (any)
            {
                kept[length++] = '\n';
            }
            line.CopyTo(kept.AsSpan(length));
            length += line.Length;
            any = true;
        }
        var content = PythonText.Strip(kept.AsSpan(0, TextWrap.Dedent(kept.AsSpan(0, length))));
        ReadGoogleEntries(content, allowStarredNames, reader);
        ArrayPool<char>.Shared.Return(kept);
    }

    /// <summary>The entries of str.splitlines(keepends=True): a line starting with white space continues the entry before it.</summary>
    private static void ReadGoogleEntries(ReadOnlySpan<char> content, bool allowStarredNames, ArgumentSectionReader reader)
    {
        var entryStart = 0;
        for (var lineStart = 0; lineStart < content.Length; lineStart += PythonText.FirstLineLength(content[lineStart..]))
        {
            if (lineStart > entryStart && !PythonText.IsSpace(content[lineStart]))
            {
                ReadGoogleEntry(content[entryStart..lineStart], allowStarredNames, reader);
                entryStart = lineStart;
            }
        }
        if (content.Length > entryStart)
        {
            ReadGoogleEntry(content[entryStart..], allowStarredNames, reader);
        }
    }

    private static void ReadGoogleEntry(ReadOnlySpan<char> entry, bool allowStarredNames, ArgumentSectionReader reader)
    {
        var name = GoogleArgsPattern.DocumentedName(entry, allowStarredNames);
        if (!name.IsEmpty)
        {
            reader.Describes(name);
        }
    }
}
