using ClawDev.Core.Drafting.Signature;
using ClawDev.Core.Python;

namespace ClawDev.Core.Tests.Drafting;

/// <summary>What drafts say about types and defaults, read from signatures.</summary>
public sealed class SignatureTypingTests
{
    [Theory]
    [InlineData("'Trainer'", "Trainer")]
    [InlineData("\"List[int]\"", "List[int]")]
    [InlineData("Literal['a', 'b']", "Literal['a', 'b']")]
    [InlineData("'a' + 'b'", "'a' + 'b'")]
    // Parentheses that let an annotation span lines are no part of the type; a tuple's are.
    [InlineData("(\n    PreTrainedTokenizerBase | ProcessorMixin | None\n)", "PreTrainedTokenizerBase | ProcessorMixin | None")]
    [InlineData("((int))", "int")]
    [InlineData("(int, str)", "(int, str)")]
    [InlineData("(int) | (str)", "(int) | (str)")]
    public void Forward_references_lose_their_quotes_and_line_spanning_parentheses(string annotation, string expected) =>
        Assert.Equal(expected, TypeExpression.Unwrap(annotation));

    [Theory]
    [InlineData("Optional[int]", "int")]
    [InlineData("typing.Optional[Dict[str, int]]", "Dict[str, int]")]
    [InlineData("Union[int, None]", "int")]
    [InlineData("Union[int, str, None]", "Union[int, str]")]
    [InlineData("int | None", "int")]
    [InlineData("None | torch.Tensor | str", "torch.Tensor | str")]
    [InlineData("Literal['a|b', None]", "Literal['a|b', None]")]
    [InlineData("Union[int, str]", "Union[int, str]")]
    [InlineData("None", "None")]
    public void A_none_default_drops_the_none_from_the_type(string annotation, string expected) =>
        Assert.Equal(expected, TypeExpression.WithoutNone(annotation));

    [Theory]
    [InlineData("Union[str, os.PathLike]", false, "`str` or `os.PathLike`")]
    [InlineData("Union[int, str, torch.device]", false, "`int`, `str` or `torch.device`")]
    [InlineData("str | Path | None", false, "`str`, `Path` or `None`")]
    // Nested unions are one; a default's "optional" says the None.
    [InlineData("Optional[Union[str, list[str]]]", false, "`str`, `list[str]` or `None`")]
    [InlineData("Optional[Union[str, list[str]]]", true, "`str` or `list[str]`")]
    [InlineData("Optional[int]", true, "`int`")]
    // No union: written as it is.
    [InlineData("Dict[str, Union[int, str]]", false, null)]
    [InlineData("int", false, null)]
    public void A_union_in_words_names_each_alternative_as_code(string annotation, bool optional, string? expected) =>
        Assert.Equal(expected, ClawDev.Core.Drafting.Writing.TypeNotation.InWords(annotation, optional));

    [Fact]
    public void A_union_nested_without_end_is_flattened_only_so_deep()
    {
        var annotation = string.Concat(Enumerable.Repeat("Union[int, ", 20_000)) + "str" + new string(']', 20_000);

        var words = ClawDev.Core.Drafting.Writing.TypeNotation.InWords(annotation, optional: false);

        Assert.StartsWith("`int` or `Union[int, Union[int, ", words);
    }

    [Theory]
    [InlineData("[`~utils.ProjectConfiguration`]", "ProjectConfiguration=[`~utils.ProjectConfiguration`]")]
    [InlineData("`str` or [`~trainer_utils.HubStrategy`]", "HubStrategy=[`~trainer_utils.HubStrategy`]")]
    [InlineData("`nn.Module` or `PeftConfig`", "Module= PeftConfig=")]
    // A builtin in link brackets links no class.
    [InlineData("[`str`] or `int`", "")]
    public void A_documented_type_names_classes_as_links_or_plain(string type, string expected) =>
        Assert.Equal(expected, string.Join(' ', ClawDev.Core.Drafting.Writing.TypeNotation.ClassMentions(type).Select(static m => $"{m.Name}={m.Link}")));

    [Theory]
    [InlineData("`str` or `HubStrategy`", "`str` or [`~trainer_utils.HubStrategy`]")]
    // A link counts for a name written with its module only where its target ends with it.
    [InlineData("`nn.Module`", "[`~torch.nn.Module`]")]
    [InlineData("`other.HubStrategy`", "`other.HubStrategy`")]
    [InlineData("`Dict[str, HubStrategy]`", "`Dict[str, HubStrategy]`")]
    public void A_class_in_code_is_written_as_its_link(string type, string expected) =>
        Assert.Equal(expected, ClawDev.Core.Drafting.Writing.TypeNotation.Linked(type, static name => name switch
        {
            "HubStrategy" => "[`~trainer_utils.HubStrategy`]",
            "Module" => "[`~torch.nn.Module`]",
            _ => null,
        }));

    [Theory]
    [InlineData("`int`", ":obj:`int`")]
    [InlineData("`str` or `os.PathLike`", ":obj:`str` or :obj:`os.PathLike`")]
    [InlineData("[`~utils.ProjectConfiguration`]", ":obj:`~utils.ProjectConfiguration`")]
    [InlineData("Optional[int]", ":obj:`Optional[int]`")]
    // A role already written stays; a type in words is no name to mark up.
    [InlineData(":class:`~transformers.BertModel` or `str`", ":class:`~transformers.BertModel` or :obj:`str`")]
    [InlineData("list of str", "list of str")]
    public void A_type_is_written_in_its_list_s_role(string type, string expected) =>
        Assert.Equal(expected, ClawDev.Core.Drafting.Writing.TypeNotation.InRole(type, ":obj:"));

    [Theory]
    [InlineData("Iterator[bytes]", "bytes", null)]
    [InlineData("typing.Generator[int, None, str]", "int", "str")]
    [InlineData("Generator[int, None, None]", "int", null)]
    [InlineData("collections.abc.AsyncIterator[Dict[str, int]]", "Dict[str, int]", null)]
    [InlineData("list[int]", null, null)]
    [InlineData("Iterator", null, null)]
    public void Generators_give_their_yielded_and_returned_types(string annotation, string? yielded, string? returned)
    {
        Assert.Equal(yielded, TypeExpression.YieldedType(annotation));
        Assert.Equal(returned, TypeExpression.GeneratorReturnType(annotation));
    }

    [Theory]
    [InlineData("3", "int")]
    [InlineData("-1", "int")]
    [InlineData("0x1F", "int")]
    [InlineData("1_000", "int")]
    [InlineData("0.5", "float")]
    [InlineData(".5", "float")]
    [InlineData("1e-5", "float")]
    [InlineData("2j", "complex")]
    [InlineData("True", "bool")]
    [InlineData("'x'", "str")]
    [InlineData("f\"{a}\"", "str")]
    [InlineData("rb'x'", "bytes")]
    [InlineData("[]", "list")]
    [InlineData("[1, 2]", "list")]
    [InlineData("{}", "dict")]
    [InlineData("{'a': 1}", "dict")]
    [InlineData("{1, 2}", "set")]
    [InlineData("()", "tuple")]
    [InlineData("(1,)", "tuple")]
    [InlineData("(1, 2)", "tuple")]
    [InlineData("(1)", null)]
    [InlineData("None", null)]
    [InlineData("DEFAULT", null)]
    [InlineData("os.getcwd()", null)]
    [InlineData("-x", null)]
    public void A_default_literal_shows_its_type(string literal, string? expected) =>
        Assert.Equal(expected, LiteralType.Of(literal));

    [Theory]
    [InlineData("x: int = 3", "int", "3")]
    [InlineData("x=3", "int", "3")]
    [InlineData("x: Optional[int] = None", "int", "None")]
    [InlineData("x: Optional[int]", "Optional[int]", null)]
    [InlineData("x=None", null, "None")]
    [InlineData("x: 'Model' = None", "Model", "None")]
    [InlineData("x", null, null)]
    public void Parameters_take_types_from_annotations_else_defaults(string parameter, string? type, string? @default)
    {
        var typing = ParameterTyping.Of(Parse($"def f({parameter}): pass").Parameters[0]);

        Assert.Equal((type, @default), (typing.Type, typing.Default));
        Assert.Equal(@default is not null, typing.IsOptional);
    }

    [Theory]
    [InlineData("x=3", "3")]
    [InlineData("x: int = ...", null)]
    [InlineData("x: str | None = _sentinel", null)]
    [InlineData("x=cls._MISSING", null)]
    [InlineData("x=__debug__", "__debug__")]
    [InlineData("x=_compute()", "_compute()")]
    [InlineData("x=MISSING", "MISSING")]
    public void Stubs_and_private_markers_of_not_given_state_no_default_but_stay_optional(string parameter, string? stated)
    {
        var typing = ParameterTyping.Of(Parse($"def f({parameter}): pass").Parameters[0]);

        Assert.Equal(stated, typing.StatedDefault);
        Assert.True(typing.IsOptional);
    }

    [Theory]
    [InlineData("x: int = field(default=3, metadata={'help': 'X.'})", "int", "3")]
    [InlineData("x: list[str] = field(default_factory=lambda: ['sigmoid'])", "list[str]", "['sigmoid']")]
    [InlineData("x: list = dataclasses.field(default_factory=list)", "list", "[]")]
    [InlineData("x: Config = field(default_factory=Config)", "Config", "Config()")]
    [InlineData("x: str = field(metadata={'help': 'Required.'})", "str", null)]
    [InlineData("x: str | None = field(default=None)", "str", "None")]
    [InlineData("x: int = typer.Option(8, help='Workers.')", "int", "8")]
    [InlineData("x: str = typer.Argument(..., help='A path.')", "str", null)]
    [InlineData("x: Annotated[str | None, Option(help='A token.')] = None", "str", "None")]
    [InlineData("x: int = other(default=3)", "int", "other(default=3)")]
    public void Declared_defaults_are_the_value_a_reader_gets(string parameter, string? type, string? @default)
    {
        var typing = ParameterTyping.Of(Parse($"def f({parameter}): pass").Parameters[0]);

        Assert.Equal((type, @default), (typing.Type, typing.Default));
    }

    [Theory]
    [InlineData("field(default=1, metadata={'help': 'One ' 'sentence.'})", "field", "One sentence.")]
    [InlineData("field(metadata={\"help\": (\"In \" \"parentheses.\")})", "field", "In parentheses.")]
    [InlineData("field(metadata={'help': f'{x} formatted'})", "field", null)]
    [InlineData("field(metadata={'choices': ['a'], 'help': 'After another key.'})", "field", "After another key.")]
    public void Calls_give_their_dictionary_strings(string expression, string callee, string? help)
    {
        var call = CallExpression.Parse(expression);

        Assert.NotNull(call);
        Assert.Equal((callee, help), (call.SimpleCallee, call.DictionaryString("metadata", "help")));
    }

    [Theory]
    [InlineData("parser.add_argument('--num-workers', '-n', type=int, help='How many.')", "parser.add_argument", "--num-workers|-n", "How many.")]
    [InlineData("option('--x', help=HELP)", "option", "--x", null)]
    [InlineData("f(*args, key=lambda a, b: a, help='Kept.')", "f", "", "Kept.")]
    public void Calls_give_their_string_arguments(string expression, string callee, string positional, string? help)
    {
        var call = CallExpression.Parse(expression);

        Assert.NotNull(call);
        Assert.Equal((callee, positional, help), (call.Callee, string.Join('|', call.PositionalStrings()), call.KeywordString("help")));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("f(1) + 2")]
    [InlineData("f(1")]
    [InlineData("'text'")]
    public void Anything_but_one_call_is_no_call(string expression) => Assert.Null(CallExpression.Parse(expression));

    [Theory]
    [InlineData("def f() -> int:\n    return 1\n", true, "int", false, null)]
    [InlineData("def f() -> None:\n    return None\n", false, null, false, null)]
    [InlineData("def f() -> 'NoReturn':\n    raise E\n", false, null, false, null)]
    [InlineData("def f():\n    return 1\n", true, null, false, null)]
    [InlineData("def f():\n    return\n", false, null, false, null)]
    [InlineData("def f():\n    def g():\n        return 1\n", false, null, false, null)]
    [InlineData("def f() -> Iterator[str]:\n    yield 'a'\n", false, null, true, "str")]
    [InlineData("def f() -> Generator[int, None, bool]:\n    yield 1\n    return True\n", true, "bool", true, "int")]
    [InlineData("def f():\n    yield 1\n    return 2\n", true, null, true, null)]
    [InlineData("async def f() -> bytes:\n    return await g()\n", true, "bytes", false, null)]
    public void Returns_and_yields_come_from_the_annotation_and_the_body(string source, bool hasReturns, string? returnType, bool yields, string? yieldType) =>
        Assert.Equal((hasReturns, returnType, yields, yieldType), (ReturnTyping.Of(Parse(source)) is var t ? (t.HasReturns, t.ReturnType, t.Yields, t.YieldType) : default));

    private static Definition Parse(string source) => PythonParser.Parse(source).Definitions[0];
}
