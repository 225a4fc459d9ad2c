using System.Runtime.CompilerServices;

namespace ClawDev.Core.Python.Tokens;

/// <summary>Which keyword or operator a token is, so the parser compares a byte instead of text.</summary>
public enum TokenTag : byte
{
    None,

    // Hard keywords, alphabetical, except that raise, return and yield come last, next to __all__: the
    // parser asks "does this line raise, return, yield or touch __all__?" of every token with one comparison.
    False,
    NoneKeyword,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Try,
    While,
    With,
    Raise,
    Return,
    Yield,

    /// <summary>The name <c>__all__</c> (not a keyword, but the parser looks for it).</summary>
    DunderAll,

    // Operators the outline parser needs to tell apart; every other operator is None.
    // Opening then closing brackets, each group contiguous so that a range check tells them apart.
    LeftParenthesis,
    LeftBracket,
    LeftBrace,
    RightParenthesis,
    RightBracket,
    RightBrace,
    Colon,
    ColonEqual,
    Comma,
    Semicolon,
    Dot,
    At,
    Arrow,
    Equal,
    PlusEqual,
    Plus,
    Star,
    DoubleStar,
    Slash,
}

public static class TokenTags
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsKeyword(this TokenTag tag) => (uint)(tag - TokenTag.False) <= TokenTag.Yield - TokenTag.False;

    /// <summary>raise, return, yield or <c>__all__</c>: what the parser's body and module facts depend on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsFactKeyword(this TokenTag tag) => (uint)(tag - TokenTag.Raise) <= TokenTag.DunderAll - TokenTag.Raise;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsOpeningBracket(this TokenTag tag) => (uint)(tag - TokenTag.LeftParenthesis) <= 2;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsClosingBracket(this TokenTag tag) => (uint)(tag - TokenTag.RightParenthesis) <= 2;

    /// <summary>Keywords that can only start a statement, so a line starting with one cannot continue an
    /// expression inside brackets. The tokenizer uses them to recover from a bracket that was never closed.</summary>
    public static bool StartsStatementOnly(this TokenTag tag) => tag is
        TokenTag.Assert or TokenTag.Break or TokenTag.Class or TokenTag.Continue or TokenTag.Def or TokenTag.Del
        or TokenTag.Elif or TokenTag.Except or TokenTag.Finally or TokenTag.Global or TokenTag.Import
        or TokenTag.Nonlocal or TokenTag.Pass or TokenTag.Raise or TokenTag.Return or TokenTag.Try
        or TokenTag.While or TokenTag.With;
}
