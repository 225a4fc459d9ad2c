namespace ClawDev.Core.Python.Tokens;

/// <summary>One token: its kind, keyword/operator tag and UTF-16 offsets [Start, End) into the source text.</summary>
public readonly record struct Token(TokenKind Kind, TokenTag Tag, int Start, int End)
{
    public int Length => End - Start;

    public TextSpan Span => new(Start, End);

    public ReadOnlySpan<char> TextIn(string source) => source.AsSpan(Start, End - Start);

    /// <summary>True for tokens that belong to a logical line (not comments, line breaks or indentation).</summary>
    public bool IsSignificant => Kind <= TokenKind.Error;
}
