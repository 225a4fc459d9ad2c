using System.Text;

namespace ClawDev.Core.Rules.Pydocstyle;

/// <summary>
/// The argument names pydocstyle 6.2.3 considers described by one section: <c>_check_parameters_section</c> (NumPy)
/// and <c>_check_args_section</c> with <c>GOOGLE_ARGS_REGEX</c> (Google).
/// </summary>
internal static class DocumentedArguments
{
    /// <summary>
    /// NumPy "Parameters": a line at the header's indentation followed by a more indented, non-blank line
    /// names parameters (comma separated, before any colon). Backslash-newline continuations are joined first.
    /// </summary>
    public static HashSet<string> FromNumpySection(string[] lines, SectionContext section)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var sectionIndent = PythonText.LeadingSpace(lines[section.LineIndex]);
        var content = string.Join('\n', lines, section.FollowingStart, section.FollowingEnd - section.FollowingStart)
            .Replace("\\\n", "", StringComparison.Ordinal)
            .Split('\n');
        for (var i = 0; i + 1 < content.Length; i++)
        {
            var current = content[i];
            var next = content[i + 1];
            var currentIndent = PythonText.LeadingSpace(current);
            if (!currentIndent.SequenceEqual(sectionIndent)
                || PythonText.LeadingSpace(next).Length <= currentIndent.Length
                || PythonText.IsBlank(next))
            {
                continue;
            }
            var colon = current.IndexOf(':');
            var parameters = colon >= 0 ? current.AsSpan(0, colon) : PythonText.Strip(current);
            foreach (var range in parameters.Split(','))
            {
                names.Add(PythonText.Strip(parameters[range]).ToString());
            }
        }
        return names;
    }

    /// <summary>
    /// Google "Args"/"Arguments": lines indented at least like the first following line are dedented and stripped;
    /// each unindented line starts an entry (indented lines continue it); an entry whose text matches
    /// GOOGLE_ARGS_REGEX documents its leading name.
    /// </summary>
    public static HashSet<string> FromGoogleSection(string[] lines, SectionContext section, bool allowStarredNames)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (section.FollowingEnd <= section.FollowingStart)
        {
            return names;
        }
        var first = lines[section.FollowingStart];
        var firstStripped = PythonText.LStrip(first);
        // first[:-len(first.lstrip())] is "" for a blank first line (Python's [:-0] is [:0]).
        var leadingWhitespace = firstStripped.IsEmpty ? "" : first[..(first.Length - firstStripped.Length)];

        var kept = new StringBuilder();
        var any = false;
        for (var i = section.FollowingStart; i < section.FollowingEnd; i++)
        {
            var line = lines[i];
            if (line.Length != 0 && !line.StartsWith(leadingWhitespace, StringComparison.Ordinal))
            {
                continue;
            }
            if (any)
            {
                kept.Append('\n');
            }
            kept.Append(line);
            any = true;
        }
        var content = PythonText.Strip(TextWrap.Dedent(kept.ToString())).ToString();

        var entry = new StringBuilder();
        foreach (var line in PythonText.SplitLinesKeepEnds(content))
        {
            if (!PythonText.IsSpace(line[0]) && entry.Length > 0)
            {
                AddIfDocumented(entry.ToString(), allowStarredNames, names);
                entry.Clear();
            }
            entry.Append(line);
        }
        if (entry.Length > 0)
        {
            AddIfDocumented(entry.ToString(), allowStarredNames, names);
        }
        return names;
    }

    private static void AddIfDocumented(string entry, bool allowStarredNames, HashSet<string> names)
    {
        var name = GoogleArgsPattern.DocumentedName(entry, allowStarredNames);
        if (name is not null)
        {
            names.Add(name);
        }
    }
}
