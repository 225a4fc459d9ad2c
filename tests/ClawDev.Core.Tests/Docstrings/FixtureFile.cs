using System.Runtime.CompilerServices;
using ClawDev.Core.Python;

namespace ClawDev.Core.Tests.Docstrings;

/// <summary>A docstring found in a fixture file: its content span and any "# expect-style:" comment before it.</summary>
public sealed record FixtureDocstring(int Number, TextSpan ContentSpan, string? ExpectedStyle);

/// <summary>
/// A fixture: Python source whose triple-quoted strings are the docstrings under test. The fixtures are read from
/// the source tree (next to this file), so snapshots can be rewritten in place.
/// </summary>
public sealed class FixtureFile
{
    private const string StyleComment = "# expect-style:";

    private FixtureFile(string path, string text)
    {
        Path = path;
        Text = text;
        Docstrings = FindDocstrings(text);
    }

    public string Path { get; }

    public string Text { get; }

    public IReadOnlyList<FixtureDocstring> Docstrings { get; }

    /// <summary>Fixture path relative to the Fixtures folder, with '/' separators (the test case name).</summary>
    public string Name => System.IO.Path.GetRelativePath(Root(), Path).Replace('\\', '/');

    public static string Root([CallerFilePath] string thisFile = "") =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(thisFile)!, "Fixtures");

    public static FixtureFile Load(string name) =>
        new(System.IO.Path.Combine(Root(), name), File.ReadAllText(System.IO.Path.Combine(Root(), name)));

    /// <summary>The same fixture with its text replaced (line-break variants).</summary>
    public FixtureFile WithText(string text) => new(Path, text);

    /// <summary>Every fixture's name, for [MemberData].</summary>
    public static TheoryData<string> All() => new(Names());

    public static IEnumerable<FixtureFile> LoadAll() => Names().Select(Load);

    private static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Root(), "*.py", SearchOption.AllDirectories)
            .Select(path => System.IO.Path.GetRelativePath(Root(), path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    private static List<FixtureDocstring> FindDocstrings(string text)
    {
        var docstrings = new List<FixtureDocstring>();
        var searchFrom = 0;
        while (true)
        {
            var open = IndexOfTripleQuote(text, searchFrom);
            if (open < 0)
            {
                return docstrings;
            }
            var quote = text.Substring(open, 3);
            var contentStart = open + 3;
            var close = contentStart;
            while (close < text.Length && string.CompareOrdinal(text, close, quote, 0, 3) != 0)
            {
                close += text[close] == '\\' ? 2 : 1;
            }
            close = Math.Min(close, text.Length);
            docstrings.Add(new FixtureDocstring(
                docstrings.Count + 1,
                new TextSpan(contentStart, close),
                ExpectedStyle(text, searchFrom, open)));
            searchFrom = Math.Min(close + 3, text.Length);
        }
    }

    private static int IndexOfTripleQuote(string text, int from)
    {
        var doubleQuotes = text.IndexOf("\"\"\"", from, StringComparison.Ordinal);
        var singleQuotes = text.IndexOf("'''", from, StringComparison.Ordinal);
        return doubleQuotes < 0 ? singleQuotes : singleQuotes < 0 ? doubleQuotes : Math.Min(doubleQuotes, singleQuotes);
    }

    private static string? ExpectedStyle(string text, int from, int to)
    {
        var comment = text.IndexOf(StyleComment, from, to - from, StringComparison.Ordinal);
        if (comment < 0)
        {
            return null;
        }
        var valueStart = comment + StyleComment.Length;
        var lineEnd = text.IndexOfAny(['\r', '\n'], valueStart);
        return text[valueStart..(lineEnd < 0 ? text.Length : lineEnd)].Trim();
    }
}
