using ClawDev.Core.Python.Parsing;
using ClawDev.Core.Python.Tokens;

namespace ClawDev.Core.Drafting.Signature;

/// <summary>
/// One call read from source text — <c>field(default=3, metadata={"help": "…"})</c>, <c>typer.Option("--x", help="…")</c>,
/// <c>parser.add_argument("--lr", type=float, help="…")</c> — with its arguments as token ranges, for the default
/// and help text they state. Reads tokens, not a syntax tree: anything it does not recognise gives null.
/// </summary>
internal sealed class CallExpression
{
    private readonly string _text;
    private readonly Token[] _tokens;
    private readonly List<(int Start, int End)> _positional;
    private readonly Dictionary<string, (int Start, int End)> _keywords;

    private CallExpression(string text, Token[] tokens, string callee, List<(int, int)> positional, Dictionary<string, (int, int)> keywords)
    {
        _text = text;
        _tokens = tokens;
        Callee = callee;
        _positional = positional;
        _keywords = keywords;
    }

    /// <summary>The called name as written, dots kept: "field", "dataclasses.field", "parser.add_argument".</summary>
    public string Callee { get; }

    /// <summary>The last part of <see cref="Callee"/>: "field", "add_argument".</summary>
    public string SimpleCallee => Callee[(Callee.LastIndexOf('.') + 1)..];

    public int PositionalCount => _positional.Count;

    /// <summary>The call that <paramref name="text"/> is, whole (trailing whitespace aside); null for anything else.</summary>
    public static CallExpression? Parse(string text) => Read(text, wholeText: true);

    /// <summary>The call starting at <paramref name="start"/>, read from at most <paramref name="maxLength"/> characters; null when it does not close within them.</summary>
    public static CallExpression? ParseAt(string text, int start, int maxLength) =>
        Read(text.Substring(start, Math.Min(maxLength, text.Length - start)), wholeText: false);

    public bool HasKeyword(string name) => _keywords.ContainsKey(name);

    /// <summary>A keyword argument's source text (whitespace normalised), or null.</summary>
    public string? Keyword(string name) => _keywords.TryGetValue(name, out var range) ? Source(range) : null;

    /// <summary>A positional argument's source text (whitespace normalised), or null.</summary>
    public string? Positional(int index) => index < _positional.Count ? Source(_positional[index]) : null;

    /// <summary>The value of a keyword argument that is a plain string literal (adjacent literals joined), or null.</summary>
    public string? KeywordString(string name) => _keywords.TryGetValue(name, out var range) ? StringValue(range.Start, range.End) : null;

    /// <summary>The value of a positional argument that is a plain string literal, or null.</summary>
    public string? PositionalString(int index) => index < _positional.Count ? StringValue(_positional[index].Start, _positional[index].End) : null;

    /// <summary>The plain string stored under the string key <paramref name="key"/> of a keyword argument that is a dict display: <c>metadata={"help": "…"}</c>.</summary>
    public string? DictionaryString(string keyword, string key)
    {
        if (!_keywords.TryGetValue(keyword, out var range) || range.End - range.Start < 2
            || _tokens[range.Start].Tag != TokenTag.LeftBrace || TokenRanges.MatchingClose(_tokens, range.Start) != range.End - 1)
        {
            return null;
        }
        var items = new List<ItemRange>();
        TokenRanges.SplitItems(_tokens, range.Start + 1, range.End - 1, items);
        foreach (var item in items)
        {
            var colon = TokenRanges.FindOutsideBrackets(_tokens, item.Start, item.End, TokenTag.Colon);
            if (colon > item.Start && StringValue(item.Start, colon) == key)
            {
                return StringValue(colon + 1, item.End);
            }
        }
        return null;
    }

    /// <summary>The string arguments before the first keyword: option names such as "--max-length", "-m".</summary>
    public IEnumerable<string> PositionalStrings()
    {
        for (var i = 0; i < _positional.Count; i++)
        {
            if (PositionalString(i) is { } value)
            {
                yield return value;
            }
        }
    }

    private string Source((int Start, int End) range) => SourceText.Normalize(_text, _tokens.AsSpan(range.Start, range.End - range.Start));

    /// <summary>Adjacent plain string literals (no f- or b- prefix), in parentheses or not, and nothing else, joined; null otherwise.</summary>
    private string? StringValue(int start, int end)
    {
        if (start >= end)
        {
            return null;
        }
        if (_tokens[start].Tag == TokenTag.LeftParenthesis && TokenRanges.MatchingClose(_tokens, start) == end - 1)
        {
            return StringValue(start + 1, end - 1);
        }
        var value = new System.Text.StringBuilder();
        for (var i = start; i < end; i++)
        {
            if (_tokens[i].Kind != TokenKind.String)
            {
                return null;
            }
            var literal = StringLiteral.Of(_text, _tokens[i]);
            if (literal.IsFormat || literal.IsBytes)
            {
                return null;
            }
            value.Append(literal.Value(_text));
        }
        return value.ToString();
    }

    private static CallExpression? Read(string text, bool wholeText)
    {
        var tokens = PythonTokenizer.Tokenize(text).Where(static t => t.IsSignificant).ToArray();
        var i = 0;
        while (i + 1 < tokens.Length && tokens[i].Kind == TokenKind.Name && tokens[i + 1].Tag == TokenTag.Dot)
        {
            i += 2;
        }
        if (i + 1 >= tokens.Length || tokens[i].Kind != TokenKind.Name || tokens[i + 1].Tag != TokenTag.LeftParenthesis)
        {
            return null;
        }
        var open = i + 1;
        var close = TokenRanges.MatchingClose(tokens, open);
        if (close >= tokens.Length || (wholeText && close != tokens.Length - 1))
        {
            return null;
        }
        var callee = SourceText.Concatenate(text, tokens.AsSpan(0, open));
        var items = new List<ItemRange>();
        TokenRanges.SplitItems(tokens, open + 1, close, items);
        var positional = new List<(int, int)>();
        var keywords = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var first = tokens[item.Start];
            if (item.End - item.Start >= 2 && first.Kind == TokenKind.Name && tokens[item.Start + 1].Tag == TokenTag.Equal)
            {
                keywords.TryAdd(first.TextIn(text).ToString(), (item.Start + 2, item.End));
            }
            else if (first.Tag is not (TokenTag.Star or TokenTag.DoubleStar) && keywords.Count == 0)
            {
                positional.Add((item.Start, item.End));
            }
        }
        return new CallExpression(text, tokens, callee, positional, keywords);
    }
}
