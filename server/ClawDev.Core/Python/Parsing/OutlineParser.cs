using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ClawDev.Core.Python.Tokens;

namespace ClawDev.Core.Python.Parsing;

/// <summary>
/// Builds a <see cref="PythonModule"/> from the token stream one logical line at a time. Definitions nest by
/// INDENT/DEDENT: a definition's body is the block that follows its header, and definitions inside if/try/
/// with/for/while/match blocks belong to the enclosing module, class or function. Nothing here recurses on
/// input, so nesting depth cannot exhaust the stack.
/// </summary>
internal sealed class OutlineParser
{
    private const int CancellationCheckInterval = 256;

    private readonly string _text;
    private readonly CancellationToken _cancellationToken;
    private readonly SyntaxProblemLog _problems = new();
    private readonly PythonTokenizer _tokenizer;
    private readonly LineIndex _lines;
    private readonly DefinitionHeaderParser _headers;
    private readonly BodyFactsScanner _bodyFacts = new();
    private readonly DunderAllCollector _dunderAll;
    private readonly PydocstyleDunderAll _pydocstyleAll;
    private readonly ImportCollector _imports;
    private readonly LazyExportCollector _lazyExports;
    private readonly Dictionary<string, Docstring> _stringConstants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _literalConstants = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reassignedConstants = new(StringComparer.Ordinal);
    private readonly List<string> _docAssignments = [];
    private readonly Dictionary<int, NoqaComment> _noqa = [];

    // The logical line being read: its significant tokens, and the comments since the previous one ended
    // (those before its first token are the comment lines above it). Most lines mention nothing that the
    // body facts or __all__ depend on; the flag lets them skip those scans.
    private Token[] _line = new Token[64];
    private int _lineLength;
    private bool _lineMayHaveFacts;
    private readonly List<Token> _comments = [];

    private readonly List<Definition> _moduleDefinitions = [];
    private readonly List<DefinitionBuilder> _openDefinitions = [];
    private readonly List<PendingDecorator> _decorators = [];

    private int _depth;
    private int _lineCount;
    private int _lastTokenEnd;

    // Set by a line ending with ':' (or a definition header): the next line should open a block.
    private bool _expectingBlock;
    private TextSpan _blockOpener;

    // The block opened next is an "if TYPE_CHECKING:" body; the depth of the outermost such body being read, or -1.
    private bool _opensTypeCheckingBlock;
    private int _typeCheckingDepth = -1;
    private DefinitionBuilder? _awaitingBody;

    private bool _moduleAwaitingDocstring = true;
    private DefinitionBuilder? _awaitingDocstring;
    private Docstring? _moduleDocstring;
    private string? _moduleSkip;

    public OutlineParser(string text, CancellationToken cancellationToken)
    {
        _text = text;
        _cancellationToken = cancellationToken;
        _tokenizer = new PythonTokenizer(text, _problems);
        _lines = LineIndex.Create(text);
        _headers = new DefinitionHeaderParser(text, _problems);
        _dunderAll = new DunderAllCollector(text);
        _pydocstyleAll = new PydocstyleDunderAll(text);
        _imports = new ImportCollector(text);
        _lazyExports = new LazyExportCollector(text);
    }

    private DefinitionBuilder? CurrentDefinition => _openDefinitions.Count > 0 ? _openDefinitions[^1] : null;

    public PythonModule Parse()
    {
        while (true)
        {
            var token = _tokenizer.Next();
            if (token.IsSignificant)
            {
                AddToLine(token);
                continue;
            }
            switch (token.Kind)
            {
                case TokenKind.Comment:
                    OnComment(token);
                    break;
                case TokenKind.LineBreak:
                    break;
                case TokenKind.Indent:
                    OnIndent(token);
                    break;
                case TokenKind.Dedent:
                    OnDedent();
                    break;
                case TokenKind.NewLine:
                    EndLogicalLine();
                    break;
                case TokenKind.EndOfFile:
                    EndLogicalLine();
                    return Finish();
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddToLine(Token token)
    {
        if (_lineLength == 0)
        {
            BeginLogicalLine();
        }
        else if (_lineLength == _line.Length)
        {
            Array.Resize(ref _line, _lineLength * 2);
        }
        _line[_lineLength++] = token;
        _lastTokenEnd = token.End;
        _lineMayHaveFacts |= token.Tag.IsFactKeyword();
    }

    private void OnComment(Token comment)
    {
        _comments.Add(comment);
        if (NoqaCommentParser.Codes(comment.TextIn(_text)) is { } codes)
        {
            var line = _lines.LineOf(comment.Start);
            _noqa[line] = new NoqaComment(line, codes);
        }
    }

    private void OnIndent(Token indent)
    {
        _depth++;
        if (_opensTypeCheckingBlock && _typeCheckingDepth < 0)
        {
            _typeCheckingDepth = _depth;
        }
        _opensTypeCheckingBlock = false;
        if (_awaitingBody is { } definition)
        {
            _awaitingBody = null;
            _expectingBlock = false;
            definition.BodyDepth = _depth;
            definition.BodyIndentation = SourceText.Whitespace(_text, indent.Start, indent.End);
            if (definition.PydocstyleSkip.Length == 0)
            {
                // The comment lines between the header and the body's first statement.
                definition.PydocstyleSkip = PydocstyleSkip.FirstOf(_text, CollectionsMarshal.AsSpan(_comments));
            }
            _openDefinitions.Add(definition);
            _awaitingDocstring = definition;
        }
        else if (_expectingBlock)
        {
            _expectingBlock = false;
        }
        else
        {
            _problems.Add("unexpected indent", indent.Span);
        }
    }

    private void OnDedent()
    {
        ResolveMissingBlock();
        _depth = Math.Max(0, _depth - 1);
        if (_typeCheckingDepth > _depth)
        {
            _typeCheckingDepth = -1;
        }
        while (_openDefinitions.Count > 0 && _openDefinitions[^1].BodyDepth > _depth)
        {
            CloseInnermostDefinition();
        }
    }

    private void BeginLogicalLine()
    {
        ResolveMissingBlock();
        _moduleSkip ??= PydocstyleSkip.FirstOf(_text, CollectionsMarshal.AsSpan(_comments));
    }

    /// <summary>
    /// The previous line asked for a block (or was a definition header) and this one is not indented: there is
    /// no block. A definition whose header lacked its ':' was already reported, so only a missing block after
    /// a ':' is a problem here.
    /// </summary>
    private void ResolveMissingBlock()
    {
        if (_expectingBlock)
        {
            _expectingBlock = false;
            _problems.Add("expected an indented block", _blockOpener);
        }
        if (_awaitingBody is { } definition)
        {
            _awaitingBody = null;
            definition.BodyIndentation = SourceText.OneLinerBodyIndentation(definition.Indentation);
            Close(definition, SourceText.LineEndAt(_text, _blockOpener.End));
        }
    }

    private void EndLogicalLine()
    {
        if (_lineLength == 0)
        {
            return;
        }
        if (++_lineCount % CancellationCheckInterval == 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
        }
        var line = _line.AsSpan(0, _lineLength);
        ReadAwaitedDocstring(line);
        if (line[0].Tag == TokenTag.At)
        {
            OnDecoratorLine(line);
        }
        else if (DefinitionHeaderParser.StartsDefinition(line))
        {
            OnDefinitionLine(line);
        }
        else
        {
            OnStatementLine(line);
        }
        _lineLength = 0;
        _lineMayHaveFacts = false;
        _comments.Clear();
    }

    /// <summary>The first statement of the module or of a definition's body decides its docstring.</summary>
    private void ReadAwaitedDocstring(ReadOnlySpan<Token> line)
    {
        if (_moduleAwaitingDocstring)
        {
            _moduleAwaitingDocstring = false;
            _moduleDocstring = DocstringReader.Read(_text, line);
        }
        else if (_awaitingDocstring is { } definition)
        {
            _awaitingDocstring = null;
            definition.Docstring = DocstringReader.Read(_text, line);
        }
    }

    private void OnDecoratorLine(ReadOnlySpan<Token> line)
    {
        AppendCommentsAboveToLastDecorator(line[0].Start);
        _decorators.Add(DecoratorReader.Read(_text, line, CollectionsMarshal.AsSpan(_comments)));
    }

    private void OnDefinitionLine(ReadOnlySpan<Token> line)
    {
        if (_headers.Parse(line) is not { } header)
        {
            OnStatementLine(line);
            return;
        }
        AppendCommentsAboveToLastDecorator(line[0].Start);
        var decorators = TakeDecorators();
        var spanStart = decorators.Count > 0 ? decorators[0].Span.Start : line[0].Start;
        var definition = new DefinitionBuilder(
            header,
            header.Name.TextIn(_text).ToString(),
            CurrentDefinition,
            decorators,
            spanStart,
            SourceText.IndentationAt(_text, spanStart))
        {
            ForTypeCheckersOnly = _typeCheckingDepth >= 0,
        };
        var bodyStart = header.LastIndex + 1;
        if (header.ColonIndex >= 0 && bodyStart < line.Length)
        {
            var body = line[bodyStart..];
            definition.IsOneLiner = true;
            definition.BodyIndentation = SourceText.OneLinerBodyIndentation(definition.Indentation);
            definition.Docstring = DocstringReader.Read(_text, body);
            _bodyFacts.Scan(_text, body, definition);
            Close(definition, SourceText.LineEndAt(_text, line[^1].End));
            return;
        }
        if (header.ColonIndex >= 0)
        {
            definition.PydocstyleSkip = PydocstyleSkip.FirstOf(_text, CollectionsMarshal.AsSpan(_comments), from: header.ColonOffset);
        }
        _awaitingBody = definition;
        _expectingBlock = header.ColonIndex >= 0;
        _blockOpener = line[header.LastIndex].Span;
    }

    private void OnStatementLine(ReadOnlySpan<Token> line)
    {
        DropLoneDecorators();
        if (_lineMayHaveFacts)
        {
            ObserveFacts(line);
        }
        if (CurrentDefinition is null)
        {
            ObserveModuleStatement(line);
        }
        else if (CurrentDefinition is { IsClass: true } @class && _depth == @class.BodyDepth && line.Length > 2
            && line[0].Kind == TokenKind.Name && line[1].Tag == TokenTag.Colon)
        {
            @class.AddDeclaredAttribute(line[0].TextIn(_text).ToString());
            if (@class.IsDataclass && FieldReader.Read(_text, line) is { } field)
            {
                @class.AddField(field);
            }
        }
        else if (CurrentDefinition is { IsClass: true } owner && _depth == owner.BodyDepth && DocAssignmentTarget(line) is { } method)
        {
            // "ping.__doc__ = APIClient.ping.__doc__" under the method, in the class body (docker's DockerClient).
            _docAssignments.Add($"{owner.QualifiedName}.{method}");
        }
        if (line[^1].Tag == TokenTag.Colon)
        {
            _expectingBlock = true;
            _blockOpener = line[^1].Span;
            _opensTypeCheckingBlock = IsTypeCheckingIf(line);
        }
    }

    /// <summary>"if TYPE_CHECKING:", "if typing.TYPE_CHECKING:", "if t.TYPE_CHECKING:" (not "if not TYPE_CHECKING:").</summary>
    private bool IsTypeCheckingIf(ReadOnlySpan<Token> line) =>
        line[0].Tag == TokenTag.If
        && (line.Length == 3 || (line.Length == 5 && line[1].Kind == TokenKind.Name && line[2].Tag == TokenTag.Dot))
        && line[^2].Kind == TokenKind.Name && line[^2].TextIn(_text).SequenceEqual("TYPE_CHECKING");

    /// <summary>raise/return/yield in a body; changes to __all__ at module level.</summary>
    private void ObserveFacts(ReadOnlySpan<Token> line)
    {
        if (CurrentDefinition is { } definition)
        {
            _bodyFacts.Scan(_text, line, definition);
            return;
        }
        _dunderAll.Observe(line, outsideBlocks: _depth == 0);
        if (_depth == 0)
        {
            _pydocstyleAll.Observe(line);
        }
    }

    /// <summary>Imports and lazy-import tables, which say what the module's names refer to and what a package exports.</summary>
    private void ObserveModuleStatement(ReadOnlySpan<Token> line)
    {
        if (line[0].Tag is TokenTag.Import or TokenTag.From)
        {
            _imports.Observe(line);
        }
        else if (_lazyExports.Concerns(line))
        {
            _lazyExports.Observe(line);
        }
        else if (line.Length > 2 && line[0].Kind == TokenKind.Name && line[1].Tag == TokenTag.Equal)
        {
            if (line[2].Kind == TokenKind.String)
            {
                _stringConstants[line[0].TextIn(_text).ToString()] = DocstringReader.Read(_text, line[2..])!;
            }
            ObserveLiteralConstant(line);
        }
        else if (DocAssignmentTarget(line) is { } target)
        {
            _docAssignments.Add(target);
        }
    }

    /// <summary>
    /// <c>NAME = 10</c>, <c>NAME = -1</c>, <c>NAME = "x"</c>, <c>NAME = True</c> at the module's top level, for an
    /// upper-case name: the value a signature's <c>x=NAME</c> stands for. A name assigned another value elsewhere
    /// (in an <c>if</c>, or twice) stands for none.
    /// </summary>
    private void ObserveLiteralConstant(ReadOnlySpan<Token> line)
    {
        var name = line[0].TextIn(_text);
        if (!IsConstantName(name))
        {
            return;
        }
        var value = line[2..];
        var literal = value.Length == 1 && (value[0].Kind is TokenKind.Number or TokenKind.String || value[0].Tag is TokenTag.True or TokenTag.False or TokenTag.NoneKeyword)
            || (value.Length == 2 && value[0].TextIn(_text) is "-" && value[1].Kind == TokenKind.Number);
        var key = name.ToString();
        var written = literal ? _text[value[0].Span.Start..value[^1].Span.End] : null;
        if (_reassignedConstants.Contains(key))
        {
            return;
        }
        if (written is null || _depth != 0 || (_literalConstants.TryGetValue(key, out var earlier) && earlier != written))
        {
            _literalConstants.Remove(key);
            _reassignedConstants.Add(key);
            return;
        }
        _literalConstants[key] = written;
    }

    /// <summary>An upper-case name (<c>DEFAULT_ETAG_TIMEOUT</c>), as constants are written.</summary>
    internal static bool IsConstantName(ReadOnlySpan<char> name) =>
        name.Length > 1 && char.IsAsciiLetterUpper(name[0]) && !name.ContainsAnyExcept(ConstantNameChars);

    private static readonly System.Buffers.SearchValues<char> ConstantNameChars = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    /// <summary>"f" for <c>f.__doc__ = …</c> (or <c>+=</c>), "A.m" for <c>A.m.__doc__ = …</c>; else null.</summary>
    private string? DocAssignmentTarget(ReadOnlySpan<Token> line)
    {
        var index = 0;
        while (index + 2 < line.Length && line[index].Kind == TokenKind.Name && line[index + 1].Tag == TokenTag.Dot)
        {
            if (line[index + 2].TextIn(_text) is "__doc__")
            {
                return index + 3 < line.Length && line[index + 3].Tag is TokenTag.Equal or TokenTag.PlusEqual
                    ? _text[line[0].Start..line[index].End]
                    : null;
            }
            index += 2;
        }
        return null;
    }

    /// <summary>pydocstyle adds the comment lines between decorators (and before the definition) to the
    /// previous decorator's name.</summary>
    private void AppendCommentsAboveToLastDecorator(int lineStart)
    {
        if (_decorators.Count == 0)
        {
            return;
        }
        foreach (var comment in _comments)
        {
            if (comment.Start < lineStart)
            {
                _decorators[^1].AppendComment(comment);
            }
        }
    }

    /// <summary>Decorators followed by something other than a definition decorate nothing.</summary>
    private void DropLoneDecorators()
    {
        if (_decorators.Count > 0)
        {
            _problems.Add("a decorator must be followed by a function or class definition", _decorators[0].Span);
            _decorators.Clear();
        }
    }

    private IReadOnlyList<Decorator> TakeDecorators()
    {
        if (_decorators.Count == 0)
        {
            return [];
        }
        var decorators = new Decorator[_decorators.Count];
        for (var i = 0; i < decorators.Length; i++)
        {
            decorators[i] = _decorators[i].Build();
        }
        _decorators.Clear();
        return decorators;
    }

    private void CloseInnermostDefinition()
    {
        var definition = _openDefinitions[^1];
        _openDefinitions.RemoveAt(_openDefinitions.Count - 1);
        if (_awaitingDocstring == definition)
        {
            _awaitingDocstring = null;
        }
        Close(definition, SourceText.LineEndAt(_text, _lastTokenEnd));
    }

    private void Close(DefinitionBuilder definition, int spanEnd)
    {
        var built = definition.Build(spanEnd);
        if (definition.Parent is { } parent)
        {
            parent.AddChild(built);
        }
        else
        {
            _moduleDefinitions.Add(built);
        }
    }

    private PythonModule Finish()
    {
        ResolveMissingBlock();
        DropLoneDecorators();
        while (_openDefinitions.Count > 0)
        {
            CloseInnermostDefinition();
        }
        return new PythonModule
        {
            Text = _text,
            Lines = _lines,
            Docstring = _moduleDocstring,
            Definitions = _moduleDefinitions,
            All = _dunderAll.Result(_pydocstyleAll),
            Imports = _imports.Imports,
            LazyExports = _lazyExports.Exports,
            StringConstants = _stringConstants,
            LiteralConstants = _literalConstants,
            DocAssignments = _docAssignments,
            Noqa = _noqa,
            PydocstyleSkip = _moduleSkip ?? PydocstyleSkip.FirstOf(_text, CollectionsMarshal.AsSpan(_comments)),
            Problems = _problems.ToList(),
            UnterminatedTripleQuoteAt = _problems.FirstUnterminatedTripleQuote,
        };
    }
}
