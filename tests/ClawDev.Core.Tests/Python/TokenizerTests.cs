using ClawDev.Core.Python.Tokens;

namespace ClawDev.Core.Tests.Python;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("x = 1\n", "NAME:x OP:= NUMBER:1 NEWLINE END")]
    [InlineData("x", "NAME:x NEWLINE END")]
    [InlineData("", "END")]
    [InlineData("café = π + 𝔘𝔫𝔦\n", "NAME:café OP:= NAME:π OP:+ NAME:𝔘𝔫𝔦 NEWLINE END")]
    [InlineData("match = case = type = 1\n", "NAME:match OP:= NAME:case OP:= NAME:type OP:= NUMBER:1 NEWLINE END")]
    public void Reads_names_and_simple_statements(string source, string expected) =>
        Assert.Equal(expected, TokenDump.Render(source));

    [Theory]
    [InlineData("\uFEFF\"\"\"Doc.\"\"\"\n", "STRING:\"\"\"Doc.\"\"\" NEWLINE END")]
    [InlineData("\uFEFFdef f():\n    pass\n", "NAME:def NAME:f OP:( OP:) OP:: NEWLINE INDENT NAME:pass NEWLINE DEDENT END")]
    [InlineData("x = '\uFEFF'\n", "NAME:x OP:= STRING:'\uFEFF' NEWLINE END")]
    public void A_byte_order_mark_at_the_start_is_no_part_of_the_program_as_for_CPython(string source, string expected) =>
        Assert.Equal(expected, TokenDump.Render(source));

    [Theory]
    [InlineData("0x_1F", "NUMBER:0x_1F")]
    [InlineData("0XFF", "NUMBER:0XFF")]
    [InlineData("0o17", "NUMBER:0o17")]
    [InlineData("0b1010_1010", "NUMBER:0b1010_1010")]
    [InlineData("1_000_000", "NUMBER:1_000_000")]
    [InlineData("3.14", "NUMBER:3.14")]
    [InlineData(".5", "NUMBER:.5")]
    [InlineData("5.", "NUMBER:5.")]
    [InlineData("1e-5", "NUMBER:1e-5")]
    [InlineData("1E+10J", "NUMBER:1E+10J")]
    [InlineData("3j", "NUMBER:3j")]
    [InlineData("1_000.000_1e1_0", "NUMBER:1_000.000_1e1_0")]
    [InlineData("1if x else 2", "NUMBER:1 NAME:if NAME:x NAME:else NUMBER:2")]
    [InlineData("1.real", "NUMBER:1. NAME:real")]
    [InlineData("x[1:2]", "NAME:x OP:[ NUMBER:1 OP:: NUMBER:2 OP:]")]
    public void Reads_every_number_form(string source, string expected) =>
        Assert.Equal(expected + " NEWLINE END", TokenDump.Render(source));

    [Theory]
    [InlineData("'a'")]
    [InlineData("\"a\"")]
    [InlineData("r'a'")]
    [InlineData("R'a'")]
    [InlineData("u'a'")]
    [InlineData("U'a'")]
    [InlineData("b'a'")]
    [InlineData("B'a'")]
    [InlineData("f'a'")]
    [InlineData("F'a'")]
    [InlineData("rb'a'")]
    [InlineData("Rb'a'")]
    [InlineData("bR'a'")]
    [InlineData("BR'a'")]
    [InlineData("br'a'")]
    [InlineData("fr'a'")]
    [InlineData("rF'a'")]
    [InlineData("Fr'a'")]
    [InlineData("RF'a'")]
    [InlineData("'''a\n'b'\n'''")]
    [InlineData("\"\"\"a \"\" \"b\" \"\"\"")]
    [InlineData("r'\\''")]
    [InlineData("'a\\\nb'")]
    [InlineData("b'\\x00\\''")]
    [InlineData("''")]
    [InlineData("''''''")]
    public void Reads_every_string_prefix_and_quote_as_one_token(string literal) =>
        Assert.Equal($"STRING:{literal.Replace("\n", "\\n")} NEWLINE END", TokenDump.Render(literal));

    [Theory]
    [InlineData("ub'x'", "NAME:ub STRING:'x'")]
    [InlineData("bf'x'", "NAME:bf STRING:'x'")]
    [InlineData("rr'x'", "NAME:rr STRING:'x'")]
    [InlineData("xf'x'", "NAME:xf STRING:'x'")]
    public void Letters_that_are_no_prefix_are_a_name(string source, string expected) =>
        Assert.Equal(expected + " NEWLINE END", TokenDump.Render(source));

    [Theory]
    [InlineData("f\"{x:{w}}\"")]
    [InlineData("f\"{x!r:>{width}.{precision}} {{literal}}\"")]
    [InlineData("f\"{f\"{a}\"}\"")]
    [InlineData("f\"{f\"{f\"{a}\"}\"}\"")]
    [InlineData("f\"{x[\"key\"]}\"")]
    [InlineData("f\"{'}'}\"")]
    [InlineData("f'{\"\\n\".join(lines)}'")]
    [InlineData("f\"{x=}\"")]
    [InlineData("f\"{a if b else 'c'}\"")]
    [InlineData("f\"{ {'k': 1}['k'] }\"")]
    [InlineData("f\"{x:=10}\"")]
    [InlineData("f\"\\N{EM DASH}{x}\"")]
    [InlineData("rf'\\{{x}}'")]
    [InlineData("f\"\"\"{\n    x  # a comment inside the field\n}\"\"\"")]
    [InlineData("f\"{x:{'>' if right else '<'}10}\"")]
    [InlineData("f\"{rb'x'!r}\"")]
    public void Reads_an_fstring_with_nesting_as_one_token(string literal) =>
        Assert.Equal($"STRING:{literal.Replace("\n", "\\n")} NEWLINE END", TokenDump.Render(literal));

    [Fact]
    public void Fstring_nesting_ends_where_python_ends_it() =>
        Assert.Equal(
            "NAME:s OP:= STRING:f\"{x:{w}}\" OP:+ STRING:f\"{f\"{a}\"}\" NEWLINE END",
            TokenDump.Render("s = f\"{x:{w}}\" + f\"{f\"{a}\"}\"\n"));

    [Fact]
    public void Reads_every_operator()
    {
        const string operators = ":= -> **= //= >>= <<= @= ... != == <= >= ** // << >> %= ^= |= &= -= += *= /= " +
            "( ) [ ] { } , ; : . + - * / % & | ^ ~ < > = @";
        var tokens = PythonTokenizer.Tokenize(operators);

        var texts = tokens.Where(t => t.Kind == TokenKind.Operator).Select(t => operators.Substring(t.Start, t.Length));

        Assert.Equal(operators.Split(' '), texts);
        Assert.DoesNotContain(tokens, t => t.Kind == TokenKind.Error);
    }

    [Theory]
    [InlineData("x = (1,\n  2)\n", "NAME:x OP:= OP:( NUMBER:1 OP:, NL NUMBER:2 OP:) NEWLINE END")]
    [InlineData("x = [\n\n]\n", "NAME:x OP:= OP:[ NL NL OP:] NEWLINE END")]
    [InlineData("d = {  # c\n 1: 2}\n", "NAME:d OP:= OP:{ COMMENT:# c NL NUMBER:1 OP:: NUMBER:2 OP:} NEWLINE END")]
    [InlineData("x = 1 + \\\n    2\n", "NAME:x OP:= NUMBER:1 OP:+ NUMBER:2 NEWLINE END")]
    [InlineData("x = 1 + \\\r\n    2\r\n", "NAME:x OP:= NUMBER:1 OP:+ NUMBER:2 NEWLINE END")]
    [InlineData("# c\n\nx  # d\n", "COMMENT:# c NL NL NAME:x COMMENT:# d NEWLINE END")]
    [InlineData("x\r\ny\r\n", "NAME:x NEWLINE NAME:y NEWLINE END")]
    [InlineData("x\ry\r", "NAME:x NEWLINE NAME:y NEWLINE END")]
    public void Tells_newline_from_line_break(string source, string expected) =>
        Assert.Equal(expected, TokenDump.Render(source));

    [Theory]
    [InlineData("if x:\n    y\nz\n", "NAME:if NAME:x OP:: NEWLINE INDENT NAME:y NEWLINE DEDENT NAME:z NEWLINE END")]
    [InlineData("def f():\n    pass", "NAME:def NAME:f OP:( OP:) OP:: NEWLINE INDENT NAME:pass NEWLINE DEDENT END")]
    [InlineData("if a:\n  if b:\n    c\n\n# x\nd\n", "NAME:if NAME:a OP:: NEWLINE INDENT NAME:if NAME:b OP:: NEWLINE INDENT NAME:c NEWLINE NL COMMENT:# x NL DEDENT DEDENT NAME:d NEWLINE END")]
    [InlineData("if a:\n\tif b:\n\t\tc\n", "NAME:if NAME:a OP:: NEWLINE INDENT NAME:if NAME:b OP:: NEWLINE INDENT NAME:c NEWLINE DEDENT DEDENT END")]
    [InlineData("if a:\n\tb\n\tc\n", "NAME:if NAME:a OP:: NEWLINE INDENT NAME:b NEWLINE NAME:c NEWLINE DEDENT END")]
    [InlineData("if a:\n    b\n\fc\n", "NAME:if NAME:a OP:: NEWLINE INDENT NAME:b NEWLINE DEDENT NAME:c NEWLINE END")]
    [InlineData("if a:\n    b\n  \f    c\n", "NAME:if NAME:a OP:: NEWLINE INDENT NAME:b NEWLINE NAME:c NEWLINE DEDENT END")]
    [InlineData("if a:\r\n    b\r\nc\r\n", "NAME:if NAME:a OP:: NEWLINE INDENT NAME:b NEWLINE DEDENT NAME:c NEWLINE END")]
    public void Reads_indentation_like_cpython(string source, string expected) =>
        Assert.Equal(expected, TokenDump.Render(source));

    [Fact]
    public void A_tab_reaches_the_next_multiple_of_eight()
    {
        // "  \t" is column 8 like eight spaces, so the second line is not a dedent; but with tabs counted as one
        // column it is not, and CPython calls that inconsistent.
        var tokenizer = new PythonTokenizer("if a:\n  \tb\n        c\n");
        var kinds = Drain(tokenizer);

        Assert.Equal(1, kinds.Count(k => k == TokenKind.Indent));
        Assert.Equal(1, kinds.Count(k => k == TokenKind.Dedent));
        Assert.Equal("inconsistent use of tabs and spaces in indentation", Assert.Single(tokenizer.Problems).Message);
    }

    [Theory]
    [InlineData("x = 'abc\ny = 2\n", "NAME:x OP:= ERROR:'abc NEWLINE NAME:y OP:= NUMBER:2 NEWLINE END", "unterminated string literal")]
    [InlineData("x = '''abc\ny = 2\n", "NAME:x OP:= ERROR:'''abc NEWLINE NAME:y OP:= NUMBER:2 NEWLINE END", "unterminated triple-quoted string literal")]
    [InlineData("x = f\"{a\ny = 2\n", "NAME:x OP:= ERROR:f\"{a NEWLINE NAME:y OP:= NUMBER:2 NEWLINE END", "unterminated string literal")]
    [InlineData("x = 'abc\\", "NAME:x OP:= ERROR:'abc\\ NEWLINE END", "unterminated string literal")]
    [InlineData("x = '''abc\\", "NAME:x OP:= ERROR:'''abc\\ NEWLINE END", "unterminated triple-quoted string literal")]
    [InlineData("x = f'{a}\\", "NAME:x OP:= ERROR:f'{a}\\ NEWLINE END", "unterminated string literal")]
    [InlineData("x = f'{a!r:\\", "NAME:x OP:= ERROR:f'{a!r:\\ NEWLINE END", "unterminated string literal")]
    [InlineData("x = $ 1\n", "NAME:x OP:= ERROR:$ NUMBER:1 NEWLINE END", "invalid character U+0024")]
    [InlineData("a ! b\n", "NAME:a ERROR:! NAME:b NEWLINE END", "invalid character U+0021")]
    [InlineData("x = 1 \\ 2\n", "NAME:x OP:= NUMBER:1 ERROR:\\ NUMBER:2 NEWLINE END", "invalid character U+005C")]
    [InlineData("x)\n", "NAME:x OP:) NEWLINE END", "unmatched ')'")]
    [InlineData("(x]\n", "OP:( NAME:x OP:] NEWLINE END", "closing parenthesis ']' does not match opening parenthesis '('")]
    [InlineData("x = foo(1,\n", "NAME:x OP:= NAME:foo OP:( NUMBER:1 OP:, NL NEWLINE END", "'(' was never closed")]
    [InlineData("if a:\n        b\n    c\nd\n", "NAME:if NAME:a OP:: NEWLINE INDENT NAME:b NEWLINE NAME:c NEWLINE DEDENT NAME:d NEWLINE END", "unindent does not match any outer indentation level")]
    [InlineData("x = 1 \\", "NAME:x OP:= NUMBER:1 NEWLINE END", "unexpected end of file after line continuation character")]
    public void Recovers_from_damage_with_a_problem(string source, string expected, string problem)
    {
        var tokenizer = new PythonTokenizer(source);

        Assert.Equal(expected, TokenDump.Render(source));
        Drain(tokenizer);
        Assert.Equal(problem, Assert.Single(tokenizer.Problems).Message);
    }

    [Theory]
    [InlineData("x = foo(\ndef g():\n    pass\n", "NAME:x OP:= NAME:foo OP:( NL NEWLINE NAME:def NAME:g OP:( OP:) OP:: NEWLINE INDENT NAME:pass NEWLINE DEDENT END")]
    [InlineData("f(a,\n  return 1\n", "NAME:f OP:( NAME:a OP:, NL NEWLINE INDENT NAME:return NUMBER:1 NEWLINE DEDENT END")]
    [InlineData("class A:\n    x = [1,\n    @property\n    def p(self): pass\n", "NAME:class NAME:A OP:: NEWLINE INDENT NAME:x OP:= OP:[ NUMBER:1 OP:, NL NEWLINE OP:@ NAME:property NEWLINE NAME:def NAME:p OP:( NAME:self OP:) OP:: NAME:pass NEWLINE DEDENT END")]
    [InlineData("x = foo(1,\n    async def g(): pass\n", "NAME:x OP:= NAME:foo OP:( NUMBER:1 OP:, NL NEWLINE INDENT NAME:async NAME:def NAME:g OP:( OP:) OP:: NAME:pass NEWLINE DEDENT END")]
    public void Abandons_a_bracket_never_closed_at_a_line_that_starts_a_statement(string source, string expected) =>
        Assert.Equal(expected, TokenDump.Render(source));

    [Theory]
    [InlineData("x = (a\n     @ b)\n")]
    [InlineData("x = [y\n     for y in z\n     if y else 0]\n")]
    [InlineData("x = (yield\n     from z)\n")]
    [InlineData("x = [y\n     async for y in z]\n")]
    [InlineData("x = (lambda:\n     1)\n")]
    public void Keeps_a_bracket_open_for_lines_that_continue_an_expression(string source) =>
        Assert.Equal(1, TokenDump.Render(source).Split(' ').Count(word => word == "NEWLINE"));

    [Fact]
    public void Gives_offsets_into_the_text()
    {
        var tokens = PythonTokenizer.Tokenize("def f():\n    return 1\n");

        Assert.Equal((0, 3), (tokens[0].Start, tokens[0].End));
        Assert.Equal(TokenTag.Def, tokens[0].Tag);
        Assert.Equal(TokenTag.Return, tokens.Single(t => t.Start == 13).Tag);
        Assert.Equal((9, 13), (tokens[6].Start, tokens[6].End)); // INDENT spans the indentation
    }

    private static List<TokenKind> Drain(PythonTokenizer tokenizer)
    {
        var kinds = new List<TokenKind>();
        TokenKind kind;
        do
        {
            kind = tokenizer.Next().Kind;
            kinds.Add(kind);
        }
        while (kind != TokenKind.EndOfFile);
        return kinds;
    }
}
