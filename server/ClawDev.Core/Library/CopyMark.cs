using ClawDev.Core.Python;

namespace ClawDev.Core.Library;

/// <summary>One "A->B" replacement of a <c># Copied from … with A->B</c> comment, applied as check_copies.py applies
/// it: in order, each over the result of the previous; "all-casing" also replaces the lower- and upper-case forms.</summary>
public readonly record struct Replacement(string From, string To, bool AllCasing = false)
{
    public string Apply(string text) => AllCasing
        ? Replace(Replace(Replace(text, From, To), From.ToLowerInvariant(), To.ToLowerInvariant()), From.ToUpperInvariant(), To.ToUpperInvariant())
        : Replace(text, From, To);

    public Replacement Reversed => this with { From = To, To = From };

    private static string Replace(string text, string from, string to) => text.Replace(from, to, StringComparison.Ordinal);
}

/// <summary>
/// Hugging Face's copy convention (transformers' <c>utils/check_copies.py</c>, <c>make fix-copies</c>): the comment
/// <c># Copied from &lt;dotted.path&gt;[ with A->B[, C->D]]</c> right above a class or function marks it as a copy of
/// the object at the dotted path (a package, a module and a name at least), with the replacements applied; CI fails when the copy and its origin differ, and
/// <c>make fix-copies</c> rewrites the copy from the origin. So a docstring is only ever edited at the origin and
/// propagated to every copy.
/// </summary>
/// <param name="Origin">The dotted path of the original object ("transformers.models.bert.modeling_bert.BertModel").</param>
/// <param name="Replacements">Applied to the origin's text to make the copy's, in order.</param>
/// <param name="Line">0-based line of the comment.</param>
public sealed record CopyMark(string Origin, IReadOnlyList<Replacement> Replacements, int Line)
{
    /// <summary>The mark right above <paramref name="definition"/> (above its first decorator), or null.</summary>
    public static CopyMark? Above(PythonModule module, Definition definition)
    {
        var line = module.Lines.LineOf(definition.Span.Start) - 1;
        if (line < 0)
        {
            return null;
        }
        var start = module.Lines.LineStart(line);
        var end = module.Lines.LineStart(line + 1);
        var text = module.Text.AsSpan(start, Math.Max(0, (line + 1 < module.Lines.LineCount ? end : module.Text.Length) - start));
        if (text.IndexOf("Copied from", StringComparison.Ordinal) < 0)
        {
            return null;
        }
        return Parse(text.ToString(), line);
    }

    /// <summary>Reads a comment line; null when it is not a copy mark.</summary>
    public static CopyMark? Parse(string commentLine, int line)
    {
        if (ReadComment(commentLine) is not var (origin, with))
        {
            return null;
        }
        var replacements = new List<Replacement>();
        foreach (var part in with.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var arrow = words[0].IndexOf("->", StringComparison.Ordinal);
            if (arrow > 0 && arrow + 2 < words[0].Length)
            {
                replacements.Add(new Replacement(words[0][..arrow], words[0][(arrow + 2)..], words.Skip(1).Contains("all-casing")));
            }
        }
        return new CopyMark(origin, replacements, line);
    }

    /// <summary>The copy's name for an origin's name (the replacements applied).</summary>
    public string ToCopy(string originName) => Replacements.Aggregate(originName, (name, replacement) => replacement.Apply(name));

    /// <summary>The origin's name for a copy's name (the replacements undone, last first).</summary>
    public string ToOrigin(string copyName) => Replacements.Reverse().Aggregate(copyName, (name, replacement) => replacement.Reversed.Apply(name));

    /// <summary>
    /// As check_copies.py reads it, <c>\s*#\s*Copied from\s+ORIGIN(\s+with\s+(.+?))?\s*</c>, the whole line: ORIGIN is
    /// a module path of at least a package, a module and a name (<c>[a-z_]\w*(\.[A-Za-z_]\w*){2,}</c>,
    /// "transformers.x.Y"). Read by hand (<see cref="LineText"/> says why).
    /// </summary>
    private static (string Origin, string With)? ReadComment(ReadOnlySpan<char> line)
    {
        var rest = line.TrimStart();
        if (!rest.StartsWith('#'))
        {
            return null;
        }
        rest = rest[1..].TrimStart();
        if (!rest.StartsWith("Copied from", StringComparison.Ordinal) || !LineText.AfterSpaces(rest["Copied from".Length..], out rest))
        {
            return null;
        }
        if (rest.Length == 0 || !(char.IsAsciiLetterLower(rest[0]) || rest[0] == '_'))
        {
            return null;
        }
        var length = LineText.NameLength(rest, dots: false);
        var parts = 1;
        while (length + 1 < rest.Length && rest[length] == '.' && LineText.IsNameStart(rest[length + 1]))
        {
            length += 1 + LineText.NameLength(rest[(length + 1)..], dots: false);
            parts++;
        }
        if (parts < 3)
        {
            return null;
        }
        var origin = rest[..length].ToString();
        var after = rest[length..];
        if (after.IsWhiteSpace())
        {
            return (origin, "");
        }
        return LineText.AfterSpaces(after, out after) && after.StartsWith("with", StringComparison.Ordinal) && LineText.AfterSpaces(after[4..], out var with)
            ? (origin, with.TrimEnd().ToString())
            : null;
    }
}
