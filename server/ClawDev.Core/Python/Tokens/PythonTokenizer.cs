using System.Runtime.CompilerServices;

namespace ClawDev.Core.Python.Tokens;

/// <summary>
/// A pull tokenizer for Python 3.8–3.13 that follows CPython's tokenize module: NEWLINE vs NL, INDENT/DEDENT
/// (tabs to the next multiple of 8, a form feed resets the column), implicit joining inside brackets, backslash
/// continuation, CRLF and lone CR line ends, every string prefix, and f-strings with PEP 701 nesting.
/// <para>
/// It never throws and always ends: every call either consumes input or emits one of finitely many zero-width
/// tokens (pending DEDENTs, a recovery NEWLINE, the end of input). Damage becomes an <see cref="TokenKind.Error"/>
/// token or a recovery plus a recorded problem: an unterminated string ends at its line, a bracket that is
/// never closed is abandoned when a line inside it starts a statement (<c>def</c>, <c>class</c>, <c>return</c>, ...),
/// a dedent to a column between two levels stays in the inner block (which takes that column).
/// </para>
/// </summary>
public sealed class PythonTokenizer
{
    private enum CharacterKind : byte
    {
        Other,
        Blank,
        LineBreak,
        Hash,
        Backslash,
        Digit,
        Dot,
        Quote,
        Letter,
        Operator,
    }

    private static readonly CharacterKind[] AsciiKinds = CreateAsciiKinds();

    private readonly string _text;
    private readonly SyntaxProblemLog _problems;
    private readonly StringScanner _strings = new();
    private int _pos;

    // The logical line. _lineStartPending: a new line's indentation is still to be read, or INDENT/DEDENT
    // tokens are still to be emitted (one flag, so the common path tests one field).
    private bool _lineStartPending = true;
    private bool _lineHasTokens;
    private int _lineIndent;

    private readonly IndentationLevels _indentation;
    private int _pendingDedents;
    private int _dedentAt;

    // Open brackets, innermost last.
    private char[] _brackets = new char[16];
    private int[] _bracketOffsets = new int[16];
    private int _bracketDepth;
    private int _bracketLineIndent;
    private bool _atPhysicalLineStartInBrackets;
    private int _physicalLineStart;

    public PythonTokenizer(string text)
        : this(text, new SyntaxProblemLog())
    {
    }

    internal PythonTokenizer(string text, SyntaxProblemLog problems)
    {
        _text = text;
        _problems = problems;
        _indentation = new IndentationLevels(problems);
        // Offsets stay those of the text, byte order mark included.
        _pos = SourceDecoder.ProgramStart(text);
    }

    /// <summary>What had to be recovered from so far.</summary>
    public IReadOnlyList<SyntaxProblem> Problems => _problems.ToList();

    /// <summary>All tokens up to and including the end marker.</summary>
    public static List<Token> Tokenize(string text)
    {
        var tokenizer = new PythonTokenizer(text);
        var tokens = new List<Token>();
        Token token;
        do
        {
            token = tokenizer.Next();
            tokens.Add(token);
        }
        while (token.Kind != TokenKind.EndOfFile);
        return tokens;
    }

    // Inlined into the caller's loop, the token is built where it is used instead of being returned.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Token Next()
    {
        if (_lineStartPending && TryLineStartToken(out var lineStart))
        {
            return lineStart;
        }
        var text = _text;
        var pos = _pos;
        while (pos < text.Length)
        {
            var c = text[pos];
            var kind = c < 128 ? AsciiKinds[c] : CharacterKind.Other;
            if (kind == CharacterKind.Blank)
            {
                pos++;
                continue;
            }
            // Tokens are built here only: the scanners return the end offset and the kind, since passing the
            // token struct back through calls costs a store-forwarding stall per token.
            TokenKind tokenKind;
            var tag = TokenTag.None;
            int end;
            switch (kind)
            {
                case CharacterKind.LineBreak:
                    tokenKind = LineBreak(c, pos, out end);
                    break;
                case CharacterKind.Hash:
                    _atPhysicalLineStartInBrackets = false;
                    tokenKind = TokenKind.Comment;
                    end = LineEndAt(pos);
                    break;
                case CharacterKind.Backslash when LineContinuationEnd(pos) is var next and > 0:
                    pos = next;
                    continue;
                default:
                    if (_atPhysicalLineStartInBrackets)
                    {
                        _atPhysicalLineStartInBrackets = false;
                        if (StartsStatement(pos))
                        {
                            return AbandonUnclosedBrackets();
                        }
                    }
                    _lineHasTokens = true;
                    end = ScanSignificant(kind, c, pos, out tokenKind, out tag);
                    break;
            }
            _pos = end;
            return new Token(tokenKind, tag, pos, end);
        }
        _pos = pos;
        return EndOfInput();
    }

    private int ScanSignificant(CharacterKind kind, char c, int start, out TokenKind tokenKind, out TokenTag tag)
    {
        tag = TokenTag.None;
        switch (kind)
        {
            case CharacterKind.Letter or CharacterKind.Other:
                return ScanNameOrString(start, out tokenKind, out tag);
            case CharacterKind.Digit:
            case CharacterKind.Dot when start + 1 < _text.Length && char.IsAsciiDigit(_text[start + 1]):
                tokenKind = TokenKind.Number;
                return NumberLiterals.End(_text, start);
            case CharacterKind.Quote:
                return ScanString(start, start, raw: false, format: false, out tokenKind);
            case CharacterKind.Operator or CharacterKind.Dot:
                return ScanOperator(c, start, out tokenKind, out tag);
            default:
                tokenKind = TokenKind.Error;
                return InvalidCharacter(start);
        }
    }

    /// <summary>Pending INDENT/DEDENT tokens, or the indentation of a new line; false when there is none to emit.</summary>
    private bool TryLineStartToken(out Token token)
    {
        if (_pendingDedents > 0)
        {
            _pendingDedents--;
            _lineStartPending = _pendingDedents > 0;
            token = new Token(TokenKind.Dedent, TokenTag.None, _dedentAt, _dedentAt);
            return true;
        }
        var found = TryReadIndentation(out token);
        _lineStartPending = _pendingDedents > 0;
        return found;
    }

    private bool TryReadIndentation(out Token token)
    {
        token = default;
        var lineStart = _pos;
        var column = IndentationLevels.Measure(_text, lineStart, out var p, out var altColumn);
        _pos = p;
        if (p == _text.Length || _text[p] is '#' or '\r' or '\n')
        {
            return false; // blank and comment-only lines do not change the indentation
        }
        _lineIndent = column;
        var change = _indentation.MoveTo(_lineIndent, altColumn, new TextSpan(lineStart, p));
        if (change == 0)
        {
            return false;
        }
        if (change > 0)
        {
            token = new Token(TokenKind.Indent, TokenTag.None, lineStart, p);
            return true;
        }
        _pendingDedents = -change - 1;
        _dedentAt = p;
        token = new Token(TokenKind.Dedent, TokenTag.None, p, p);
        return true;
    }

    private TokenKind LineBreak(char c, int start, out int end)
    {
        end = start + (c == '\r' && start + 1 < _text.Length && _text[start + 1] == '\n' ? 2 : 1);
        if (_bracketDepth > 0)
        {
            _atPhysicalLineStartInBrackets = true;
            _physicalLineStart = end;
            return TokenKind.LineBreak;
        }
        _lineStartPending = true;
        if (_lineHasTokens)
        {
            _lineHasTokens = false;
            return TokenKind.NewLine;
        }
        return TokenKind.LineBreak;
    }

    private int LineEndAt(int start)
    {
        var end = _text.AsSpan(start).IndexOfAny('\r', '\n');
        return end < 0 ? _text.Length : start + end;
    }

    /// <summary>The offset after a backslash that joins the next line, or 0 when the backslash at
    /// <paramref name="pos"/> is not followed by a line end.</summary>
    private int LineContinuationEnd(int pos)
    {
        var next = pos + 1;
        if (next == _text.Length)
        {
            _problems.Add("unexpected end of file after line continuation character", pos, next);
            return next;
        }
        return _text[next] switch
        {
            '\n' => next + 1,
            '\r' => next + 1 < _text.Length && _text[next + 1] == '\n' ? next + 2 : next + 1,
            _ => 0,
        };
    }

    private Token EndOfInput()
    {
        var end = _text.Length;
        if (_bracketDepth > 0)
        {
            ReportUnclosedBracket();
            _bracketDepth = 0;
        }
        if (_lineHasTokens)
        {
            _lineHasTokens = false;
            return new Token(TokenKind.NewLine, TokenTag.None, end, end);
        }
        if (_indentation.CloseAll() is var open and > 0)
        {
            _pendingDedents = open - 1;
            _lineStartPending = _pendingDedents > 0;
            _dedentAt = end;
            return new Token(TokenKind.Dedent, TokenTag.None, end, end);
        }
        return new Token(TokenKind.EndOfFile, TokenTag.None, end, end);
    }

    /// <summary>
    /// Inside brackets, a line that starts with a statement-only keyword (or a decorator at the indentation of
    /// the statement that opened the bracket) cannot continue the expression: the bracket was never closed.
    /// </summary>
    private bool StartsStatement(int pos)
    {
        var c = _text[pos];
        if (c == '@')
        {
            return IndentationLevels.Measure(_text, _physicalLineStart, out _, out _) <= _bracketLineIndent;
        }
        if (!IdentifierCharacters.IsAsciiStart(c))
        {
            return false;
        }
        var end = IdentifierCharacters.ScanRest(_text, pos);
        var tag = Keywords.Classify(_text.AsSpan(pos, end - pos));
        if (tag.StartsStatementOnly())
        {
            return true;
        }
        if (tag != TokenTag.Async)
        {
            return false;
        }
        var next = end;
        while (next < _text.Length && _text[next] is ' ' or '\t')
        {
            next++;
        }
        var nextEnd = IdentifierCharacters.ScanRest(_text, next);
        return Keywords.Classify(_text.AsSpan(next, nextEnd - next)) is TokenTag.Def or TokenTag.With;
    }

    private Token AbandonUnclosedBrackets()
    {
        ReportUnclosedBracket();
        _bracketDepth = 0;
        _pos = _physicalLineStart;
        _lineStartPending = true;
        _lineHasTokens = false;
        return new Token(TokenKind.NewLine, TokenTag.None, _pos, _pos);
    }

    private void ReportUnclosedBracket() =>
        _problems.Add($"'{_brackets[0]}' was never closed", _bracketOffsets[0], _bracketOffsets[0] + 1);

    private int ScanNameOrString(int start, out TokenKind kind, out TokenTag tag)
    {
        tag = TokenTag.None;
        var text = _text;
        var identifierStart = IdentifierCharacters.StartLength(text, start);
        if (identifierStart == 0)
        {
            kind = TokenKind.Error;
            return InvalidCharacter(start);
        }
        var end = IdentifierCharacters.ScanRest(text, start + identifierStart);
        if (end < text.Length && text[end] is '\'' or '"'
            && StringPrefix.TryParse(text.AsSpan(start, end - start), out var raw, out var format))
        {
            return ScanString(start, end, raw, format, out kind);
        }
        kind = TokenKind.Name;
        tag = Keywords.Classify(text.AsSpan(start, end - start));
        return end;
    }

    private int ScanString(int start, int quote, bool raw, bool format, out TokenKind kind)
    {
        var result = _strings.Scan(_text, quote, raw, format);
        if (result.Outcome == StringScanOutcome.Closed)
        {
            kind = TokenKind.String;
            return result.End;
        }
        var triple = quote + 2 < _text.Length && _text[quote + 1] == _text[quote] && _text[quote + 2] == _text[quote];
        var end = result.End;
        if (result.Outcome == StringScanOutcome.UnterminatedAtEndOfFile)
        {
            // Give up on this literal only: end it with its first line and read what follows as code again.
            _strings.AllowMultilineFields = false;
            end = LineEndAt(quote);
        }
        if (triple)
        {
            _problems.AddUnterminatedTripleQuote(start, end);
        }
        else
        {
            _problems.Add("unterminated string literal", start, end);
        }
        kind = TokenKind.Error;
        return end;
    }

    private int ScanOperator(char c, int start, out TokenKind kind, out TokenTag tag)
    {
        var length = Operators.Length(_text, start, out tag);
        if (length == 0)
        {
            kind = TokenKind.Error;
            return InvalidCharacter(start);
        }
        if (tag.IsOpeningBracket())
        {
            OpenBracket(c, start);
        }
        else if (tag.IsClosingBracket())
        {
            CloseBracket(c, start);
        }
        kind = TokenKind.Operator;
        return start + length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void OpenBracket(char c, int offset)
    {
        if (_bracketDepth == _brackets.Length)
        {
            Array.Resize(ref _brackets, _bracketDepth * 2);
            Array.Resize(ref _bracketOffsets, _bracketDepth * 2);
        }
        if (_bracketDepth == 0)
        {
            _bracketLineIndent = _lineIndent;
        }
        _brackets[_bracketDepth] = c;
        _bracketOffsets[_bracketDepth] = offset;
        _bracketDepth++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CloseBracket(char c, int offset)
    {
        var opening = c switch { ')' => '(', ']' => '[', _ => '{' };
        if (_bracketDepth > 0 && _brackets[_bracketDepth - 1] == opening)
        {
            _bracketDepth--;
            return;
        }
        CloseUnmatchedBracket(c, offset);
    }

    private void CloseUnmatchedBracket(char c, int offset)
    {
        if (_bracketDepth == 0)
        {
            _problems.Add($"unmatched '{c}'", offset, offset + 1);
            return;
        }
        var opening = _brackets[--_bracketDepth];
        _problems.Add($"closing parenthesis '{c}' does not match opening parenthesis '{opening}'", offset, offset + 1);
    }

    /// <summary>Records a character Python does not accept; returns the offset after it.</summary>
    private int InvalidCharacter(int start)
    {
        var length = char.IsHighSurrogate(_text[start]) && start + 1 < _text.Length && char.IsLowSurrogate(_text[start + 1]) ? 2 : 1;
        var codePoint = length == 2 ? char.ConvertToUtf32(_text[start], _text[start + 1]) : _text[start];
        _problems.Add($"invalid character U+{codePoint:X4}", start, start + length);
        return start + length;
    }

    private static CharacterKind[] CreateAsciiKinds()
    {
        var kinds = new CharacterKind[128];
        for (var c = 'a'; c <= 'z'; c++)
        {
            kinds[c] = kinds[char.ToUpperInvariant(c)] = CharacterKind.Letter;
        }
        for (var c = '0'; c <= '9'; c++)
        {
            kinds[c] = CharacterKind.Digit;
        }
        kinds['_'] = CharacterKind.Letter;
        kinds[' '] = kinds['\t'] = kinds['\f'] = CharacterKind.Blank;
        kinds['\r'] = kinds['\n'] = CharacterKind.LineBreak;
        kinds['#'] = CharacterKind.Hash;
        kinds['\\'] = CharacterKind.Backslash;
        kinds['.'] = CharacterKind.Dot;
        kinds['\''] = kinds['"'] = CharacterKind.Quote;
        foreach (var c in "()[]{},;~:+-*/%&|^@=<>!")
        {
            kinds[c] = CharacterKind.Operator;
        }
        return kinds;
    }
}
