namespace ClawDev.Core.Drafting.Grounding;

/// <summary>
/// Where a function passes a parameter on, read from its body's text: <c>g(x=x)</c> passes x to g,
/// <c>g(**kwargs)</c> passes kwargs on, <c>super().__init__(x=x)</c> passes x to the base class's constructor,
/// <c>self.g(a, x)</c> passes x as g's second parameter (whatever g calls it).
/// Heuristic and bounded: a text scan, not a parse (comments and strings may fool it; a wrong callee only
/// costs a lookup that finds nothing).
/// </summary>
/// <summary>A callee that receives a parameter.</summary>
/// <param name="Callee">The dotted name as written.</param>
/// <param name="Position">The positional index it receives the parameter at; -1 for by keyword (or starred, by the same name).</param>
internal readonly record struct Receiver(string Callee, int Position);

internal static class CallSites
{
    /// <summary>The base-class constructor, for <c>super().__init__(...)</c>.</summary>
    public const string SuperConstructor = "super().__init__";

    private const int MaxCallees = 8;

    /// <summary>
    /// The callees (dotted as written: "self.model.generate", "Foo", "super().__init__") that receive
    /// <paramref name="name"/>, nearest first: by keyword or starred (<see cref="Receiver.Position"/> -1), or as a
    /// positional argument (its index among the callee's positional parameters as a bound call sees them).
    /// </summary>
    /// <param name="keywordOnly">Only by keyword (<c>g(x=x)</c>): no positional argument is placed, which reads back to
    /// the call's start for every other use of the name (what the index asks of every documented function).</param>
    public static List<Receiver> Receiving(string text, int bodyStart, int bodyEnd, string name, bool starred, bool keywordOnly = false)
    {
        var receivers = new List<Receiver>();
        var at = bodyStart;
        while (receivers.Count < MaxCallees && at < bodyEnd)
        {
            var found = text.IndexOf(name, at, bodyEnd - at, StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }
            at = found + name.Length;
            if (!IsWordStart(text, found) || (at < text.Length && IsWordChar(text[at])))
            {
                continue;
            }
            var position = starred ? (PassedStarred(text, found) ? -1 : (int?)null)
                : PassedByKeyword(text, found, name, bodyEnd) ? -1
                : keywordOnly ? null
                : PositionalIndex(text, found, at, bodyStart, bodyEnd);
            if (position is { } index && Callee(text, found, bodyStart) is { } callee && !NamesAnException(callee) && !receivers.Contains(new Receiver(callee, index)))
            {
                receivers.Add(new Receiver(callee, index));
            }
        }
        return receivers;
    }

    /// <summary>
    /// The attributes of self a body stores the parameter as, a statement of its own (<c>self.save_total_limit =
    /// total_limit</c>, or converted by a call of it alone: <c>self.logging_strategy = IntervalStrategy(strategy)</c>),
    /// first first; at most <see cref="MaxCallees"/>.
    /// </summary>
    public static List<string> StoredAs(string text, int bodyStart, int bodyEnd, string name)
    {
        var attributes = new List<string>();
        for (var found = text.IndexOf(name, bodyStart, bodyEnd - bodyStart, StringComparison.Ordinal);
             found >= 0 && attributes.Count < MaxCallees;
             found = found + name.Length < bodyEnd ? text.IndexOf(name, found + name.Length, bodyEnd - found - name.Length, StringComparison.Ordinal) : -1)
        {
            var end = found + name.Length;
            if (!IsWordStart(text, found) || (end < text.Length && IsWordChar(text[end])))
            {
                continue;
            }
            var valueStart = EndsStatement(text, end, bodyEnd) ? found
                : end < bodyEnd && text[end] == ')' && EndsStatement(text, end + 1, bodyEnd) ? ConversionStart(text, found)
                : -1;
            if (valueStart < 0)
            {
                continue;
            }
            var lineStart = text.LastIndexOf('\n', found - 1) + 1;
            var assigned = text.AsSpan(lineStart, valueStart - lineStart).Trim();
            const string Self = "self.";
            if (assigned.Length > Self.Length + 1 && assigned[^1] == '=' && assigned[^2] is not ('=' or '!' or '<' or '>' or '+' or '-' or '*' or '/' or '|' or '&' or ':')
                && assigned.StartsWith(Self, StringComparison.Ordinal) && assigned[Self.Length..^1].TrimEnd() is var attribute && attribute.Length > 0
                && IsIdentifier(attribute) && !attributes.Contains(attribute.ToString()))
            {
                attributes.Add(attribute.ToString());
            }
        }
        return attributes;
    }

    /// <summary>Where the call taking the name at <paramref name="at"/> as its only argument begins (<c>IntervalStrategy(</c>, <c>int(</c>); -1 when it is no such call.</summary>
    private static int ConversionStart(string text, int at)
    {
        if (at == 0 || text[at - 1] != '(')
        {
            return -1;
        }
        var start = at - 1;
        while (start > 0 && (IsWordChar(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }
        return start < at - 1 && IsWordStart(text, start) && !char.IsAsciiDigit(text[start]) ? start : -1;
    }

    /// <summary>Whether only blanks or a comment follow on the line.</summary>
    private static bool EndsStatement(string text, int at, int bodyEnd)
    {
        while (at < bodyEnd && text[at] is ' ' or '\t')
        {
            at++;
        }
        return at >= bodyEnd || text[at] is '\n' or '\r' or '#';
    }

    private static bool IsIdentifier(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!IsWordChar(c))
            {
                return false;
            }
        }
        return !char.IsAsciiDigit(name[0]);
    }

    /// <summary>
    /// An exception class's name as PEP 8 has them end ("…Error", "…Exception", "…Warning"): its parameters describe
    /// the failure (<c>raise CommandError(cmd=cmd)</c>: "The command that failed."), not what the caller takes.
    /// </summary>
    private static bool NamesAnException(string callee) =>
        callee.EndsWith("Error", StringComparison.Ordinal) || callee.EndsWith("Exception", StringComparison.Ordinal) || callee.EndsWith("Warning", StringComparison.Ordinal);

    /// <summary>
    /// The index of the argument at <paramref name="start"/>..<paramref name="end"/> when it stands alone as a
    /// positional argument of the innermost call (<c>g(a, x)</c> gives 1); null inside brackets, after a starred
    /// or keyword argument, or when it is part of an expression. An unbound call that passes <c>self</c> or
    /// <c>cls</c> first (<c>Base.g(self, x)</c>) counts from the argument after it.
    /// </summary>
    private static int? PositionalIndex(string text, int start, int end, int bodyStart, int bodyEnd)
    {
        var after = end;
        while (after < bodyEnd && text[after] is ' ' or '\t' or '\n' or '\r')
        {
            after++;
        }
        if (after >= bodyEnd || text[after] is not (',' or ')'))
        {
            return null;
        }
        var commas = 0;
        var depth = 0;
        var previous = PreviousSignificant(text, start, bodyStart);
        if (previous < 0 || text[previous] is not ('(' or ','))
        {
            return null;
        }
        for (var i = start - 1; i >= bodyStart; i--)
        {
            var c = text[i];
            if (c is ')' or ']' or '}')
            {
                depth++;
            }
            else if (c is '(' or '[' or '{')
            {
                if (depth-- > 0)
                {
                    continue;
                }
                if (c != '(')
                {
                    return null;
                }
                return commas - (PassesSelfFirst(text, i, start) ? 1 : 0);
            }
            else if (depth == 0 && c == ',')
            {
                commas++;
            }
            else if (depth == 0 && (c == '*' || (c == '=' && text[i + 1] != '=' && i > 0 && text[i - 1] is not ('=' or '!' or '<' or '>'))))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>Whether the call whose "(" is at <paramref name="open"/> is an unbound method call passing self or cls first.</summary>
    private static bool PassesSelfFirst(string text, int open, int argument)
    {
        var comma = text.IndexOf(',', open, argument - open);
        if (comma < 0)
        {
            return false;
        }
        var first = text.AsSpan(open + 1, comma - open - 1).Trim();
        var calleeStart = open;
        while (calleeStart > 0 && (IsWordChar(text[calleeStart - 1]) || text[calleeStart - 1] == '.'))
        {
            calleeStart--;
        }
        var callee = text.AsSpan(calleeStart, open - calleeStart);
        return first is "self" or "cls" && callee.Contains('.') && !callee.StartsWith("self.") && !callee.StartsWith("cls.");
    }

    private static int PreviousSignificant(string text, int offset, int bodyStart)
    {
        var i = offset - 1;
        while (i >= bodyStart && text[i] is ' ' or '\t' or '\n' or '\r')
        {
            i--;
        }
        return i >= bodyStart ? i : -1;
    }

    /// <summary>"name=name" (the second name at <paramref name="valueStart"/>), not "==".</summary>
    private static bool PassedByKeyword(string text, int valueStart, string name, int bodyEnd)
    {
        var i = valueStart - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }
        if (i < 1 || text[i] != '=' || text[i - 1] is '=' or '!' or '<' or '>' or ':')
        {
            return false;
        }
        var keywordEnd = i - 1;
        while (keywordEnd >= 0 && text[keywordEnd] is ' ' or '\t')
        {
            keywordEnd--;
        }
        var keywordStart = keywordEnd - name.Length + 1;
        var after = valueStart + name.Length;
        return keywordStart >= 0 && string.CompareOrdinal(text, keywordStart, name, 0, name.Length) == 0 && IsWordStart(text, keywordStart)
            && (after >= bodyEnd || text[after] is ',' or ')' or ' ' or '\n' or '\r' or '\t');
    }

    /// <summary>"**name" or "*name" inside a call's arguments.</summary>
    private static bool PassedStarred(string text, int nameStart) => nameStart > 0 && text[nameStart - 1] == '*';

    /// <summary>The dotted name before the innermost unclosed "(" left of <paramref name="offset"/>, within the body.</summary>
    private static string? Callee(string text, int offset, int bodyStart)
    {
        var depth = 0;
        for (var i = offset - 1; i >= bodyStart; i--)
        {
            var c = text[i];
            if (c is ')' or ']' or '}')
            {
                depth++;
            }
            else if (c is '[' or '{')
            {
                if (depth-- == 0)
                {
                    return null;
                }
            }
            else if (c == '(')
            {
                if (depth-- > 0)
                {
                    continue;
                }
                var end = i;
                var start = end;
                while (start > bodyStart && (IsWordChar(text[start - 1]) || text[start - 1] == '.'))
                {
                    start--;
                }
                var dotted = text[start..end];
                if (dotted.Length == 0)
                {
                    return null;
                }
                return dotted == ".__init__" && start >= 7 && text.AsSpan(start - 7, 7).SequenceEqual("super()") ? SuperConstructor : dotted.TrimStart('.');
            }
        }
        return null;
    }

    private static bool IsWordStart(string text, int offset) => offset == 0 || !(IsWordChar(text[offset - 1]) || text[offset - 1] == '.');

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
