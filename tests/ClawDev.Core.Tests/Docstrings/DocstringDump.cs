using System.Globalization;
using System.Text;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Python;

namespace ClawDev.Core.Tests.Docstrings;

/// <summary>
/// Renders parse results as readable text for snapshots: spans as 1-based line:column of the fixture file, texts
/// quoted with escapes. Line numbers are the same for \n, \r\n and \r files, so one snapshot serves all three.
/// </summary>
public static class DocstringDump
{
    public static string Render(FixtureFile fixture, Func<FixtureDocstring, ParsedDocstring> parse)
    {
        var lines = LineIndex.Create(fixture.Text);
        var output = new StringBuilder();
        foreach (var docstring in fixture.Docstrings)
        {
            var parsed = parse(docstring);
            output.Append("# docstring ").Append(docstring.Number).Append(" at ").Append(Position(lines, docstring.ContentSpan.Start)).Append('\n');
            Render(output, lines, fixture.Text, parsed);
            output.Append('\n');
        }
        return output.ToString();
    }

    private static void Render(StringBuilder output, LineIndex lines, string text, ParsedDocstring parsed)
    {
        var detection = parsed.Detection;
        output.Append("style: ").Append(detection.Style)
            .Append(" (confidence ").Append(detection.Confidence.ToString("0.00", CultureInfo.InvariantCulture))
            .Append(detection.IsStructured ? ", structured" : "")
            .Append(")\n");
        foreach (var evidence in detection.Evidence)
        {
            output.Append("evidence: ").Append(evidence.Kind).Append(' ').Append(Position(lines, evidence.Span.Start))
                .Append(' ').Append(Quote(text.Substring(evidence.Span.Start, evidence.Span.Length))).Append('\n');
        }
        if (parsed.IsEmpty)
        {
            output.Append("empty\n");
        }
        Text(output, lines, "summary", parsed.SummarySpan, parsed.Summary);
        Text(output, lines, "description", parsed.DescriptionSpan, parsed.Description);
        foreach (var section in parsed.Sections)
        {
            output.Append("section ").Append(section.Kind).Append(' ').Append(Quote(section.Header))
                .Append(" header ").Append(Range(lines, section.HeaderSpan))
                .Append(" body ").Append(Range(lines, section.BodySpan))
                .Append(" indent ").Append(Quote(section.Indentation));
            if (section.EntryIndentation is { } entryIndentation)
            {
                output.Append(" entries ").Append(Quote(entryIndentation));
            }
            output.Append('\n');
            if (section.Entries.Count == 0)
            {
                Text(output, lines, "  text", section.BodySpan, section.Text);
            }
            foreach (var entry in section.Entries)
            {
                Render(output, lines, entry);
            }
        }
    }

    private static void Render(StringBuilder output, LineIndex lines, DocEntry entry)
    {
        output.Append("  entry ").Append(Range(lines, entry.Span)).Append('\n');
        for (var i = 0; i < entry.Names.Count; i++)
        {
            output.Append("    name ").Append(Quote(entry.Names[i])).Append(' ').Append(Range(lines, entry.NameSpans[i])).Append('\n');
        }
        if (entry.TypeSpan is { } type)
        {
            output.Append("    type ").Append(Quote(entry.Type!)).Append(' ').Append(Range(lines, type)).Append('\n');
        }
        if (entry.OptionalSpan is { } optional)
        {
            output.Append("    optional ").Append(Range(lines, optional)).Append('\n');
        }
        if (entry.DefaultSpan is { } defaultSpan)
        {
            output.Append("    default ").Append(Quote(entry.Default!)).Append(' ').Append(Range(lines, defaultSpan)).Append('\n');
        }
        Text(output, lines, "    description", entry.DescriptionSpan, entry.Description);
        foreach (var field in entry.Fields)
        {
            output.Append("    field ").Append(field.Kind).Append(' ').Append(Quote(field.Marker))
                .Append(" tag ").Append(Quote(field.Tag))
                .Append(' ').Append(Range(lines, field.Span))
                .Append(" body ").Append(Range(lines, field.BodySpan)).Append('\n');
        }
    }

    private static void Text(StringBuilder output, LineIndex lines, string label, TextSpan span, string text)
    {
        output.Append(label).Append(' ').Append(Range(lines, span));
        if (span.Length > 0)
        {
            output.Append(' ').Append(Quote(text));
        }
        output.Append('\n');
    }

    private static string Range(LineIndex lines, TextSpan span) =>
        span.Length == 0 ? $"{Position(lines, span.Start)} (empty)" : $"{Position(lines, span.Start)}-{Position(lines, span.End)}";

    private static string Position(LineIndex lines, int offset)
    {
        var (line, character) = lines.PositionOf(offset);
        return $"{line + 1}:{character + 1}";
    }

    private static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return builder.Append('"').ToString();
    }
}
