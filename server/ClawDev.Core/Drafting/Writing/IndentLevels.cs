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
    /// wider than <see cref="Width"/> wrapped between words. With <paramref name="indentFirst"/> false the first line
    /// is not indented (it follows quotes or sits at an entry's column).
    /// </summary>
    public string Render(IReadOnlyList<DocLine> lines, string lineBreak, bool indentFirst)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(lineBreak);
            }
            var line = lines[i];
            if (!line.IsBlank && (i > 0 || indentFirst))
            {
                builder.Append(Of(line.Level));
            }
            AppendWrapped(builder, line, lineBreak);
        }
        return builder.ToString();
    }

    /// <summary>The line's text, broken at the last space that keeps each piece within <see cref="Width"/> (a word
    /// longer than the room stays whole, a last word never stands alone), the pieces after the first at the line's
    /// continuation level.</summary>
    private void AppendWrapped(System.Text.StringBuilder builder, DocLine line, string lineBreak)
    {
        var text = line.Text;
        var indentation = Of(line.Level).Length;
        if (Width is not { } width || line.Continuation is not { } continuation || indentation + text.Length <= width)
        {
            builder.Append(text);
            return;
        }
        var keep = line.KeepStart;
        while (indentation + text.Length > width)
        {
            var room = width - indentation;
            var space = room > keep && room < text.Length ? text.LastIndexOf(' ', room, room - keep + 1) : -1;
            if (space < 0)
            {
                // No break within the room: after the first word that overflows it, if any.
                space = text.IndexOf(' ', Math.Max(room, keep));
                if (space < 0)
                {
                    break;
                }
            }
            // A last word alone on a line ("Defaults to" / "0.") goes down with the word before it.
            if (text.IndexOf(' ', space + 1) < 0 && text.LastIndexOf(' ', space - 1) is var earlier && earlier >= keep && earlier > 0)
            {
                space = earlier;
            }
            builder.Append(text.AsSpan(0, space).TrimEnd()).Append(lineBreak).Append(Of(continuation));
            text = text[(space + 1)..].TrimStart();
            indentation = Of(continuation).Length;
            keep = 0;
        }
        builder.Append(text);
    }
}
