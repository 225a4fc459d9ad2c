using System.Text;
using ClawDev.Core.Python;

namespace ClawDev.Server.Tests.Lsp.Infrastructure;

/// <summary>
/// Checks, from the outside, that edits only write documentation: each one falls inside an existing docstring, or
/// inserts (or replaces only whitespace) where a new docstring goes — after a def or class header's colon, or at
/// the top of the module — and the code outside docstrings is the same before and after, character for character.
/// </summary>
internal static class DocstringBoundaries
{
    public static void AssertOnlyDocstringsChange(string before, IReadOnlyList<(int Start, int End, string NewText)> edits, string what)
    {
        var module = PythonParser.Parse(before);
        var docstrings = Docstrings(module).Select(docstring => docstring.Span).ToList();
        var headers = module.AllDefinitions().Where(definition => definition.HeaderColonOffset >= 0).ToList();
        var moduleTop = FirstCodeOffset(before);
        foreach (var (start, end, newText) in edits)
        {
            var inDocstring = docstrings.Any(span => span.Start <= start && end <= span.End);
            var replacesWhitespace = before.AsSpan(start, end - start).IsWhiteSpace();
            var afterHeader = headers.Any(definition => start > definition.HeaderColonOffset && end <= LineAfter(module, definition.HeaderColonOffset));
            Assert.True(
                inDocstring || (replacesWhitespace && (afterHeader || end <= moduleTop)),
                $"{what}: the edit [{start}, {end}) → \"{newText}\" reaches outside the docstrings and their insertion points");
        }
        var after = Apply(before, edits);
        Assert.True(CodeOutsideDocstrings(before) == CodeOutsideDocstrings(after), $"{what}: code outside docstrings changed:\n{after}");
    }

    private static IEnumerable<Docstring> Docstrings(PythonModule module) =>
        module.AllDefinitions().Select(definition => definition.Docstring).Append(module.Docstring).OfType<Docstring>();

    /// <summary>The start of the line after the one holding <paramref name="offset"/> (the end of the text on the last line).</summary>
    private static int LineAfter(PythonModule module, int offset)
    {
        var line = module.Lines.LineOf(offset);
        return line + 1 < module.Lines.LineCount ? module.Lines.LineStart(line + 1) : module.Text.Length;
    }

    /// <summary>Where the first line that is neither blank nor a comment starts.</summary>
    private static int FirstCodeOffset(string text)
    {
        var offset = 0;
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                return offset;
            }
            offset += line.Length + 1;
        }
        return text.Length;
    }

    /// <summary>The text without its docstrings and without any whitespace: what an edit of documentation must leave alone.</summary>
    private static string CodeOutsideDocstrings(string text)
    {
        var module = PythonParser.Parse(text);
        var kept = new StringBuilder(text.Length);
        var copied = 0;
        foreach (var span in Docstrings(module).Select(docstring => docstring.Span).OrderBy(span => span.Start))
        {
            kept.Append(text, copied, span.Start - copied);
            copied = span.End;
        }
        kept.Append(text, copied, text.Length - copied);
        return string.Concat(kept.ToString().Where(c => !char.IsWhiteSpace(c)));
    }

    private static string Apply(string text, IReadOnlyList<(int Start, int End, string NewText)> edits)
    {
        var result = new StringBuilder(text);
        foreach (var (start, end, newText) in edits.OrderByDescending(edit => edit.Start))
        {
            result.Remove(start, end - start).Insert(start, newText);
        }
        return result.ToString();
    }
}
