using System.Text;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Python;

namespace ClawDev.Core.Tests.Docstrings;

/// <summary>
/// What must hold for any parse of any content: spans inside the content and trimmed, every text property equal
/// to the slice of its span (normalised independently here), parts nested and in order, and no line of the
/// content left outside every part.
/// </summary>
public static class DocstringInvariants
{
    public static void Check(string text, TextSpan content, ParsedDocstring parsed)
    {
        Assert.Equal(content, parsed.ContentSpan);
        Assert.InRange(parsed.TextEnd, content.Start, content.End);
        CheckText(text, content, parsed.SummarySpan, parsed.Summary);
        CheckText(text, content, parsed.DescriptionSpan, parsed.Description);
        if (parsed.DescriptionSpan.Length > 0)
        {
            Assert.True(parsed.SummarySpan.End <= parsed.DescriptionSpan.Start);
        }
        var previousEnd = Math.Max(parsed.SummarySpan.End, parsed.DescriptionSpan.End);
        foreach (var section in parsed.Sections)
        {
            CheckSection(text, content, section);
            if (parsed.Style != DocstringStyle.Sphinx)
            {
                // Sphinx field groups may interleave (":param x:", ":raises:", ":param y:"); other sections never overlap.
                Assert.True(section.Span.Start >= previousEnd, $"section {section} starts before {previousEnd}");
                previousEnd = section.Span.End;
            }
        }
        CheckEveryLineIsCovered(text, content, parsed);
    }

    private static void CheckSection(string text, TextSpan content, DocSection section)
    {
        CheckInside(content, section.HeaderSpan);
        Assert.Equal(Slice(text, section.HeaderSpan), section.Header);
        CheckText(text, content, section.BodySpan, section.Text);
        Assert.True(section.HeaderSpan.End <= section.BodySpan.Start || section.BodySpan.Length == 0);
        CheckContains(section.Span, section.HeaderSpan);
        CheckContains(section.Span, section.BodySpan);
        Assert.True(section.Indentation.All(char.IsWhiteSpace));
        Assert.True(section.EntryIndentation?.All(char.IsWhiteSpace) ?? true);
        foreach (var entry in section.Entries)
        {
            CheckEntry(text, content, entry);
            CheckContains(section.BodySpan, entry.Span);
        }
    }

    private static void CheckEntry(string text, TextSpan content, DocEntry entry)
    {
        CheckTrimmed(text, content, entry.Span);
        Assert.Equal(entry.NameSpans.Count, entry.Names.Count);
        for (var i = 0; i < entry.Names.Count; i++)
        {
            Assert.Equal(Slice(text, entry.NameSpans[i]), entry.Names[i]);
            CheckContains(entry.Span, entry.NameSpans[i]);
        }
        if (entry.TypeSpan is { } type)
        {
            // As written, but for lines a backslash continues, which Python joins.
            Assert.Equal(DocEntry.WithoutContinuations(Slice(text, type)), entry.Type);
            CheckTrimmed(text, content, type);
            CheckContains(entry.Span, type);
        }
        if (entry.OptionalSpan is { } optional)
        {
            Assert.Equal("optional", Slice(text, optional).Trim('*', '`', '_'), ignoreCase: true);
            CheckContains(entry.Span, optional);
        }
        if (entry.DefaultSpan is { } defaultSpan)
        {
            Assert.Equal(Slice(text, defaultSpan), entry.Default);
            CheckTrimmed(text, content, defaultSpan);
            CheckContains(entry.Span, defaultSpan);
        }
        CheckText(text, content, entry.DescriptionSpan, entry.Description);
        CheckContains(entry.Span, entry.DescriptionSpan);
        foreach (var field in entry.Fields)
        {
            Assert.Equal(Slice(text, field.MarkerSpan), field.Marker);
            Assert.StartsWith(":" + field.Tag, field.Marker, StringComparison.Ordinal);
            CheckContains(entry.Span, field.Span);
            CheckContains(field.Span, field.MarkerSpan);
            CheckContains(field.Span, field.BodySpan);
        }
    }

    /// <summary>A text property equals its span's slice, read the way a reader reads it.</summary>
    private static void CheckText(string text, TextSpan content, TextSpan span, string value)
    {
        CheckTrimmed(text, content, span);
        Assert.Equal(span.Length == 0 ? "" : Cleandoc(Slice(text, span)), value);
    }

    private static void CheckTrimmed(string text, TextSpan content, TextSpan span)
    {
        CheckInside(content, span);
        if (span.Length > 0)
        {
            Assert.False(char.IsWhiteSpace(text[span.Start]), $"span {span} starts with whitespace");
            Assert.False(char.IsWhiteSpace(text[span.End - 1]), $"span {span} ends with whitespace");
        }
    }

    private static void CheckEveryLineIsCovered(string text, TextSpan content, ParsedDocstring parsed)
    {
        var spans = new List<TextSpan> { parsed.SummarySpan, parsed.DescriptionSpan };
        spans.AddRange(parsed.Sections.Select(s => s.Span));
        foreach (var (start, end) in Lines(text, content.Start, content.End))
        {
            var first = start;
            while (first < end && char.IsWhiteSpace(text[first]))
            {
                first++;
            }
            if (first < end)
            {
                Assert.True(spans.Any(s => s.Contains(first)), $"line at {first} ({text[first..end]}) is in no part");
            }
        }
    }

    private static void CheckInside(TextSpan outer, TextSpan inner)
    {
        Assert.True(inner.Start <= inner.End, $"span {inner} is reversed");
        Assert.True(inner.Start >= outer.Start && inner.End <= outer.End, $"span {inner} is outside {outer}");
    }

    private static void CheckContains(TextSpan outer, TextSpan inner)
    {
        if (inner.Length > 0)
        {
            CheckInside(outer, inner);
        }
    }

    private static string Slice(string text, TextSpan span) => text.Substring(span.Start, span.Length);

    /// <summary>inspect.cleandoc without its first-line special case: later lines lose their common indentation.</summary>
    private static string Cleandoc(string value)
    {
        var lines = Lines(value, 0, value.Length).Select(l => value[l.Start..l.End]).ToList();
        var expanded = lines.Skip(1).Select(ExpandIndentation).ToList();
        var indent = expanded.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        var output = new StringBuilder(lines[0].TrimEnd());
        foreach (var line in expanded)
        {
            output.Append('\n').Append(line.Trim().Length == 0 ? "" : line[indent..].TrimEnd());
        }
        return output.ToString();
    }

    private static string ExpandIndentation(string line)
    {
        var output = new StringBuilder();
        var i = 0;
        for (; i < line.Length && char.IsWhiteSpace(line[i]); i++)
        {
            output.Append(' ', line[i] == '\t' ? 8 - output.Length % 8 : 1);
        }
        return output.Append(line, i, line.Length - i).ToString();
    }

    private static IEnumerable<(int Start, int End)> Lines(string text, int start, int end)
    {
        var lineStart = start;
        for (var i = start; i < end; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                yield return (lineStart, i);
                if (text[i] == '\r' && i + 1 < end && text[i + 1] == '\n')
                {
                    i++;
                }
                lineStart = i + 1;
            }
        }
        yield return (lineStart, end);
    }
}
