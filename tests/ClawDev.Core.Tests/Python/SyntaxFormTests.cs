using System.Text;
using ClawDev.Core.Python;

namespace ClawDev.Core.Tests.Python;

/// <summary>One test per syntax form the outline parser must understand (issue 2, part 2).</summary>
public sealed class SyntaxFormTests
{
    [Fact]
    public void Decorators_with_dotted_names_calls_and_subscripts()
    {
        var method = Parsed.Definition("""
            class C:
                @property
                @functools.lru_cache(maxsize=None)
                @registry["models"].register("tiny", priority=(1, 2))
                @ staticmethod
                def f():
                    pass
            """, "C.f");

        Assert.Equal(
            [("property", null), ("functools.lru_cache", "maxsize=None"), ("registry[\"models\"].register", "\"tiny\", priority=(1, 2)"), ("staticmethod", null)],
            method.Decorators.Select(d => (d.Name, d.Arguments)));
    }

    [Fact]
    public void A_decorator_span_and_the_definition_span_start_at_the_at_sign()
    {
        const string source = "@dataclass(frozen=True)\nclass Point:\n    x: int\n";
        var module = Parsed.Module(source);
        var point = module.Find("Point");

        Assert.Equal("@dataclass(frozen=True)", module.Text(Assert.Single(point.Decorators).Span));
        Assert.Equal(source.TrimEnd('\n'), module.Text(point.Span));
        Assert.Equal(source.IndexOf("class Point", StringComparison.Ordinal), point.KeywordOffset);
    }

    [Fact]
    public void A_dataclass_has_its_fields_as_parameters_and_another_class_none()
    {
        const string source = """
            @dataclasses.dataclass
            class Config:
                lr: float = 1e-3
                steps: ClassVar[int] = 10
                cache: dict = field(default_factory=dict, init = False)
                token: str = field(default=None, metadata={"help": "Never pass init=False here."})

            class Plain:
                lr: float = 1e-3
            """;
        var module = Parsed.Module(source);

        Assert.Equal(["lr: float = 1e-3", "token: str = field(default=None, metadata={\"help\": \"Never pass init=False here.\"})"],
            module.Find("Config").Parameters.Select(p => $"{p.Name}: {p.Annotation} = {p.Default}"));
        Assert.Empty(module.Find("Plain").Parameters);
    }

    [Fact]
    public void A_matrix_multiplication_at_a_line_start_is_no_decorator()
    {
        var f = Parsed.Definition("x = (a\n     @ b)\ndef f():\n    pass\n", "f");

        Assert.Empty(f.Decorators);
    }

    [Fact]
    public void Async_functions_and_methods()
    {
        const string source = """
            async def fetch(url):
                async with session.get(url) as response:
                    async for chunk in response:
                        yield chunk

            class Client:
                @retry
                async def close(self):
                    await self.session.close()
            """;
        var module = Parsed.Module(source);

        Assert.True(module.Find("fetch").IsAsync);
        Assert.True(module.Find("fetch").Yields);
        Assert.True(module.Find("Client.close").IsAsync);
        Assert.Equal(source.IndexOf("def fetch", StringComparison.Ordinal), module.Find("fetch").KeywordOffset);
        Assert.Equal(0, module.Find("fetch").Span.Start);
        Assert.Equal(source.IndexOf("@retry", StringComparison.Ordinal), module.Find("Client.close").Span.Start);
    }

    [Fact]
    public void Positional_only_and_keyword_only_markers()
    {
        var f = Parsed.Definition("def f(a, b=1, /, c=2, *, d, e=3, **kw): pass\n", "f");

        Assert.Equal(
            [("a", ParameterKind.PositionalOnly), ("b", ParameterKind.PositionalOnly), ("c", ParameterKind.PositionalOrKeyword),
             ("d", ParameterKind.KeywordOnly), ("e", ParameterKind.KeywordOnly), ("kw", ParameterKind.VarKeyword)],
            f.Parameters.Select(p => (p.Name, p.Kind)));
    }

    [Fact]
    public void Star_args_make_the_rest_keyword_only()
    {
        var f = Parsed.Definition("def f(self, *args: *Ts, key=None, **kwargs: Any) -> None: ...\n", "f");

        Assert.Equal(
            [("self", ParameterKind.PositionalOrKeyword, null), ("args", ParameterKind.VarPositional, "*Ts"),
             ("key", ParameterKind.KeywordOnly, null), ("kwargs", ParameterKind.VarKeyword, "Any")],
            f.Parameters.Select(p => (p.Name, p.Kind, p.Annotation)));
    }

    [Fact]
    public void Annotations_of_parameters_and_return()
    {
        var f = Parsed.Definition("""
            def forward(
                self,
                hidden_states: Optional[Tuple[torch.FloatTensor, ...]],
                mask: "torch.Tensor | None" = None,
                callback: Callable[[int, str], Dict[str, int]] = print,
            ) -> Union[Tuple, BaseModelOutput]:
                pass
            """, "forward");

        Assert.Equal(
            [null, "Optional[Tuple[torch.FloatTensor, ...]]", "\"torch.Tensor | None\"", "Callable[[int, str], Dict[str, int]]"],
            f.Parameters.Select(p => p.Annotation));
        Assert.Equal("Union[Tuple, BaseModelOutput]", f.ReturnAnnotation);
    }

    [Fact]
    public void Defaults_holding_nested_brackets_strings_and_lambdas()
    {
        var f = Parsed.Definition("""
            def f(a={"k": [1, (2, 3)]}, b="x, y)", c=lambda x, y: (x, y), d=lambda: {"a": 1}, e=sorted(z, key=lambda t: t[0]), g=','):
                pass
            """, "f");

        Assert.Equal(
            [("a", "{\"k\": [1, (2, 3)]}"), ("b", "\"x, y)\""), ("c", "lambda x, y: (x, y)"), ("d", "lambda: {\"a\": 1}"),
             ("e", "sorted(z, key=lambda t: t[0])"), ("g", "','")],
            f.Parameters.Select(p => (p.Name, p.Default)));
    }

    [Fact]
    public void Defaults_spread_over_lines_read_as_one_line()
    {
        var f = Parsed.Definition("def f(x=dict(\n        a=1,  # first\n        b=2,\n    )):\n    pass\n", "f");

        Assert.Equal("dict(a=1, b=2,)", Assert.Single(f.Parameters).Default);
    }

    [Fact]
    public void Nested_lambdas_in_defaults_keep_their_commas()
    {
        var f = Parsed.Definition("def f(a=lambda p=lambda: 1, q=2: p, b=3): pass\n", "f");

        Assert.Equal([("a", "lambda p=lambda: 1, q=2: p"), ("b", "3")], f.Parameters.Select(p => (p.Name, p.Default)));
    }

    [Fact]
    public void Walrus_in_defaults_and_bodies()
    {
        var module = Parsed.Module("""
            def f(x=(y := 10), z=[w := 1, w**2]):
                if (n := len(x)) > 10:
                    return n
            def g():
                pass
            """);

        Assert.Equal(["(y := 10)", "[w := 1, w**2]"], module.Find("f").Parameters.Select(p => p.Default));
        Assert.True(module.Find("f").ReturnsValue);
        Assert.Equal(["f", "g"], module.Definitions.Select(d => d.Name));
    }

    [Fact]
    public void Match_statements_and_soft_keywords()
    {
        var outline = Parsed.Outline("""
            match = re.match(pattern, text)
            case = type = 1

            def handle(command):
                match command.split():
                    case [action]:
                        def single():
                            pass
                    case ["go", direction] | ["move", direction]:
                        return direction
                    case Point(x=0, y=0) if flag:
                        raise ValueError("origin")
                    case _:
                        pass

            class match:
                def case(self, type=None):
                    pass
            """);

        Assert.Equal(
            ["handle: def handle(command)", "handle.single: def single()", "match: class match", "match.case: def case(self, type=None)"],
            outline);
    }

    [Fact]
    public void Pep695_type_parameters_on_functions_and_classes()
    {
        var outline = Parsed.Outline("""
            type Alias[T] = list[T]

            def first[T](items: list[T]) -> T:
                return items[0]

            class Registry[K: str, V: (int, float), *Ts, **P](Mapping[K, V]):
                def get[D = None](self, key: K, default: D = None) -> V | D: ...
            """);

        Assert.Equal(
            ["first: def first[T](items: list[T]) -> T",
             "Registry: class Registry[K: str, V: (int, float), *Ts, **P](Mapping[K, V])",
             "Registry.get: def get[D = None](self, key: K, default: D = None) -> V | D"],
            outline);
    }

    [Fact]
    public void Fstrings_with_pep701_nested_quotes()
    {
        var module = Parsed.Module("""
            def f(sep=f"{"-" * 3}", fmt=f"{x:{width}.{precision}}"):
                f"{f"{f"{1}"}"}"
                return f"{", ".join(f"{k}={v!r}" for k, v in d.items())}"

            def g():
                pass
            """);

        Assert.Equal(["f\"{\"-\" * 3}\"", "f\"{x:{width}.{precision}}\""], module.Find("f").Parameters.Select(p => p.Default));
        Assert.Equal("f\"{f\"{f\"{1}\"}\"}\"", module.Find("f").Docstring!.Literal);
        Assert.True(module.Find("f").ReturnsValue);
        Assert.Equal(["f", "g"], module.Definitions.Select(d => d.Name));
        Assert.Empty(module.Problems);
    }

    [Theory]
    [InlineData("\"\"\"Doc.\"\"\"", "", "\"\"\"")]
    [InlineData("'''Doc.'''", "", "'''")]
    [InlineData("\"Doc.\"", "", "\"")]
    [InlineData("'Doc.'", "", "'")]
    [InlineData("r\"\"\"Doc.\"\"\"", "r", "\"\"\"")]
    [InlineData("R'''Doc.'''", "R", "'''")]
    [InlineData("u\"\"\"Doc.\"\"\"", "u", "\"\"\"")]
    [InlineData("U'Doc.'", "U", "'")]
    [InlineData("b\"\"\"Doc.\"\"\"", "b", "\"\"\"")]
    [InlineData("Br'Doc.'", "Br", "'")]
    [InlineData("rB\"Doc.\"", "rB", "\"")]
    [InlineData("f\"\"\"Doc.\"\"\"", "f", "\"\"\"")]
    [InlineData("Rf'Doc.'", "Rf", "'")]
    [InlineData("fR\"\"\"Doc.\"\"\"", "fR", "\"\"\"")]
    public void Every_string_prefix_and_quote_makes_a_docstring(string literal, string prefix, string quote)
    {
        var f = Parsed.Definition($"def f():\n    {literal}\n", "f");

        Assert.Equal((literal, prefix, quote, "Doc."), (f.Docstring!.Literal, f.Docstring.Prefix, f.Docstring.Quote, f.Docstring.Value));
    }

    [Fact]
    public void Implicit_line_joining_inside_brackets()
    {
        var module = Parsed.Module("class A(\n    Base,\n    metaclass=Meta,\n):\n    def f(\n        self,\n    ):\n        pass\n");

        Assert.Equal(["Base", "metaclass=Meta"], module.Find("A").Bases);
        Assert.Equal(["self"], module.Find("A.f").Parameters.Select(p => p.Name));
        Assert.Equal(module.Text.IndexOf("):\n        pass", StringComparison.Ordinal) + 1, module.Find("A.f").HeaderColonOffset);
    }

    [Fact]
    public void Backslash_line_joining()
    {
        var module = Parsed.Module("def f(a, \\\n      b) \\\n        -> int:\n    return a + \\\n        b\ndef g(): \\\n    \"doc\"\n");

        Assert.Equal(["a", "b"], module.Find("f").Parameters.Select(p => p.Name));
        Assert.Equal("int", module.Find("f").ReturnAnnotation);
        Assert.True(module.Find("g").IsOneLiner);
        Assert.Equal("doc", module.Find("g").Docstring!.Value);
    }

    [Fact]
    public void Tab_indentation()
    {
        var module = Parsed.Module("class A:\n\tdef f(self):\n\t\t\"\"\"Doc.\"\"\"\n\t\tif x:\n\t\t\tdef g(): pass\n\tdef h(self): pass\n");

        Assert.Equal(["A", "A.f", "A.f.g", "A.h"], module.AllDefinitions().Select(d => d.QualifiedName));
        Assert.Equal(("\t", "\t\t"), (module.Find("A.f").Indentation, module.Find("A.f").BodyIndentation));
        Assert.Equal("\t\t", module.Find("A.f").Docstring!.Indentation);
        Assert.Empty(module.Problems);
    }

    [Fact]
    public void Crlf_line_ends()
    {
        const string source = "class A:\r\n    \"\"\"Doc\r\n    more.\r\n    \"\"\"\r\n    def f(self):\r\n        return 1\r\n\r\nx = 1\r\n";
        var module = Parsed.Module(source);
        var a = module.Find("A");

        Assert.Equal("Doc\n    more.\n    ", a.Docstring!.Value);
        Assert.Equal("class A:\r\n    \"\"\"Doc\r\n    more.\r\n    \"\"\"\r\n    def f(self):\r\n        return 1", module.Text(a.Span));
        Assert.Equal((4, 4), module.Lines.PositionOf(module.Find("A.f").KeywordOffset));
    }

    [Fact]
    public void A_byte_order_mark_before_the_module_docstring()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("\"\"\"Module.\"\"\"\ndef f():\n    pass\n")];

        var module = PythonParser.Parse(SourceDecoder.Decode(bytes).Text);

        Assert.Equal("Module.", module.Docstring!.Value);
        Assert.Equal(0, module.Docstring.Span.Start);
        Assert.Equal("f", Assert.Single(module.Definitions).Name);
    }

    [Fact]
    public void Form_feeds_reset_the_indentation_column()
    {
        // A form feed sets the column back to 0, so "  \f    def" is indented by four and "        \fdef" by none.
        var module = Parsed.Module("class A:\n    def f(self):\n        pass\n\f\n\fdef g():\n    pass\n  \f  # comment\n  \f    def h(): pass\n        \fdef k(): pass\n");

        Assert.Equal(["A", "A.f", "g", "g.h", "k"], module.AllDefinitions().Select(d => d.QualifiedName));
        Assert.Empty(module.Problems);
    }

    [Fact]
    public void A_pep263_coding_line_decides_how_bytes_are_read()
    {
        var bytes = Encoding.Latin1.GetBytes("# -*- coding: latin-1 -*-\ndef grüße():\n    \"\"\"Sagt Grüß Gott.\"\"\"\n");

        var module = PythonParser.Parse(SourceDecoder.Decode(bytes).Text);

        Assert.Equal("grüße", Assert.Single(module.Definitions).Name);
        Assert.Equal("Sagt Grüß Gott.", module.Definitions[0].Docstring!.Value);
    }
}
