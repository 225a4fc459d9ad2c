namespace ClawDev.Core.Python.Tokens;

/// <summary>Token kinds as CPython's tokenize module names them (in parentheses).</summary>
public enum TokenKind : byte
{
    // The kinds that make up logical lines come first, so that telling them apart is one comparison.

    /// <summary>NAME: an identifier or keyword.</summary>
    Name,

    /// <summary>NUMBER.</summary>
    Number,

    /// <summary>STRING: one complete literal, prefix and quotes included; an f-string is one token.</summary>
    String,

    /// <summary>OP.</summary>
    Operator,

    /// <summary>ERRORTOKEN: an unterminated string or a character Python does not accept; a problem is recorded.</summary>
    Error,

    /// <summary>COMMENT: from '#' to the end of the line, trailing whitespace included.</summary>
    Comment,

    /// <summary>NEWLINE: the end of a logical line.</summary>
    NewLine,

    /// <summary>NL: a line break that does not end a logical line (blank or comment line, inside brackets).</summary>
    LineBreak,

    /// <summary>INDENT: spans the new indentation.</summary>
    Indent,

    /// <summary>DEDENT: zero-length, at the first token of the dedented line.</summary>
    Dedent,

    /// <summary>ENDMARKER: the end of the input; returned again on every further call.</summary>
    EndOfFile,
}
