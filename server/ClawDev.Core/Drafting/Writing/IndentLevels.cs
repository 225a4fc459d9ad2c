namespace ClawDev.Core.Drafting.Writing;

/// <summary>The indentation of each <see cref="DocLine.Level"/>: level 0, level 1, and one unit more per further level.</summary>
internal sealed partial record IndentLevels(string Level0, string Level1, string Unit)
{
    /// <summary>How wrappable lines are filled (<see cref="ProseFill"/>); null never wraps.</summary>
    public ProseFill? Fill { get; init; }

    public static IndentLevels From(string level0, string unit) => new(level0, level0 + unit, unit);

    public string Of(int level) => level switch
    {
        0 => Level0,
        1 => Level1,
        _ => Level1 + string.Concat(Enumerable.Repeat(Unit, level - 1)),
    };

    /// <summary>
    /// The lines joined by <paramref name="lineBreak"/>, each indented for its level, blank lines left empty, prose
    /// filled as <see cref="Fill"/> says (<see cref="Filled"/>). With <paramref name="indentFirst"/>
    /// false the first line is not indented (it follows quotes or sits at an entry's column).
    /// </summary>
    public string Render(IReadOnlyList<DocLine> lines, string lineBreak, bool indentFirst)
    {
        var filled = Filled(lines);
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < filled.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(lineBreak);
            }
            var line = filled[i];
            if (!line.IsBlank && (i > 0 || indentFirst))
            {
                builder.Append(Of(line.Level));
            }
            builder.Append(line.Text);
        }
        return builder.ToString();
    }

    /// <summary>
    /// The lines with every wrappable line wider than the fill's width broken at the last space that keeps it
    /// within (a word longer than the room stays whole, a last word never stands alone), the rest going on at the
    /// line's continuation level. Where the paragraph goes on, the rest opens its next line, which is filled in turn:
    /// a borrowed paragraph wrapped at another width is not left ragged. Whole paragraphs are filled as doc-builder
    /// fills them (<see cref="FilledAsParagraphs"/>).
    /// </summary>
    private IReadOnlyList<DocLine> Filled(IReadOnlyList<DocLine> lines)
    {
        if (Fill is not { } fill)
        {
            return lines;
        }
        if (fill.WholeParagraphs)
        {
            return FilledAsParagraphs(lines, fill.Width);
        }
        var width = fill.Width;
        var filled = new List<DocLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            while (line.Continuation is { } continuation && Of(line.Level).Length + line.Text.Length > width)
            {
                var goesOn = GoesOn(lines, i, continuation);
                if (Break(line.Text, width - Of(line.Level).Length, line.KeepStart, lastLine: !goesOn) is not { } cut)
                {
                    break;
                }
                filled.Add(line with { Text = cut.Head });
                if (goesOn)
                {
                    var following = lines[++i];
                    line = following with { Text = $"{cut.Remainder} {following.Text.TrimStart()}" };
                }
                else
                {
                    line = new DocLine(continuation, cut.Remainder, continuation);
                }
            }
            filled.Add(line);
        }
        return filled;
    }

    /// <summary>Whether the line after <paramref name="i"/> goes on its paragraph, at the continuation level.</summary>
    private static bool GoesOn(IReadOnlyList<DocLine> lines, int i, int continuation) =>
        i + 1 < lines.Count && lines[i + 1] is { IsBlank: false } next && next.Level == continuation && next.Continuation == continuation;

    /// <summary>
    /// Each paragraph of wrappable lines joined, its runs of white space made one space, and filled word by word to
    /// the width, as doc-builder's <c>format_text</c> does (no rule for a last word); an entry's head line is kept
    /// only when shorter than the width (doc-builder splits a longer one at its colon), so it is filled one column
    /// short of it.
    /// </summary>
    private IReadOnlyList<DocLine> FilledAsParagraphs(IReadOnlyList<DocLine> lines, int width)
    {
        var filled = new List<DocLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Continuation is not { } continuation)
            {
                filled.Add(line);
                continue;
            }
            var paragraph = new System.Text.StringBuilder(line.Text);
            while (GoesOn(lines, i, continuation))
            {
                paragraph.Append(' ').Append(lines[++i].Text.Trim());
            }
            var joined = paragraph.ToString();
            var text = joined[..line.KeepStart] + Whitespace().Replace(joined[line.KeepStart..], " ").Trim();
            var (level, keep) = (line.Level, line.KeepStart);
            var room = width - Of(level).Length - (keep > 0 ? 1 : 0);
            // A head too wide for a word of its description after it is split at its colon, as doc-builder does: the
            // description goes below it.
            if (keep > 0 && FirstWordEnd(text, keep) > room)
            {
                filled.Add(new DocLine(level, text[..keep].TrimEnd(), null));
                (text, level, keep) = (text[keep..], continuation, 0);
                room = width - Of(level).Length;
            }
            while (text.Length > room && Break(text, room, keep, lastLine: false) is { } cut)
            {
                filled.Add(new DocLine(level, cut.Head, continuation, keep));
                (text, level, keep) = (cut.Remainder, continuation, 0);
                room = width - Of(level).Length;
            }
            filled.Add(new DocLine(level, text, continuation, keep));
        }
        return filled;
    }

    /// <summary>Where the first word after <paramref name="start"/> ends.</summary>
    private static int FirstWordEnd(string text, int start) => text.IndexOf(' ', start) is var space and >= 0 ? space : text.Length;

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+", System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial System.Text.RegularExpressions.Regex Whitespace();

    /// <summary>The text cut at the space that keeps its first part within <paramref name="room"/>, its first
    /// <paramref name="keep"/> characters whole; null when it has no space to break at.</summary>
    /// <param name="lastLine">Whether the paragraph ends with this text, so that its last word must not stand alone.</param>
    private static (string Head, string Remainder)? Break(string text, int room, int keep, bool lastLine)
    {
        var space = room > keep && room < text.Length ? text.LastIndexOf(' ', room, room - keep + 1) : -1;
        if (space < 0)
        {
            // No break within the room: after the first word that overflows it, if any.
            space = text.IndexOf(' ', Math.Max(room, keep));
            if (space < 0)
            {
                return null;
            }
        }
        // A last word alone on a line ("Defaults to" / "0.") goes down with the word before it.
        if (lastLine && text.IndexOf(' ', space + 1) < 0 && text.LastIndexOf(' ', space - 1) is var earlier && earlier >= keep && earlier > 0)
        {
            space = earlier;
        }
        return (text[..space].TrimEnd(), text[(space + 1)..].TrimStart());
    }
}
