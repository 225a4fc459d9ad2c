using ClawDev.Core.Python;

namespace ClawDev.Core.Tests.Python;

/// <summary>Half-typed files still give the outline of everything intact, with problems recorded.</summary>
public sealed class ErrorToleranceTests
{
    [Fact]
    public void An_unclosed_bracket_in_a_signature()
    {
        var module = Parsed.Module("""
            def before():
                pass

            def broken(self, a, b=(1, 2

            def after(x):
                return x
            """);

        Assert.Equal(["before", "broken", "after"], module.Definitions.Select(d => d.Name));
        Assert.Equal(["self", "a", "b"], module.Find("broken").Parameters.Select(p => p.Name));
        Assert.Equal(["x"], module.Find("after").Parameters.Select(p => p.Name));
        Assert.Contains(module.Problems, p => p.Message == "'(' was never closed");
    }

    [Fact]
    public void A_missing_colon_keeps_the_body()
    {
        var module = Parsed.Module("class A\n    def f(self)\n        return 1\n    def g(self): pass\n");

        Assert.Equal(["A", "A.f", "A.g"], module.AllDefinitions().Select(d => d.QualifiedName));
        Assert.Equal(-1, module.Find("A.f").HeaderColonOffset);
        Assert.True(module.Find("A.f").ReturnsValue);
        Assert.Equal(2, module.Problems.Count(p => p.Message.StartsWith("expected ':'", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_unterminated_string_ends_at_its_line()
    {
        var module = Parsed.Module("def f():\n    x = 'never closed\n    return x\n\ndef g():\n    \"\"\"Doc.\"\"\"\n");

        Assert.Equal(["f", "g"], module.Definitions.Select(d => d.Name));
        Assert.True(module.Find("f").ReturnsValue);
        Assert.Equal("Doc.", module.Find("g").Docstring!.Value);
    }

    [Theory]
    [InlineData("class A:\n    def f(self):\n        x = (\n", "'(' was never closed")]
    [InlineData("class A:\n    def f(self):\n        \"\"\"Half a docstring\n", "unterminated triple-quoted string literal")]
    [InlineData("class A:\n    def f(self):\n", "expected an indented block")]
    [InlineData("class A:\n    def f(self, a,", "'(' was never closed")]
    public void A_body_that_stops_midway(string source, string problem)
    {
        var module = Parsed.Module(source);

        Assert.Equal(["A", "A.f"], module.AllDefinitions().Select(d => d.QualifiedName));
        Assert.Contains(module.Problems, p => p.Message == problem);
    }

    [Fact]
    public void A_decorator_at_the_end_of_the_file()
    {
        var module = Parsed.Module("class A:\n    \"\"\"Doc.\"\"\"\n    @property\n");

        Assert.Equal("A", Assert.Single(module.AllDefinitions()).QualifiedName);
        Assert.Equal("a decorator must be followed by a function or class definition", Assert.Single(module.Problems).Message);
    }

    [Fact]
    public void Stray_characters_and_a_lone_decorator()
    {
        var module = Parsed.Module("x = 1 $ 2\n@decorator\nx = 3\n? ¿\ndef f():\n    pass\n");

        Assert.Equal("f", Assert.Single(module.Definitions).Name);
        Assert.Empty(module.Definitions[0].Decorators);
        Assert.Contains(module.Problems, p => p.Message == "a decorator must be followed by a function or class definition");
        Assert.Equal(3, module.Problems.Count(p => p.Message.StartsWith("invalid character", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_definition_without_a_name_is_left_out()
    {
        var module = Parsed.Module("def (x):\n    pass\nclass :\n    pass\ndef g(): pass\n");

        Assert.Equal("g", Assert.Single(module.Definitions).Name);
        Assert.Equal(2, module.Problems.Count(p => p.Message.StartsWith("expected a name after", StringComparison.Ordinal)));
    }

    [Fact]
    public void Unexpected_and_inconsistent_indentation()
    {
        var module = Parsed.Module("def f():\n        x = 1\n    def g():\n        pass\n  def h(): pass\ndef k(): pass\n");

        Assert.Equal(["f", "f.g", "f.h", "k"], module.AllDefinitions().Select(d => d.QualifiedName));
        Assert.Contains(module.Problems, p => p.Message == "unindent does not match any outer indentation level");
    }

    [Fact]
    public void A_block_header_without_a_block()
    {
        var module = Parsed.Module("def f():\ndef g():\n    if x:\n    return 1\n");

        Assert.Equal(["f", "g"], module.Definitions.Select(d => d.Name));
        Assert.Equal(2, module.Problems.Count(p => p.Message == "expected an indented block"));
        Assert.True(module.Find("g").ReturnsValue);
    }

    [Fact]
    public void Problems_are_capped()
    {
        var module = Parsed.Module(string.Concat(Enumerable.Repeat("$", 10_000)));

        Assert.Equal(101, module.Problems.Count);
        Assert.Equal("9900 more syntax problems not listed", module.Problems[^1].Message);
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        var source = string.Concat(Enumerable.Repeat("x = 1\n", 10_000));

        Assert.Throws<OperationCanceledException>(() => PythonParser.Parse(source, new CancellationToken(canceled: true)));
    }
}
