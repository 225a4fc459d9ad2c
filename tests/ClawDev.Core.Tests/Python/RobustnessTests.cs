using System.Text;
using ClawDev.Core.Python;
using ClawDev.Core.Python.Tokens;

namespace ClawDev.Core.Tests.Python;

/// <summary>Garbage, huge and deeply nested input: never an exception, never a hang, never a stack overflow.</summary>
public sealed class RobustnessTests
{
    private static readonly string[] Fragments =
    [
        "def ", "class ", "async ", "lambda", "f", "x", "self", "(", ")", "[", "]", "{", "}", ":", ",", "=", ":=", "->",
        "@", "*", "**", "/", "\n", "\r\n", "\r", "    ", "\t", "\f", " ", "\\\n", "#", "# noqa: D102", "'", "\"", "'''",
        "\"\"\"", "f\"{", "}\"", "rb'", "1", "0x", "1e", ".", "...", "yield", "return", "raise ", "__all__", "+=",
        "if ", "else", "match ", "case ", "$", "?", "\0", "é", "\uD83D", "\uDE00", "pass", ";",
    ];

    [Fact]
    public void Random_bytes_decode_and_parse()
    {
        var random = new Random(2024);
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(0, 3000)];
            random.NextBytes(bytes);
            var decoded = SourceDecoder.Decode(bytes);

            var module = PythonParser.Parse(decoded.Text);

            Assert.Same(decoded.Text, module.Text);
        }
    }

    [Fact]
    public void Random_python_fragments_parse_and_the_tokenizer_always_progresses()
    {
        var random = new Random(7);
        for (var i = 0; i < 1000; i++)
        {
            var text = new StringBuilder();
            for (var k = random.Next(1, 300); k > 0; k--)
            {
                text.Append(Fragments[random.Next(Fragments.Length)]);
            }
            var source = text.ToString();

            var module = PythonParser.Parse(source);

            Assert.All(module.AllDefinitions(), d => Assert.InRange(d.Span.End, d.Span.Start, source.Length));
            // Tokens other than DEDENTs and recovery NEWLINEs consume input, and those are bounded by the lines.
            var lines = module.Lines.LineCount;
            Assert.InRange(PythonTokenizer.Tokenize(source).Count, 1, source.Length + 2 * lines + 3);
        }
    }

    [Fact]
    public void Five_megabytes_on_one_line()
    {
        var expression = new StringBuilder("x = ").Insert(4, "a + ", 1_250_000).Append('b').ToString();

        var module = PythonParser.Parse(expression);

        Assert.Empty(module.Problems);
        Assert.Empty(module.Definitions);
    }

    [Fact]
    public void Five_megabytes_of_one_string_literal()
    {
        var source = "def f():\n    \"" + new string('x', 5_000_000) + "\"\n";

        Assert.Equal(5_000_002, Parsed.Definition(source, "f").Docstring!.Literal.Length);
    }

    [Fact]
    public void Ten_thousand_nested_brackets()
    {
        var nested = new string('[', 10_000) + new string(']', 10_000);

        var module = Parsed.Module($"def f(a={nested}, b=({nested})):\n    return {nested}\n");

        Assert.Empty(module.Problems);
        Assert.Equal([nested, $"({nested})"], module.Find("f").Parameters.Select(p => p.Default));
    }

    [Fact]
    public void A_hundred_thousand_brackets_never_closed()
    {
        var module = Parsed.Module("x = " + new string('(', 100_000) + "\ndef g():\n    pass\n");

        Assert.Equal("g", Assert.Single(module.Definitions).Name);
        Assert.Equal("'(' was never closed", Assert.Single(module.Problems).Message);
    }

    [Fact]
    public void Five_thousand_nested_fstrings_are_one_token()
    {
        var literal = string.Concat(Enumerable.Repeat("f\"{", 5_000)) + "1" + string.Concat(Enumerable.Repeat("}\"", 5_000));

        var tokens = PythonTokenizer.Tokenize(literal);

        Assert.Equal((TokenKind.String, literal.Length), (tokens[0].Kind, tokens[0].Length));
    }

    [Fact]
    public void A_thousand_nested_definitions()
    {
        var source = new StringBuilder();
        for (var depth = 0; depth < 1_000; depth++)
        {
            source.Append(' ', depth).Append($"def f{depth}():\n");
        }
        source.Append(' ', 1_000).Append("pass\n");

        var module = Parsed.Module(source.ToString());

        Assert.Equal(1_000, module.AllDefinitions().Count());
        var innermost = module.AllDefinitions().Last();
        var ancestors = 0;
        for (var parent = innermost.Parent; parent is not null; parent = parent.Parent)
        {
            ancestors++;
        }
        Assert.Equal(999, ancestors);
        // Its qualified name (5,000 characters whole) keeps its outermost and innermost parts.
        Assert.StartsWith("f0.f1.f2.", innermost.QualifiedName);
        Assert.EndsWith(".f998.f999", innermost.QualifiedName);
        Assert.Empty(module.Problems);
    }

    [Theory]
    [InlineData("x = f\"\"\"{(\n")]
    [InlineData("x = f\"{(\n")]
    [InlineData("def f(a=f\"{x:{(\n")]
    public void Many_unclosed_strings_and_fields_stay_linear(string line)
    {
        // Each line opens something that never closes; once one has run to the end of the file, the others must
        // stop at their own line, or 20,000 of them would each scan the rest of the file.
        var source = string.Concat(Enumerable.Repeat(line, 20_000)) + "def g(): pass\n";

        var elapsed = System.Diagnostics.Stopwatch.StartNew();
        var module = Parsed.Module(source);

        Assert.InRange(elapsed.ElapsedMilliseconds, 0, 5_000);
        Assert.NotEmpty(module.Problems);
    }

    [Fact]
    public void Qualified_names_of_deeply_nested_definitions_with_long_names_are_bounded()
    {
        var text = new StringBuilder();
        for (var depth = 0; depth < 300; depth++)
        {
            text.Append(' ', depth * 4).Append("class ").Append('N', 15_000).Append(depth).Append(":\n");
        }
        text.Append(' ', 300 * 4).Append("pass\n");

        var definitions = PythonParser.Parse(text.ToString()).AllDefinitions().ToList();

        Assert.Equal(300, definitions.Count);
        Assert.All(definitions, d => Assert.True(d.QualifiedName.Length <= Definition.MaxQualifiedNameLength, $"{d.QualifiedName.Length} characters"));
        // The start and the end survive: the innermost names stay told apart by their last characters.
        Assert.Equal(300, definitions.Select(d => d.QualifiedName).Distinct().Count());
        Assert.EndsWith("N299", definitions[^1].QualifiedName);
        Assert.StartsWith("NNNN", definitions[^1].QualifiedName);
    }

    [Fact]
    public void Ordinary_qualified_names_are_kept_whole()
    {
        var module = PythonParser.Parse("class Trainer:\n    def train(self):\n        def step():\n            pass\n");

        Assert.Equal(["Trainer", "Trainer.train", "Trainer.train.step"], module.AllDefinitions().Select(d => d.QualifiedName));
    }
}
