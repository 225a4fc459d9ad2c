using System.Buffers;

namespace ClawDev.Core.Rules.Pydocstyle;

/// <summary>Receives the argument sections <see cref="ArgumentSectionCheck.Read"/> finds: the names each describes, then its end.</summary>
internal abstract class ArgumentSectionReader
{
    /// <summary>A name the current section describes; the span lives only for the call.</summary>
    public abstract void Describes(ReadOnlySpan<char> name);

    public abstract void SectionEnds();
}

/// <summary>
/// Port of pydocstyle 6.2.3's check_docstring_sections as far as D417 goes: which argument sections a docstring
/// has and which names each one describes. Reads the literal in place: no string per line, section or name.
/// </summary>
internal static class ArgumentSectionCheck
{
    // Line tables up to this many lines live on the stack; longer docstrings rent one.
    private const int StackLines = 256;

    /// <summary>
    /// The argument sections in order, each with the names it describes: every NumPy "Parameters" section, or, when
    /// the docstring has no NumPy section at all, every Google "Args"/"Arguments" section. Any NumPy section name
    /// counts, including "Returns", "Raises", "Examples" and "Notes" (they are Google names too), so a Google
    /// docstring with a "Returns:" section is never checked: pydocstyle's behaviour, reproduced on purpose.
    /// </summary>
    /// <param name="literal">The docstring literal as written (prefix and quotes included).</param>
    /// <param name="allowStarredNames">Also read "*args:" entries in Google sections (ruff does; pydocstyle's regex does not).</param>
    public static void Read(ReadOnlySpan<char> literal, bool allowStarredNames, ArgumentSectionReader reader)
    {
        var text = PythonText.UniversalNewlines(literal);
        var lineCount = LiteralLines.CountIn(text);
        if (lineCount < 2)
        {
            return;
        }
        int[]? rented = null;
        Span<int> starts = lineCount < StackLines ? stackalloc int[lineCount + 1] : (rented = ArrayPool<int>.Shared.Rent(lineCount + 1));
        try
        {
            ReadSections(new LiteralLines(text, starts), allowStarredNames, reader);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The names each argument section describes, one set per section (see <see cref="Read"/>).</summary>
    public static List<HashSet<string>> DescribedNames(ReadOnlySpan<char> literal, bool allowStarredNames)
    {
        var sets = new NameSets();
        Read(literal, allowStarredNames, sets);
        return sets.Sections;
    }

    private static void ReadSections(LiteralLines lines, bool allowStarredNames, ArgumentSectionReader reader)
    {
        var header = SectionContexts.FindNext(lines, 0, SectionContexts.NumpySectionNames);
        var numpy = header is not null;
        var validNames = numpy ? SectionContexts.NumpySectionNames : SectionContexts.GoogleSectionNames;
        header ??= SectionContexts.FindNext(lines, 0, validNames);
        while (header is { } current)
        {
            var next = SectionContexts.FindNext(lines, current.LineIndex + 1, validNames);
            // Up to the next header, or to the docstring's last line for the last section (pydocstyle's lines[i + 1:-1]
            // drops the last line, even when it holds text before the closing quotes).
            var start = current.LineIndex + 1;
            var end = Math.Max(next?.LineIndex ?? lines.Count - 1, start);
            if (numpy ? current.Name is "Parameters" : current.Name is "Args" or "Arguments")
            {
                if (numpy)
                {
                    DocumentedArguments.FromNumpySection(lines, current.LineIndex, start, end, reader);
                }
                else
                {
                    DocumentedArguments.FromGoogleSection(lines, start, end, allowStarredNames, reader);
                }
                reader.SectionEnds();
            }
            header = next;
        }
    }

    private sealed class NameSets : ArgumentSectionReader
    {
        private HashSet<string> _current = new(StringComparer.Ordinal);

        public List<HashSet<string>> Sections { get; } = [];

        public override void Describes(ReadOnlySpan<char> name) => _current.Add(name.ToString());

        public override void SectionEnds()
        {
            Sections.Add(_current);
            _current = new HashSet<string>(StringComparer.Ordinal);
        }
    }
}
