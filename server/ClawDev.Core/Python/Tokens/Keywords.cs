namespace ClawDev.Core.Python.Tokens;

/// <summary>Tags NAME tokens that are hard keywords (and <c>__all__</c>).</summary>
internal static class Keywords
{
    // Keywords are 2 to 8 characters long; most names are not, and skip the comparison.
    public static TokenTag Classify(ReadOnlySpan<char> name) => name.Length is < 2 or > 8 ? TokenTag.None : name switch
    {
        "False" => TokenTag.False,
        "None" => TokenTag.NoneKeyword,
        "True" => TokenTag.True,
        "and" => TokenTag.And,
        "as" => TokenTag.As,
        "assert" => TokenTag.Assert,
        "async" => TokenTag.Async,
        "await" => TokenTag.Await,
        "break" => TokenTag.Break,
        "class" => TokenTag.Class,
        "continue" => TokenTag.Continue,
        "def" => TokenTag.Def,
        "del" => TokenTag.Del,
        "elif" => TokenTag.Elif,
        "else" => TokenTag.Else,
        "except" => TokenTag.Except,
        "finally" => TokenTag.Finally,
        "for" => TokenTag.For,
        "from" => TokenTag.From,
        "global" => TokenTag.Global,
        "if" => TokenTag.If,
        "import" => TokenTag.Import,
        "in" => TokenTag.In,
        "is" => TokenTag.Is,
        "lambda" => TokenTag.Lambda,
        "nonlocal" => TokenTag.Nonlocal,
        "not" => TokenTag.Not,
        "or" => TokenTag.Or,
        "pass" => TokenTag.Pass,
        "raise" => TokenTag.Raise,
        "return" => TokenTag.Return,
        "try" => TokenTag.Try,
        "while" => TokenTag.While,
        "with" => TokenTag.With,
        "yield" => TokenTag.Yield,
        "__all__" => TokenTag.DunderAll,
        _ => TokenTag.None,
    };
}
