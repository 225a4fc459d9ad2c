namespace ClawDev.Core.Drafting.Writing;

/// <summary>The indentation of each <see cref="DocLine.Level"/>: level 0, level 1, and one unit more per further level.</summary>
internal sealed record IndentLevels(string Level0, string Level1, string Unit)
{
    public static IndentLevels From(string level0, string unit) => new(level0, level0 + unit, unit);

    public string Of(int level) => level switch
    {
        0 => Level0,
        1 => Level1,
        _ => Level1 + string.Concat(Enumerable.Repeat(Unit, level - 1)),
    };

    /// <summary>
    /// The lines joined by <paramref name="lineBreak"/>, each indented for its level, blank lines left empty. With
    /// <paramref name="indentFirst"/> false the first line is not indented (it follows quotes or sits at an entry's column).
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
            builder.Append(line.Text);
        }
        return builder.ToString();
    }
}
