using System.Text;

namespace ClawDev.Robustness.Tests;

/// <summary>
/// Damages Python source the way typing, merging and bad tools do: spans deleted, lines duplicated, swapped or
/// re-indented, the text cut short, and fragments inserted that open or close strings, brackets, definitions,
/// docstring sections and decorators, or that bring odd characters (BOM, NUL, lone surrogates, line separators).
/// Deterministic: the same seed gives the same mutants.
/// </summary>
internal sealed class Mutator(int seed)
{
    private static readonly string[] Fragments =
    [
        "\"\"\"", "'''", "\"", "'", "(", ")", "[", "]", "{", "}", ":", ",", "\n", "\r\n", "\r", "    ", "\t", "\\\n",
        "def f(", "def g(self, x, x):", "class C:", "class D(B):\n    \"\"\"D.\"\"\"", "@", "@staticmethod\n", "@property\n",
        "*args", "**kwargs", "*, ", "/, ", "->", " -> None", "=None", ": int", "lambda", "async ", "yield", "return",
        "f\"{", "rb'", "# noqa", "# noqa: D103", "__all__ = [", "__all__ += [\"f\"]", "# Copied from m.f with A->B\n",
        "Args:\n", "Returns:\n", "Parameters\n----------\n", ":param x:", ":type x: int", "x (int): ", "x : int\n",
        "Raises:\n    ValueError: bad.\n", "\uFEFF", "\0", "\uD800", "\u2028", "é", "日本", "\f", "...", "pass",
    ];

    private readonly Random _random = new(seed);

    /// <summary>One mutant of <paramref name="text"/>: one to four damages in a row.</summary>
    public string Mutate(string text)
    {
        var damages = _random.Next(1, 5);
        for (var i = 0; i < damages; i++)
        {
            text = _random.Next(7) switch
            {
                0 => DeleteSpan(text),
                1 => DuplicateLine(text),
                2 => SwapLines(text),
                3 => Reindent(text),
                4 => Truncate(text),
                _ => Insert(text),
            };
        }
        return text;
    }

    private string Insert(string text) => text.Insert(_random.Next(text.Length + 1), Fragments[_random.Next(Fragments.Length)]);

    private string DeleteSpan(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }
        var start = _random.Next(text.Length);
        return text.Remove(start, Math.Min(_random.Next(1, 60), text.Length - start));
    }

    private string Truncate(string text) => text[.._random.Next(text.Length + 1)];

    private string DuplicateLine(string text)
    {
        var lines = text.Split('\n').ToList();
        lines.Insert(_random.Next(lines.Count + 1), lines[_random.Next(lines.Count)]);
        return string.Join('\n', lines);
    }

    private string SwapLines(string text)
    {
        var lines = text.Split('\n');
        var (a, b) = (_random.Next(lines.Length), _random.Next(lines.Length));
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return string.Join('\n', lines);
    }

    private string Reindent(string text)
    {
        var lines = text.Split('\n');
        var i = _random.Next(lines.Length);
        lines[i] = _random.Next(2) == 0 ? new string(' ', _random.Next(1, 9)) + lines[i] : lines[i].TrimStart();
        return string.Join('\n', lines);
    }

    /// <summary>The mutant as bytes, now and then with one byte flipped (invalid UTF-8, a stray NUL) as a disk can hold it.</summary>
    public byte[] Encode(string mutant)
    {
        var bytes = Encoding.UTF8.GetBytes(mutant);
        if (bytes.Length > 0 && _random.Next(10) == 0)
        {
            bytes[_random.Next(bytes.Length)] = (byte)_random.Next(256);
        }
        return bytes;
    }
}
