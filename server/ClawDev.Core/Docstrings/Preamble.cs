using ClawDev.Core.Python;

namespace ClawDev.Core.Docstrings;

/// <summary>The summary (first paragraph) and the extended description, both before the first section.</summary>
internal static class Preamble
{
    public static (TextSpan Summary, TextSpan Description) Find(DocLines lines, int end)
    {
        var source = lines.Source;
        var first = lines.NextNonBlank(0);
        if (first < 0 || first >= end)
        {
            var empty = source.Span(source.Start, source.Start);
            return (empty, empty);
        }
        var summaryLast = first;
        while (summaryLast + 1 < end && !lines[summaryLast + 1].IsBlank)
        {
            summaryLast++;
        }
        var summary = source.Span(lines[first].TextStart, lines[summaryLast].TextEnd);
        var descriptionFirst = lines.NextNonBlank(summaryLast + 1);
        if (descriptionFirst < 0 || descriptionFirst >= end)
        {
            return (summary, new TextSpan(summary.End, summary.End));
        }
        var descriptionLast = lines.LastNonBlank(descriptionFirst, end);
        return (summary, source.Span(lines[descriptionFirst].TextStart, lines[descriptionLast].TextEnd));
    }
}
