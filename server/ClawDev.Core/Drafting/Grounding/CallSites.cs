namespace ClawDev.Core.Drafting.Grounding;

/// <summary>
/// Where a function passes a parameter on, read from its body's text: <c>g(x=x)</c> passes x to g,
/// <c>g(**kwargs)</c> passes kwargs on, <c>super().__init__(x=x)</c> passes x to the base class's constructor.
/// Heuristic and bounded: a text scan, not a parse (comments and strings may fool it; a wrong callee only
/// costs a lookup that finds nothing).
/// </summary>
internal static class CallSites
{
    /// <summary>The base-class constructor, for <c>super().__init__(...)</c>.</summary>
    public const string SuperConstructor = "super().__init__";

    private const int MaxCallees = 8;

    /// <summary>The callees (dotted as written: "self.model.generate", "Foo", "super().__init__") that receive <paramref name="name"/>, nearest first.</summary>
    public static List<string> Receiving(string text, int bodyStart, int bodyEnd, string name, bool starred)
    {
        var callees = new List<string>();
        var at = bodyStart;
        while (callees.Count < MaxCallees && at < bodyEnd)
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
            if ((starred ? PassedStarred(text, found) : PassedByKeyword(text, found, name, bodyEnd)) && Callee(text, found, bodyStart) is { } callee && !callees.Contains(callee))
            {
                callees.Add(callee);
            }
        }
        return callees;
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
