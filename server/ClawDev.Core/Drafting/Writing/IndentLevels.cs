namespace ClawDev.Core.Drafting.Writing;

/// <summary>The indentation of each <see cref="DocLine.Level"/>: level 0, level 1, and one unit more per further level.</summary>
internal sealed record IndentLevels(string Level0, string Level1, string Unit)
{
    /// <summary>The widest a wrappable line may be, indentation included (<see cref="Editing.SourceLayout.TextWidth"/>); null never wraps.</summary>
    public int? Width { get; init; }

    public static IndentLevels From(string level0, string unit) => new(level0, level0 + unit, unit);

    public string Of(int level) => level switch
    {
        0 => Level0,
        1 => Level1,
        _ => Level1 + string.Concat(Enumerable.Repeat(Unit, level - 1)),
    };

    /// <summary>
    /// The lines joined by <paramref name="lineBreak"/>, each indented for its level, blank lines left empty, prose
    /// wider than <see cref="Width"/> wrapped between words (<see cref="Filled"/>). With <paramref name="indentFirst"/>
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
    /// The lines with every wrappable line wider than <see cref="Width"/> broken at the last space that keeps it
    /// within (a word longer than the room stays whole, a last word never stands alone), the rest going on at the
    /// line's continuation level. Where the paragraph goes on, the rest opens its next line, which is filled in turn,
    /// as `make style` refills a paragraph: a borrowed paragraph wrapped at another width is not left ragged.
    /// </summary>
    private IReadOnlyList<DocLine> Filled(IReadOnlyList<DocLine> lines)
    {
        if (Width is not { } width)
        {
            return lines;
        }
        var filled = new List<DocLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            while (line.Continuation is { } continuation && Of(line.Level).Length + line.Text.Length > width)
            {
                var goesOn = i + 1 < lines.Count && lines[i + 1] is { IsBlank: false } next && next.Level == continuation && next.Continuation == continuation;
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
