using ClawDev.Core.Analysis;
using ClawDev.Core.Configuration;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting;
using ClawDev.Core.Drafting.Grounding;
using ClawDev.Core.Python;

namespace ClawDev.Core.Tests.Drafting;

/// <summary>The drafter's decisions and refusals, one behaviour per test.</summary>
public sealed class DrafterTests
{
    [Theory]
    [InlineData("def f(x):\n    \"Doc \" \"more.\"\n", "concatenated")]
    [InlineData("def f(x):\n    f\"\"\"Doc {x}.\"\"\"\n", "prefix 'f'")]
    [InlineData("def f(x):\n    b\"\"\"Doc.\"\"\"\n", "prefix 'b'")]
    [InlineData("def f(x):\n    \"\"\"   \"\"\"\n", "empty; draft it instead")]
    [InlineData("def f(x):\n    pass\n", "has no docstring yet")]
    [InlineData("class C:\n    \"\"\"Doc.\n\n    More.\n    \"\"\"\n", "no __init__")]
    [InlineData("def f(user, password):\n    \"\"\"Log in.\n\n    Args:\n            user - the user\n    \"\"\"\n", "not laid out as entries")]
    // torch's log_hook: "fn (Callable[Type1, Type2])" has no colon; a new "fn:" entry would stand beside it.
    [InlineData("def log_hook(fn, level=20):\n    \"\"\"Logs.\n\n    Args:\n        fn (Callable[Type1, Type2])\n        level: logging level\n    \"\"\"\n", "not laid out as entries")]
    [InlineData("def f(fun, btn=1):\n    \"\"\"Bind.\n\n    Arguments:\n    fun -- a function\n    \"\"\"\n", "pydocstyle reads an argument section")]
    [InlineData("def f(items, size):\n    \"\"\":param items: The items.\n    :param size: The size.\n    \"\"\"\n", "hides new entries")]
    [InlineData("def f(x):\n    \"\"\"Doc.\n\n    Args:\n        x: The x.\n    \"\"\"\n", "every parameter is documented")]
    public void Documenting_parameters_refuses_with_a_reason(string source, string reason)
    {
        var harness = new DraftingHarness(source);
        var definition = harness.Module.AllDefinitions().First();

        var result = harness.Drafter.DocumentMissingParameters(definition);

        Assert.Empty(result.Edits);
        Assert.Contains(reason, result.Explanation);
    }

    [Fact]
    public void A_line_that_names_no_parameter_beside_the_entries_is_the_list_s_own()
    {
        var harness = new DraftingHarness("def f(model, top_k=None):\n    \"\"\"Generate.\n\n    Args:\n        > Parameters that control the model\n\n        model (`str`):\n            The model.\n    \"\"\"\n", DocstringStyle.HuggingFace);

        Assert.Contains("            The model.\n        top_k (", harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("f"))));
    }

    [Theory]
    [InlineData("def f(x):\n    \"\"\"Doc.\"\"\"\n", "already has a docstring")]
    [InlineData("def f(x)\n    pass\n", "incomplete")]
    public void Drafting_refuses_with_a_reason(string source, string reason)
    {
        var harness = new DraftingHarness(source);

        var result = harness.Drafter.DraftDocstring(harness.Module.AllDefinitions().First());

        Assert.Empty(result.Edits);
        Assert.Contains(reason, result.Explanation);
    }

    [Theory]
    [InlineData("def f(x):\n")]
    [InlineData("def f(x):")]
    [InlineData("def f(x):\n\nvalue = 1\n")]
    public void A_header_without_a_body_gets_its_docstring_as_body(string source)
    {
        var harness = new DraftingHarness(source);
        Assert.NotEmpty(harness.Module.Problems);

        var after = harness.Apply(harness.Drafter.DraftDocstring(harness.Definition("f")));

        Assert.StartsWith("def f(x):\n    \"\"\"TODO: Summarise what f does.\n", after);
        Assert.Empty(PythonParser.Parse(after).Problems);
    }

    [Theory]
    [InlineData(AnalysisProfile.Contribution, false)]
    [InlineData(AnalysisProfile.Pydocstyle, true)]
    public void A_parameter_the_code_deprecates_is_drafted_only_where_its_gap_is_reported(AnalysisProfile profile, bool drafted)
    {
        var harness = new DraftingHarness("""
            import warnings


            def build(processing_class, tokenizer=None, extra=None):
                '''Build the template.

                Args:
                    processing_class: The processor.
                '''
                if tokenizer is not None:
                    warnings.warn("The `tokenizer` argument is deprecated and will be removed in 2.0.", FutureWarning)
                return processing_class, extra
            """, settings: new FileSettings { EnabledCodes = DraftingHarness.AllCodes, Profile = profile });

        var text = harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("build")));

        Assert.Contains("\n        extra", text);
        Assert.Equal(drafted, text.Contains("\n        tokenizer", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(AnalysisProfile.Contribution, false)]
    [InlineData(AnalysisProfile.Pydocstyle, true)]
    public void A_command_line_command_s_docstring_is_drafted_without_the_parameters_its_options_document(AnalysisProfile profile, bool listed)
    {
        // Its docstring is the command's --help text, printed above the options' own help.
        var harness = new DraftingHarness("""
            from typing import Annotated

            import typer

            app = typer.Typer()


            @app.command()
            def push(repo: Annotated[str, typer.Option(help="The repository.")], private: bool = False):
                pass
            """, settings: new FileSettings { EnabledCodes = DraftingHarness.AllCodes, Profile = profile });

        var text = harness.Apply(harness.Drafter.DraftDocstring(harness.Definition("push")));

        Assert.Contains("TODO: Summarise what push does.", text);
        Assert.Equal(listed, text.Contains("Args:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_def_indented_past_its_decorator_gets_a_docstring_its_own_body_keeps()
    {
        var harness = new DraftingHarness("class C:\n    @property\n            def device(self):\n        return self.model.device\n");

        var after = harness.Apply(harness.Drafter.DraftDocstring(harness.Definition("C.device")));

        Assert.Contains("            def device(self):\n                \"\"\"TODO: Summarise what device does.\"\"\"\n", after);
        var drafted = PythonParser.Parse(after).AllDefinitions().Single(d => d.QualifiedName == "C.device");
        Assert.NotNull(drafted.Docstring);
    }

    [Fact]
    public void No_quotes_are_written_after_a_triple_quoted_string_that_never_closes()
    {
        // Python reads the first function's docstring on to the next triple quotes: new ones below it would close it.
        var harness = new DraftingHarness("def f(x):\n    \"\"\"Doc.\n\n\ndef g(y):\n    return y\n");

        var result = harness.Drafter.DraftDocstring(harness.Definition("g"));

        Assert.Empty(result.Edits);
        Assert.Contains("the triple-quoted string opened on line 2 is never closed", result.Explanation);
        var open = harness.Source.IndexOf("\"\"\"", StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Drafter.DocumentFile(harness.Findings).Edits, edit => edit.Replace.Start > open);
    }

    [Fact]
    public void An_empty_docstring_is_drafted_in_place()
    {
        var harness = new DraftingHarness("def f(x):\n    ''\n    return x\n");

        var after = harness.Apply(harness.Drafter.DraftDocstring(harness.Definition("f")));

        Assert.Equal("def f(x):\n    '''TODO: Summarise what f does.\n\n    Args:\n        x: TODO: describe x.\n\n    Returns:\n        TODO: describe the return value.\n    '''\n    return x\n", after);
    }

    [Theory]
    // A description one level too shallow, prose at the head's indentation: the entry is documented, and left alone.
    [InlineData("    version : str\n    Version of the file format (see the schema).\n       Supported values: \"1.1\", \"1.2\".\n", false)]
    // The next line is another entry: the bare entry gets its description.
    [InlineData("    version : str\n    mode : str\n        How to open it.\n", true)]
    [InlineData("    version\n    mode : str\n        How to open it.\n", true)]
    public void A_bare_entry_followed_by_prose_at_its_own_indentation_keeps_its_misindented_description(string entries, bool described)
    {
        var source = $"def read(path, version, mode=None):\n    \"\"\"Read.\n\n    Parameters\n    ----------\n{entries}    \"\"\"\n";
        var harness = new DraftingHarness(source, DocstringStyle.NumPy);

        var after = harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("read")));

        // The neighbours write a type; nothing says path's, so its type slot is a placeholder too.
        Assert.Contains("    path : TODO\n        TODO: describe path.\n", after);
        Assert.Equal(described, after.Contains("TODO: describe version.", StringComparison.Ordinal));
        Assert.Equal(!described, after.Contains(entries, StringComparison.Ordinal));
    }

    [Fact]
    public void A_summary_only_docstring_in_single_quotes_gets_triple_quotes_for_its_new_section()
    {
        var harness = new DraftingHarness("def f(x, y):\n    'Add.'\n    return x + y\n", DocstringStyle.NumPy);

        var after = harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("f")));

        Assert.Equal("def f(x, y):\n    '''Add.\n\n    Parameters\n    ----------\n    x\n        TODO: describe x.\n    y\n        TODO: describe y.\n    '''\n    return x + y\n", after);
    }

    [Fact]
    public void A_class_on_one_line_becomes_a_block_with_a_blank_line_after_its_docstring()
    {
        var harness = new DraftingHarness("class Empty: pass\n");

        var after = harness.Apply(harness.Drafter.DraftDocstring(harness.Definition("Empty")));

        Assert.Equal("class Empty:\n    \"\"\"TODO: Summarise what Empty does.\"\"\"\n\n    pass\n", after);
    }

    [Theory]
    [InlineData("#!/usr/bin/env python\n# -*- coding: utf-8 -*-\n\nimport os\n", "#!/usr/bin/env python\n# -*- coding: utf-8 -*-\n\n\"\"\"TODO: Summarise what pkg.mod does.\"\"\"\n\nimport os\n")]
    [InlineData("", "\"\"\"TODO: Summarise what pkg.mod does.\"\"\"\n")]
    [InlineData("# Licence header", "# Licence header\n\"\"\"TODO: Summarise what pkg.mod does.\"\"\"\n")]
    [InlineData("import os\r\n", "\"\"\"TODO: Summarise what pkg.mod does.\"\"\"\r\n\r\nimport os\r\n")]
    public void A_module_docstring_goes_before_the_first_statement(string source, string expected)
    {
        var harness = new DraftingHarness(source);

        Assert.Equal(expected, harness.Apply(harness.Drafter.DraftModuleDocstring()));
    }

    [Fact]
    public void The_quotes_follow_the_option_else_the_files_docstrings()
    {
        const string source = "def a():\n    '''A.'''\n\n\ndef b():\n    '''B.'''\n\n\ndef c():\n    pass\n";

        Assert.Contains("'''TODO: Summarise what c does.'''", Draft(new DraftingHarness(source)));
        Assert.Contains("\"\"\"TODO: Summarise what c does.\"\"\"", Draft(new DraftingHarness(source, quote: "\"\"\"")));

        static string Draft(DraftingHarness harness) => harness.Apply(harness.Drafter.DraftDocstring(harness.Definition("c")));
    }

    [Fact]
    public void Parameter_options_decide_which_parameters_are_drafted()
    {
        const string source = "class C:\n    \"\"\"C.\"\"\"\n\n    def m(self, x, _hidden, *rest, **options):\n        pass\n";
        var plain = new DraftingHarness(source);
        var everything = new DraftingHarness(source, settings: new FileSettings
        {
            EnabledCodes = DraftingHarness.AllCodes,
            Parameters = new ParameterOptions(DocumentVarArgs: true, DocumentSelfAndCls: true, DocumentPrivate: true),
        });

        Assert.Contains("Args:\n            x: TODO: describe x.\n        \"\"\"\n", Draft(plain));
        Assert.Contains("self: TODO: describe self.\n            x: TODO: describe x.\n            _hidden: TODO: describe _hidden.\n            *rest: TODO: describe rest.\n            **options: TODO: describe options.\n", Draft(everything));

        static string Draft(DraftingHarness harness) => harness.Apply(harness.Drafter.DraftDocstring(harness.Definition("C.m")));
    }

    [Fact]
    public void With_ruff_semantics_D417_asks_for_positional_only_and_star_parameters_too()
    {
        var harness = new DraftingHarness("def f(a, /, b, *args):\n    \"\"\"Doc.\n\n    Args:\n        b: The b.\n    \"\"\"\n", settings: new FileSettings
        {
            EnabledCodes = DraftingHarness.AllCodes,
            Linter = DocstringLinter.Ruff,
        });

        var after = harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("f")));

        Assert.Contains("        a: TODO: describe a.\n        b: The b.\n        *args: TODO: describe args.\n", after);
        Assert.DoesNotContain(FileAnalyzer.Analyze(PythonParser.Parse(after), "pkg/mod.py", harness.Settings).Findings, f => f.Code == "D417");
    }

    [Fact]
    public void New_entries_are_laid_out_like_the_entries_beside_them_whatever_the_repository_style()
    {
        // A one-line Google list in a Hugging Face repository gets a one-line Google entry (no block, no *optional*).
        var oneLine = new DraftingHarness("def f(x, y=2):\n    \"\"\"Doc.\n\n    Args:\n        x: The x.\n    \"\"\"\n", DocstringStyle.HuggingFace);
        Assert.Contains("        x: The x.\n        y (optional): TODO: describe y. Defaults to 2.\n", oneLine.Apply(oneLine.Drafter.DocumentMissingParameters(oneLine.Definition("f"))));

        // A Hugging Face block list gets a block entry, its type in backticks and its default in the head.
        var block = new DraftingHarness("def f(x: int, y: int = 2):\n    \"\"\"Doc.\n\n    Args:\n        x (`int`):\n            The x.\n    \"\"\"\n", DocstringStyle.Google);
        Assert.Contains("        y (`int`, *optional*, defaults to 2):\n            TODO: describe y.\n", block.Apply(block.Drafter.DocumentMissingParameters(block.Definition("f"))));

        // Neighbours without types get none; neighbours saying "optional" without a default get no default.
        var untyped = new DraftingHarness("def f(x=1, y: int = 2):\n    \"\"\"Doc.\n\n    Args:\n        x (optional): The x.\n    \"\"\"\n", DocstringStyle.Google);
        Assert.Contains("        y (optional): TODO: describe y.\n", untyped.Apply(untyped.Drafter.DocumentMissingParameters(untyped.Definition("f"))));
    }

    [Theory]
    // accelerate's WandBTracker: what its **kwargs entry writes where a type stands is words, no notation for types;
    // the Hugging Face family's backticks stand.
    [InlineData("**kwargs (additional keyword arguments, *optional*)", "        run_name (`str`):\n")]
    // A plain entry without backticks beside it is the list's notation.
    [InlineData("other (str, *optional*)", "        run_name (str):\n")]
    public void A_starred_entry_s_words_where_a_type_stands_are_no_notation_for_types(string neighbourHead, string expected)
    {
        var signature = neighbourHead.StartsWith("**", StringComparison.Ordinal) ? "run_name: str, **kwargs" : "run_name: str, other=None";
        var harness = new DraftingHarness(
            $"class WandBTracker:\n    \"\"\"\n    A tracker.\n\n    Args:\n        {neighbourHead}:\n            Passed along.\n    \"\"\"\n\n    def __init__(self, {signature}):\n        self.run_name = run_name\n",
            DocstringStyle.HuggingFace);

        Assert.Contains(expected, harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("WandBTracker"))));
    }

    [Theory]
    // Neighbours of parameters with a default that say nothing of it: no "optional", no "Defaults to".
    [InlineData("def f(x, strict=None, y=2):\n    \"\"\"Doc.\n\n    Args:\n        x: The x.\n        strict: Whether to check strictly.\n    \"\"\"\n",
        "        strict: Whether to check strictly.\n        y: TODO: describe y.\n")]
    // One neighbour states its default: the list states defaults.
    [InlineData("def f(x, strict=None, y=2):\n    \"\"\"Doc.\n\n    Args:\n        x: The x.\n        strict (optional): Whether to check strictly. Defaults to None.\n    \"\"\"\n",
        "        y (optional): TODO: describe y. Defaults to 2.\n")]
    // Only required parameters beside it: the Google family's own way.
    [InlineData("def f(x, y=2):\n    \"\"\"Doc.\n\n    Args:\n        x: The x.\n    \"\"\"\n",
        "        y (optional): TODO: describe y. Defaults to 2.\n")]
    // No neighbour shows how a None default is written: it is left to "optional", a value is stated.
    [InlineData("def f(x, y=None):\n    \"\"\"Doc.\n\n    Args:\n        x: The x.\n    \"\"\"\n",
        "        y (optional): TODO: describe y.\n")]
    [InlineData("def f(x, y=3, z=None):\n    \"\"\"Doc.\n\n    Args:\n        x: The x.\n        y (optional): The y. Defaults to 3.\n    \"\"\"\n",
        "        z (optional): TODO: describe z.\n")]
    // Neighbours state real values but leave None to "optional": a None default is not stated, a value is.
    [InlineData("def f(x=None, y=3, z=None):\n    \"\"\"Doc.\n\n    Args:\n        x (optional): The x.\n        y (optional): The y. Defaults to 3.\n    \"\"\"\n",
        "        z (optional): TODO: describe z.\n")]
    [InlineData("def f(x=None, y=3, z=4):\n    \"\"\"Doc.\n\n    Args:\n        x (optional): The x.\n        y (optional): The y. Defaults to 3.\n    \"\"\"\n",
        "        z (optional): TODO: describe z. Defaults to 4.\n")]
    // A neighbour that says what its None means in words does not write "Defaults to None." either.
    [InlineData("def f(x=None, y=3, z=None):\n    \"\"\"Doc.\n\n    Args:\n        x (optional): The x. Defaults to the saved one.\n        y (optional): The y. Defaults to 3.\n    \"\"\"\n",
        "        z (optional): TODO: describe z.\n")]
    // A neighbour that states its None default: so does the new entry.
    [InlineData("def f(x=None, y=3, z=None):\n    \"\"\"Doc.\n\n    Args:\n        x (optional): The x. Defaults to None.\n        y (optional): The y. Defaults to 3.\n    \"\"\"\n",
        "        z (optional): TODO: describe z. Defaults to None.\n")]
    public void A_new_entry_states_its_default_only_when_the_entries_of_other_defaulted_parameters_do(string source, string expected)
    {
        var harness = new DraftingHarness(source, DocstringStyle.Google);

        Assert.Contains(expected, harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("f"))));
    }

    [Theory]
    // A neighbour states its default: so does the new field.
    [InlineData("def f(x, y=3, z=4):\n    \"\"\"Doc.\n\n    :param x: The x.\n    :param y: The y. Defaults to 3.\n    \"\"\"\n",
        "    :param z: TODO: describe z. Defaults to 4.\n")]
    // The neighbour of a defaulted parameter says nothing of it: neither does the new field.
    [InlineData("def f(x, y=3, z=4):\n    \"\"\"Doc.\n\n    :param x: The x.\n    :param y: The y.\n    \"\"\"\n",
        "    :param z: TODO: describe z.\n")]
    public void A_new_sphinx_field_states_its_default_only_when_the_fields_of_other_defaulted_parameters_do(string source, string expected)
    {
        var harness = new DraftingHarness(source, DocstringStyle.Sphinx);

        Assert.Contains(expected, harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("f"))));
    }

    [Theory]
    // ":type" fields after the ":param" fields: so the new one.
    [InlineData(":param str key: The key.\n    :param int size: The size.\n", ":param str key: The key.\n    :param int size: The size.\n    :param bool strict: TODO: describe strict.\n")]
    [InlineData(":type key: str\n    :param key: The key.\n    :type size: int\n    :param size: The size.\n", ":param size: The size.\n    :type strict: bool\n    :param strict: TODO: describe strict.\n")]
    [InlineData(":param key: The key.\n    :type key: str\n    :param size: The size.\n    :type size: int\n", ":type size: int\n    :param strict: TODO: describe strict.\n    :type strict: bool\n")]
    // Fields without types (the annotations say them): none for the new one either.
    [InlineData(":param key: The key.\n    :param size: The size.\n", ":param size: The size.\n    :param strict: TODO: describe strict.\n    \"\"\"")]
    // Descriptions on the lines below the fields (moto's rds/utils.py): the new one's too.
    [InlineData(":param str key:\n        The key.\n    :param int size:\n        The size.\n", ":param int size:\n        The size.\n    :param bool strict:\n        TODO: describe strict.\n    \"\"\"")]
    public void A_new_sphinx_field_writes_its_type_where_and_as_its_neighbours_do(string fields, string expected)
    {
        var harness = new DraftingHarness($"def get(key: str, size: int, strict: bool):\n    \"\"\"Look up.\n\n    {fields}    \"\"\"\n", DocstringStyle.Sphinx);

        Assert.Contains(expected, harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("get"))));
    }

    [Theory]
    // torch's loss classes write one retiring text for size_average: three word for word are the family's wording.
    [InlineData(3, "        size_average (bool, optional): Deprecated (see :attr:`reduction`).\n            Ignored when reduce is False.\n")]
    // One or two are those functions' own: "deprecated" would say of this one what its code may not do.
    [InlineData(2, "        size_average (TODO, optional): TODO: describe size_average.\n")]
    public void An_entry_that_retires_its_parameter_is_reused_only_as_the_family_s_standard_wording(int writers, string expected)
    {
        var losses = string.Concat(Enumerable.Range(0, writers).Select(i => $"class Loss{i}:\n    \"\"\"A loss.\n\n    Args:\n        size_average (bool, optional): Deprecated (see :attr:`reduction`).\n            Ignored when reduce is False.\n    \"\"\"\n\n    def __init__(self, size_average=None):\n        self.size_average = size_average\n\n\n"));
        var harness = new DraftingHarness(losses + "class BCELoss:\n    \"\"\"A loss.\n\n    Args:\n        weight (Tensor, optional): The weight.\n    \"\"\"\n\n    def __init__(self, weight=None, size_average=None):\n        self.weight = weight\n", DocstringStyle.Google);

        Assert.Contains(expected, harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("BCELoss"))));
    }

    [Theory]
    // skorch states defaults in brackets after the type, strings in single quotes: the new entry too.
    [InlineData("    key : str (default='a')\n        The key.\n    size : int (default=3)\n        The size.\n", "    mode : str (default='r')\n")]
    // numpydoc's ", default=" stays, and so do the neighbours' double quotes.
    [InlineData("    key : str, default=\"a\"\n        The key.\n    size : int, default=3\n        The size.\n", "    mode : str, default=\"r\"\n")]
    public void A_new_numpy_entry_states_its_default_as_the_neighbours_do(string entries, string expected)
    {
        var harness = new DraftingHarness($"def get(key='a', size=3, mode=\"r\"):\n    \"\"\"Look up.\n\n    Parameters\n    ----------\n{entries}    \"\"\"\n", DocstringStyle.NumPy);

        Assert.Contains(expected, harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("get"))));
    }

    [Theory]
    // optuna's file: descriptions below the names, nothing typed or marked optional. Its Google repository keeps
    // Google's traits; a Hugging Face one writes its own.
    [InlineData(DocstringStyle.Google, "        log (optional):\n            TODO: describe log. Defaults to False.\n")]
    [InlineData(DocstringStyle.HuggingFace, "        log (*optional*, defaults to `False`):\n            TODO: describe log.\n")]
    public void A_new_docstring_takes_the_traits_its_file_does_not_show_from_the_repository_s_style(DocstringStyle style, string expected)
    {
        var others = string.Concat(Enumerable.Range(0, 2).Select(i => $"def other{i}(study, comm):\n    \"\"\"Run.\n\n    Args:\n        study:\n            The study.\n        comm:\n            The communicator.\n    \"\"\"\n\n\n"));
        var harness = new DraftingHarness(others + "def suggest(name, log=False):\n    return name\n", style);

        Assert.Contains(expected, harness.Apply(harness.Drafter.DraftDocstring(harness.Definition("suggest"))));
    }

    [Theory]
    // optuna writes every description below its name: "params:" too, which no tool reads as a header.
    [InlineData("params", "        params:\n            TODO: describe params.\n")]
    // A lone "args:" line would be Napoleon's and pydocstyle's "Args:" header: the description stays on its line.
    [InlineData("args", "        args: TODO: describe args.\n")]
    public void A_new_google_entry_writes_its_description_below_its_name_as_the_neighbours_do_unless_a_tool_reads_a_header(string name, string expected)
    {
        var harness = new DraftingHarness($"def plot(study, {name}, target):\n    \"\"\"Plot.\n\n    Args:\n        study:\n            The study.\n        target:\n            The target.\n    \"\"\"\n", DocstringStyle.Google);

        Assert.Contains(expected, harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("plot"))));
    }

    [Theory]
    // The file's fields give the type before the ":param" field, in it, or not at all: a new docstring's fields do the same.
    [InlineData(":type key: str\n    :param key: The key.\n", "    :type path: str\n    :param path: TODO: describe path.\n")]
    [InlineData(":param str key: The key.\n", "    :param str path: TODO: describe path.\n")]
    [InlineData(":param key: The key.\n", "    :param path: TODO: describe path.\n    :returns:")]
    public void A_docstring_without_fields_gets_them_typed_as_the_file_s_other_fields(string fields, string expected)
    {
        var others = string.Concat(Enumerable.Range(0, 2).Select(i => $"def other{i}(key):\n    \"\"\"Look up.\n\n    {fields}    \"\"\"\n\n\n"));
        var harness = new DraftingHarness(others + "def load(path: str):\n    return path\n", DocstringStyle.Sphinx);

        Assert.Contains(expected, harness.Apply(harness.Drafter.DraftDocstring(harness.Definition("load"))));
    }

    [Fact]
    public void A_docstring_without_fields_types_them_where_the_file_s_fields_type_what_the_signature_gives()
    {
        var others = string.Concat(Enumerable.Range(0, 2).Select(i => $"def other{i}(key, size=3):\n    \"\"\"Look up.\n\n    :param key: The key.\n    :param int size: The size.\n    \"\"\"\n\n\n"));
        var harness = new DraftingHarness(others + "def load(path, mode=\"r\"):\n    return path\n", DocstringStyle.Sphinx);

        Assert.Contains("    :param path: TODO: describe path.\n    :param str mode: TODO: describe mode.\n", harness.Apply(harness.Drafter.DraftDocstring(harness.Definition("load"))));
    }

    [Fact]
    public void An_inline_sphinx_type_with_spaces_goes_to_a_type_field_since_sphinx_reads_it_up_to_the_first_space()
    {
        var harness = new DraftingHarness("def get(key: str, size: int, keys: \"list of str\"):\n    \"\"\"Look up.\n\n    :param str key: The key.\n    :param int size: The size.\n    \"\"\"\n", DocstringStyle.Sphinx);

        Assert.Contains(":param keys: TODO: describe keys.\n    :type keys: list of str\n", harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("get"))));
    }

    [Theory]
    // sortedcontainers types a field where the signature gives the type (`index=-1`: ":param int index:") and leaves
    // those of untyped parameters bare: so the new ones, with no placeholder type where nothing states one...
    [InlineData(
        "def pop(value, other, index=-1, key=None, reverse=False):\n    \"\"\"Remove.\n\n    :param value: The value.\n    :param other: The other.\n    :param int index: The index.\n    \"\"\"\n",
        "    :param key: TODO: describe key.\n    :param bool reverse: TODO: describe reverse.\n")]
    // ...and s3transfer the other way round: its unannotated parameters' fields are typed, a flag's (`override=False`) not.
    [InlineData(
        "def pop(executor, override=False, task=None, block=True):\n    \"\"\"Submit.\n\n    :type executor: Executor\n    :param executor: The executor.\n    :param override: Whether to override.\n    \"\"\"\n",
        "    :type task: TODO, optional\n    :param task: TODO: describe task.\n    :param block: TODO: describe block.\n    \"\"\"")]
    public void A_new_entry_is_typed_as_the_neighbours_whose_signature_gives_a_type_as_much_as_its_own_are(string source, string expected)
    {
        var harness = new DraftingHarness(source, DocstringStyle.Sphinx);

        Assert.Contains(expected, harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("pop"))));
    }

    [Theory]
    // A list without backticks writes a borrowed type without its code backticks...
    [InlineData("`Poly`", "        poly (Poly): The polynomial to divide.\n")]
    // ...but a reST role is a cross-reference: taken apart it would no longer be one.
    [InlineData(":class:`~.Poly`", "        poly (:class:`~.Poly`): The polynomial to divide.\n")]
    public void A_borrowed_type_loses_only_the_code_backticks_a_list_does_not_write(string type, string expected)
    {
        var harness = new DraftingHarness($"def a(poly):\n    \"\"\"Do.\n\n    Args:\n        poly ({type}): The polynomial to divide.\n    \"\"\"\n\n\ndef b(n: int, poly):\n    \"\"\"Do.\n\n    Args:\n        n (int): The count.\n    \"\"\"\n");

        Assert.Contains(expected, harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("b"))));
    }

    [Theory]
    // transformers' older configurations write every type in Sphinx's generic role, builtins too: so does a new entry...
    [InlineData(":obj:`int`", "`float`", "dropout=None", "        dropout (:obj:`float`, `optional`):\n")]
    [InlineData(":obj:`int`", null, "dropout: float = 0.1", "        dropout (:obj:`float`, `optional`, defaults to 0.1):\n")]
    // A default that is no number is written in the role as well ("defaults to :obj:`False`"), a number bare.
    [InlineData(":obj:`int`", null, "tie: bool = False", "        tie (:obj:`bool`, `optional`, defaults to :obj:`False`):\n")]
    // ...and a list writing code does not take the role from a borrowed type (GPT2Config beside BertConfig's entries).
    [InlineData("`int`", ":obj:`float`", "dropout=None", "        dropout (`float`, `optional`):\n")]
    public void A_new_entry_writes_its_type_in_the_role_its_neighbours_write_theirs(string neighbourType, string? borrowedType, string parameter, string expected)
    {
        // The other configuration is another file's: a type borrowed from it is written as that file writes it.
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/other.py", PythonParser.Parse(borrowedType is null ? "" : $"""
            class OtherConfig:
                '''
                Args:
                    dropout ({borrowedType}, `optional`):
                        The dropout ratio.
                '''

                def __init__(self, dropout=None):
                    self.dropout = dropout
            """));
        var harness = new DraftingHarness($"""
            class BertConfig:
                '''
                Args:
                    hidden_size ({neighbourType}, `optional`, defaults to 768):
                        Dimensionality of the encoder layers.
                    num_layers ({neighbourType}, `optional`, defaults to 12):
                        Number of hidden layers.
                '''

                def __init__(self, hidden_size=768, num_layers=12, {parameter}):
                    self.hidden_size = hidden_size
            """, DocstringStyle.HuggingFace, index: index);

        Assert.Contains(expected, harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("BertConfig"))));
    }

    [Theory]
    // Two docstrings of the file write untyped entries and leave defaults unsaid: a new docstring does too.
    [InlineData(2, "        path: TODO: describe path.\n        mode: TODO: describe mode.\n")]
    // One docstring is one author's choice: the style's own layout.
    [InlineData(1, "        path (str): TODO: describe path.\n        mode (str, optional): TODO: describe mode. Defaults to \"r\".\n")]
    public void A_docstring_without_entries_gets_them_laid_out_like_the_file_s_other_entries(int documented, string expected)
    {
        var others = string.Concat(Enumerable.Range(0, documented).Select(i =>
            $"def other{i}(key, default=0):\n    \"\"\"Look up.\n\n    Args:\n        key: The key.\n        default: What else.\n    \"\"\"\n\n\n"));
        var harness = new DraftingHarness(others + "def load(path: str, mode: str = \"r\"):\n    return path, mode\n", DocstringStyle.Google);

        Assert.Contains(expected, harness.Apply(harness.Drafter.DraftDocstring(harness.Definition("load"))));
    }

    [Theory]
    // attrs writes a lone entry on its head's line and longer lists' descriptions below: a list of one takes the
    // habit of the file's docstrings of one entry...
    [InlineData("has", "def has(cls: type):\n    return cls\n", "        cls (type): Class to introspect.\n")]
    // ...a longer one the habit of all its entries.
    [InlineData("evolve", "def evolve(inst: object, changes: dict):\n    return inst\n", "        inst (object):\n            TODO: describe inst.\n")]
    // A docstring with no entry yet gets its first one so too.
    [InlineData("has", "def has(cls: type):\n    \"\"\"Check whether *cls* is a class with *attrs* attributes.\"\"\"\n", "        cls (type): Class to introspect.\n")]
    public void A_list_of_one_entry_is_laid_out_like_the_file_s_docstrings_of_one_entry(string name, string definition, string expected)
    {
        var harness = new DraftingHarness($"""
            def fields(cls):
                '''
                Return the fields.

                Args:
                    cls (type): Class to introspect.
                '''


            def fields_dict(cls):
                '''
                Return the fields as a dict.

                Args:
                    cls (type): Class to introspect.
                '''


            def define(maybe_cls, these, repr, eq, order):
                '''
                Define a class.

                Args:
                    maybe_cls (type):
                        The class.
                    these (dict):
                        The attributes.
                    repr (bool):
                        Whether to write a repr.
                    eq (bool):
                        Whether to compare.
                    order (bool):
                        Whether to order.
                '''


            """ + definition);

        var target = harness.Definition(name);
        var after = harness.Apply(target.Docstring is null ? harness.Drafter.DraftDocstring(target) : harness.Drafter.DocumentMissingParameters(target));
        Assert.Contains(expected, after[after.IndexOf($"def {name}(", StringComparison.Ordinal)..]);
    }

    [Theory]
    // numpydoc's own way beside neighbours that show nothing of defaults.
    [InlineData("    key : str\n        The key.\n", "    default : int, default=0\n        TODO: describe default.\n")]
    // Neighbours with defaults that state none: neither does a new entry.
    [InlineData("    key : str\n        The key.\n    strict : bool\n        Whether to check.\n", "    default : int\n        TODO: describe default.\n")]
    // Untyped neighbours: no type either.
    [InlineData("    key\n        The key.\n    strict\n        Whether to check.\n", "    default\n        TODO: describe default.\n")]
    public void A_new_numpy_entry_states_a_type_and_a_default_only_as_its_neighbours_do(string entries, string expected)
    {
        var harness = new DraftingHarness($"def get(key: str, strict: bool = True, default: int = 0):\n    \"\"\"Look up.\n\n    Parameters\n    ----------\n{entries}    \"\"\"\n", DocstringStyle.NumPy);

        Assert.Contains(expected, harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("get"))));
    }

    [Fact]
    public void An_entry_for_several_parameters_documents_each_so_only_the_missing_one_is_added()
    {
        var harness = new DraftingHarness("def f(pixel_mean: float, pixel_std: float, vae=None):\n    \"\"\"Doc.\n\n    Args:\n        pixel_mean (`float`), pixel_std (`float`):\n            Normalisation of the pixels.\n    \"\"\"\n", DocstringStyle.HuggingFace);

        var after = harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("f")));

        Assert.Equal(1, after.Split("pixel_std").Length - 2);
        // The neighbours write a type; nothing says vae's, so its type slot is a placeholder too.
        Assert.Contains("            Normalisation of the pixels.\n        vae (`TODO`, *optional*):\n            TODO: describe vae.\n", after);
    }

    [Fact]
    public void An_annotation_spanning_lines_in_parentheses_is_typed_without_them()
    {
        // trl's GOLDTrainer: `processing_class: (\n A | B | None\n) = None`.
        var harness = new DraftingHarness("def f(processing_class: (\n    Tokenizer | Processor | None\n) = None, x: int = 1):\n    \"\"\"Doc.\n\n    Args:\n        x (`int`, *optional*):\n            The x.\n    \"\"\"\n", DocstringStyle.HuggingFace);

        var after = harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("f")));

        Assert.Contains("        processing_class (`Tokenizer | Processor`, *optional*):\n", after);
    }

    [Fact]
    public void Update_to_signature_carries_a_renamed_parameter_s_description_to_its_new_name_and_says_so()
    {
        var harness = new DraftingHarness("def fetch(url, retries=3):\n    \"\"\"Download.\n\n    Args:\n        url: The address.\n        attempts (int): How often to try. Defaults to 3.\n    \"\"\"\n");

        var result = harness.Drafter.UpdateToSignature(harness.Definition("fetch"));

        Assert.Equal("def fetch(url, retries=3):\n    \"\"\"Download.\n\n    Args:\n        url: The address.\n        retries (int): How often to try. Defaults to 3.\n    \"\"\"\n", harness.Apply(result));
        Assert.Equal(["renamed the entry of attempts to retries: same place in the signature, compatible type and default"], result.Notes);
        Assert.Single(result.Edits);
    }

    [Fact]
    public void Adding_missing_entries_carries_an_entry_the_diff_renames_over_and_nothing_by_position()
    {
        const string body = "    \"\"\"Download.\n\n    Args:\n        url: The address.\n        attempts (int): How often to try.\n    \"\"\"\n";
        var committed = new CommittedText("pkg/mod.py", "def fetch(url, attempts=3):\n" + body + "\n\ndef fetch_all(urls, attempts=3):\n" + body.Replace("url:", "urls:"));
        var source = "def fetch(url, tries=3):\n" + body + "\n\ndef fetch_all(urls, retries=3):\n" + body.Replace("url:", "urls:");
        var harness = new DraftingHarness(source, committed: committed);

        var single = harness.Drafter.DocumentMissingParameters(harness.Definition("fetch"));
        var file = harness.Drafter.DocumentFile(harness.Findings);

        Assert.Contains("        tries (int): How often to try.\n", harness.Apply(single));
        var after = harness.Apply(file);
        Assert.Contains("def fetch(url, tries=3):\n    \"\"\"Download.\n\n    Args:\n        url: The address.\n        tries (int): How often to try.\n", after);
        Assert.Contains("def fetch_all(urls, retries=3):\n    \"\"\"Download.\n\n    Args:\n        urls: The address.\n        retries (int): How often to try.\n", after);
        Assert.Equal(2, file.Notes.Count);
        // Without the diff, a compatible entry at the same place is for update-to-signature to rename, not for this fix.
        var unrelated = new DraftingHarness(source);
        Assert.Contains("        tries (int, optional): TODO: describe tries. Defaults to 3.\n        attempts (int): How often to try.\n", unrelated.Apply(unrelated.Drafter.DocumentMissingParameters(unrelated.Definition("fetch"))));
    }

    [Fact]
    public void A_rename_in_the_diff_pairs_the_nth_definition_of_an_overloaded_name_with_the_nth()
    {
        const string stubs = "@overload\ndef fetch(url: str) -> str: ...\n\n\n@overload\ndef fetch(url: bytes, attempts: int = 3, **kwargs) -> str: ...\n\n\n";
        const string body = "    \"\"\"Download.\n\n    Args:\n        url: The address.\n        attempts (int): How often to try.\n    \"\"\"\n";
        var committed = new CommittedText("pkg/mod.py", stubs + "def fetch(url, attempts=3, **kwargs):\n" + body);
        var harness = new DraftingHarness(stubs + "def fetch(url, retries=3, **kwargs):\n" + body, committed: committed);

        var result = harness.Drafter.UpdateToSignature(harness.Module.AllDefinitions().Last());

        Assert.Contains("        retries (int): How often to try.\n", harness.Apply(result));
        Assert.Single(result.Notes);
    }

    [Theory]
    [InlineData("def fetch(url, attempts: int = 3, **kwargs):\n", "def fetch(url, retries: str = 'x', **kwargs):\n", true)]
    [InlineData("def fetch(url, attempts=3):\n", "def fetch(url, retries: str = 'x'):\n", true)]
    [InlineData("def fetch(url, attempts=3, **kwargs):\n", "def fetch(url, timeout=1, retries=3, **kwargs):\n", false)]
    [InlineData("def other(url, attempts=3, **kwargs):\n", "def fetch(url, retries=3, **kwargs):\n", false)]
    public void Update_to_signature_follows_a_rename_in_the_working_tree_s_diff(string committed, string header, bool renamed)
    {
        const string body = "    \"\"\"Download.\n\n    Args:\n        url: The address.\n        attempts (int): How often to try.\n    \"\"\"\n";
        var harness = new DraftingHarness(header + body, committed: new CommittedText("pkg/mod.py", committed + body));

        var result = harness.Drafter.UpdateToSignature(harness.Definition("fetch"));

        var after = harness.Apply(result);
        Assert.Equal(renamed, after.Contains("        retries (int): How often to try.\n", StringComparison.Ordinal));
        Assert.Equal(!renamed, after.Contains("        attempts (int): How often to try.\n", StringComparison.Ordinal));
        Assert.Equal(
            renamed ? ["renamed the entry of attempts to retries: the working tree's diff renames the parameter (the last commit has attempts where the signature now has retries)"] : [],
            result.Notes);
    }

    [Fact]
    public void A_rename_in_the_diff_carries_the_class_docstring_s_entry_of_a_constructor_parameter()
    {
        // trl's trainers show their use above "Args:": a doctest before the section ends no list.
        const string doc = "    \"\"\"Downloads.\n\n    >>> Fetcher(\"x\").run()\n\n    Args:\n        url (`str`):\n            The address.\n        attempts (`int`, *optional*, defaults to 3):\n            How often to try.\n    \"\"\"\n\n";
        const string committed = "class Fetcher:\n" + doc + "    def __init__(self, url: str, attempts: int = 3):\n        self.url = url\n";
        var harness = new DraftingHarness(committed.Replace("attempts: int", "retries: int", StringComparison.Ordinal), DocstringStyle.HuggingFace, committed: new CommittedText("pkg/mod.py", committed));
        var cd402 = harness.Findings.Single(f => f.Code == "CD402");

        var result = harness.Drafter.Fix(cd402);

        Assert.Contains("        retries (`int`, *optional*, defaults to 3):\n            How often to try.\n    \"\"\"", harness.Apply(result));
        Assert.Single(result.Notes);
    }

    [Theory]
    // A documented parameter that is not expected (private) moves nothing.
    [InlineData("def fetch(_pool=None, *, url=None, retries=3):\n", "_pool: The pool.\n        url: The address.\n        attempts (int): How often to try. Defaults to 3.")]
    // Nor does one never documented: of the two new parameters after url, one has the entry's type and default.
    [InlineData("def fetch(url, timeout=1, retries=3):\n", "url: The address.\n        attempts (int): How often to try. Defaults to 3.")]
    public void A_renamed_parameter_is_found_between_the_same_documented_neighbours(string header, string entries)
    {
        var harness = new DraftingHarness(header + "    \"\"\"Download.\n\n    Args:\n        " + entries + "\n    \"\"\"\n");

        var result = harness.Drafter.UpdateToSignature(harness.Definition("fetch"));

        Assert.Contains("        retries (int): How often to try. Defaults to 3.\n", harness.Apply(result));
        Assert.Equal(["renamed the entry of attempts to retries: same place in the signature, compatible type and default"], result.Notes);
    }

    [Theory]
    [InlineData("def fetch(url, retries: str = 'x'):\n", "attempts (int): How often to try.")]
    [InlineData("def fetch(url, retries=5):\n", "attempts (int): How often to try. Defaults to 3.")]
    [InlineData("def fetch(url, timeout=1, retries=3):\n", "attempts (int): How often to try.\n        timeout: Seconds.")]
    // Two new parameters, one stale entry: symbols stands where attempts did, but nothing it states says it is the one
    // (sympy's encipher_shift documents key before msg).
    [InlineData("def fetch(link, url, symbols=None):\n", "attempts (int): How often to try.")]
    public void An_entry_that_does_not_match_the_new_parameter_is_marked_not_renamed(string header, string entries)
    {
        var harness = new DraftingHarness(header + "    \"\"\"Download.\n\n    Args:\n        url: The address.\n        " + entries + "\n    \"\"\"\n");

        var result = harness.Drafter.UpdateToSignature(harness.Definition("fetch"));

        Assert.Contains("TODO: attempts is not in the signature", harness.Apply(result));
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void A_new_docstring_starts_its_summary_where_most_of_the_repository_s_docstrings_do()
    {
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/a.py", PythonParser.Parse("def a(x):\n    \"\"\"\n    Do a.\n\n    Args:\n        x: The x.\n    \"\"\"\n\n\ndef b():\n    \"\"\"\n    Do b.\n\n    More.\n    \"\"\"\n"));
        var secondLine = new DraftingHarness("def f(x):\n    return x\n", index: index);
        var firstLine = new DraftingHarness("def f(x):\n    return x\n");

        Assert.StartsWith("def f(x):\n    \"\"\"\n    TODO: Summarise what f does.\n\n    Args:\n", secondLine.Apply(secondLine.Drafter.DraftDocstring(secondLine.Definition("f"))));
        Assert.StartsWith("def f(x):\n    \"\"\"TODO: Summarise what f does.\n", firstLine.Apply(firstLine.Drafter.DraftDocstring(firstLine.Definition("f"))));
    }

    [Theory]
    // Twenty entries without a type (pydantic's "x: Text." beside annotations): a file with no habit of its own follows them.
    [InlineData(20, 0, false, "def f(width: int = 3):\n    \"\"\"TODO: Summarise what f does.\n\n    Args:\n        width (optional): TODO: describe width. Defaults to 3.\n")]
    // Too few to be a habit, or not two in three: the style's own layout.
    [InlineData(19, 0, false, "def f(width: int = 3):\n    \"\"\"TODO: Summarise what f does.\n\n    Args:\n        width (int, optional): TODO: describe width. Defaults to 3.\n")]
    [InlineData(20, 11, false, "def f(width: int = 3):\n    \"\"\"TODO: Summarise what f does.\n\n    Args:\n        width (int, optional): TODO: describe width. Defaults to 3.\n")]
    // Two documented docstrings in the file make its own habit, which the workspace does not override.
    [InlineData(20, 0, true, "def f(width: int = 3):\n    \"\"\"TODO: Summarise what f does.\n\n    Args:\n        width (int, optional): TODO: describe width. Defaults to 3.\n")]
    public void Entries_leave_the_type_out_where_the_workspace_s_entries_do(int untyped, int typed, bool fileHabit, string expected)
    {
        var index = new ParameterDescriptionIndex();
        var entries = string.Concat(Enumerable.Range(0, untyped).Select(i => $"        u{i}: Text.\n")) + string.Concat(Enumerable.Range(0, typed).Select(i => $"        t{i} (int): Text.\n"));
        var parameters = string.Join(", ", Enumerable.Range(0, untyped).Select(i => $"u{i}").Concat(Enumerable.Range(0, typed).Select(i => $"t{i}")));
        index.Add("pkg/other.py", PythonParser.Parse($"def g({parameters}):\n    \"\"\"Do g.\n\n    Args:\n{entries}    \"\"\"\n"));
        var own = fileHabit ? "\n\ndef h(a: int, b: int):\n    \"\"\"Do h.\n\n    Args:\n        a (int): The a.\n    \"\"\"\n\n\ndef k(a: int):\n    \"\"\"Do k.\n\n    Args:\n        a (int): The a.\n    \"\"\"\n" : "";
        var harness = new DraftingHarness("def f(width: int = 3):\n    return width\n" + own, index: index);

        Assert.StartsWith(expected, harness.Apply(harness.Drafter.DraftDocstring(harness.Definition("f"))));
    }

    [Theory]
    // accelerate, transformers, trl: the repository writes a union in words, so an annotation's is written so.
    [InlineData(10, 0, "        path (`str` or `os.PathLike`, *optional*):\n")]
    [InlineData(10, 5, "        path (`str` or `os.PathLike`, *optional*):\n")]
    // peft writes them as code, and too few say anything: the annotation as written.
    [InlineData(10, 6, "        path (`Union[str, os.PathLike]`, *optional*):\n")]
    [InlineData(9, 0, "        path (`Union[str, os.PathLike]`, *optional*):\n")]
    public void A_union_is_written_in_words_where_the_repository_writes_unions_so(int inWords, int asCode, string expected)
    {
        var index = new ParameterDescriptionIndex();
        var entries = string.Concat(Enumerable.Range(0, inWords).Select(i => $"        w{i} (`int` or `str`):\n            Text.\n"))
            + string.Concat(Enumerable.Range(0, asCode).Select(i => $"        c{i} (`Union[int, str]`):\n            Text.\n"));
        var parameters = string.Join(", ", Enumerable.Range(0, inWords).Select(i => $"w{i}").Concat(Enumerable.Range(0, asCode).Select(i => $"c{i}")));
        index.Add("pkg/other.py", PythonParser.Parse($"def g({parameters}):\n    \"\"\"\n    Do g.\n\n    Args:\n{entries}    \"\"\"\n"));
        var harness = new DraftingHarness("def f(path: Union[str, os.PathLike] = None):\n    return path\n", DocstringStyle.HuggingFace, index: index);

        Assert.Contains(expected, harness.Apply(harness.Drafter.DraftDocstring(harness.Definition("f"))));
    }

    [Theory]
    // trl: entries link transformers' classes for the doc builder; a draft's type from the annotation links them too.
    [InlineData(2, 1, "        model ([`~transformers.PreTrainedModel`] or `str`):\n")]
    // peft writes `nn.Module` plain whatever a few entries link: plain stays.
    [InlineData(1, 2, "        model (`PreTrainedModel` or `str`):\n")]
    [InlineData(0, 0, "        model (`PreTrainedModel` or `str`):\n")]
    public void A_class_in_a_drafted_type_is_written_as_the_link_the_repository_writes_for_it(int linked, int plain, string expected)
    {
        var index = new ParameterDescriptionIndex();
        var entries = string.Concat(Enumerable.Range(0, 10).Select(i => $"        w{i} (`int` or `str`):\n            Text.\n"))
            + string.Concat(Enumerable.Range(0, linked).Select(i => $"        l{i} ([`~transformers.PreTrainedModel`]):\n            Text.\n"))
            + string.Concat(Enumerable.Range(0, plain).Select(i => $"        p{i} (`PreTrainedModel`):\n            Text.\n"));
        var parameters = string.Join(", ", Enumerable.Range(0, 10).Select(i => $"w{i}").Concat(Enumerable.Range(0, linked).Select(i => $"l{i}")).Concat(Enumerable.Range(0, plain).Select(i => $"p{i}")));
        index.Add("pkg/other.py", PythonParser.Parse($"def g({parameters}):\n    \"\"\"\n    Do g.\n\n    Args:\n{entries}    \"\"\"\n"));
        var harness = new DraftingHarness("def f(model: Union[PreTrainedModel, str]):\n    return model\n", DocstringStyle.HuggingFace, index: index);

        Assert.Contains(expected, harness.Apply(harness.Drafter.DraftDocstring(harness.Definition("f"))));
    }

    [Theory]
    // accelerate's accelerator.py links the classes it imports from .utils: a new entry links its own class so too...
    [InlineData("from .utils import DeepSpeedPlugin, DistributedType, FsdpPlugin, RNGType\n", "        fsdp_plugin ([`~utils.FsdpPlugin`], *optional*):\n")]
    // ...as most of those links do (DistributedType, re-exported, links to its home module), two at least.
    [InlineData("from .utils import DeepSpeedPlugin, DistributedType, FsdpPlugin\nfrom .rng import RNGType\n", "        fsdp_plugin (`FsdpPlugin`, *optional*):\n")]
    [InlineData("from .utils import DeepSpeedPlugin, FsdpPlugin\nfrom .rng import RNGType\n", "        fsdp_plugin (`FsdpPlugin`, *optional*):\n")]
    // A class imported from another module than the linked ones stays plain.
    [InlineData("from .utils import DeepSpeedPlugin, DistributedType, RNGType\nfrom .plugins import FsdpPlugin\n", "        fsdp_plugin (`FsdpPlugin`, *optional*):\n")]
    public void A_class_no_entry_links_yet_is_linked_as_the_entries_link_the_classes_imported_beside_it(string imports, string expected)
    {
        var source = imports + """

            class Accelerator:
                '''
                Prepares objects.

                Args:
                    deepspeed_plugin ([`~utils.DeepSpeedPlugin`], *optional*):
                        Tweak DeepSpeed.
                    rng_types (list of [`~utils.RNGType`], *optional*):
                        The generators to synchronise.
                    distributed_type ([`~state.DistributedType`], *optional*):
                        The kind of distributed setup.
                '''

                def __init__(self, deepspeed_plugin=None, rng_types=None, distributed_type=None, fsdp_plugin: FsdpPlugin | None = None):
                    self.fsdp_plugin = fsdp_plugin
            """;
        var harness = new DraftingHarness(source, DocstringStyle.HuggingFace);

        Assert.Contains(expected, harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("Accelerator"))));
    }

    [Fact]
    public void A_draft_made_while_the_workspace_is_being_indexed_says_it_used_partial_evidence()
    {
        var module = PythonParser.Parse("def f(x):\n    return x\n");
        var settings = new FileSettings { EnabledCodes = DraftingHarness.AllCodes };
        var indexing = new DocstringDrafter(module, "pkg/mod.py", settings, new DraftingOptions { EvidenceComplete = false });
        var indexed = new DocstringDrafter(module, "pkg/mod.py", settings, new DraftingOptions());

        var definition = module.AllDefinitions().Single();
        Assert.Equal([DocstringDrafter.PartialEvidenceNote], indexing.DraftDocstring(definition).Notes);
        Assert.Empty(indexed.DraftDocstring(definition).Notes);
    }

    [Fact]
    public void A_numpy_docstring_stays_numpy_in_a_google_repository()
    {
        var harness = new DraftingHarness("def f(x, y):\n    \"\"\"Doc.\n\n    Parameters\n    ----------\n    x : int\n        The x.\n    \"\"\"\n", DocstringStyle.Google);

        var after = harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("f")));

        Assert.Contains("    x : int\n        The x.\n    y : TODO\n        TODO: describe y.\n", after);
    }

    [Fact]
    public void A_numpy_list_without_backticks_gets_a_type_without_them_whatever_the_repository_s_notation()
    {
        // A Google repository writing unions in words ("`int` or `str`"): its NumPy docstring's new entry says it plainly.
        var index = new ParameterDescriptionIndex();
        var entries = string.Concat(Enumerable.Range(0, 10).Select(i => $"        w{i} (`int` or `str`): Text.\n"));
        index.Add("pkg/other.py", PythonParser.Parse($"def g({string.Join(", ", Enumerable.Range(0, 10).Select(i => $"w{i}"))}):\n    \"\"\"Do g.\n\n    Args:\n{entries}    \"\"\"\n"));
        var harness = new DraftingHarness("def f(x, path: Union[str, os.PathLike]):\n    \"\"\"Doc.\n\n    Parameters\n    ----------\n    x : int\n        The x.\n    \"\"\"\n", DocstringStyle.Google, index: index);

        var after = harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("f")));

        Assert.Contains("    x : int\n        The x.\n    path : str or os.PathLike\n", after);
    }

    [Fact]
    public void A_property_s_entries_describe_the_callable_it_returns_so_nothing_is_marked()
    {
        var harness = new DraftingHarness("class G:\n    @property\n    def degree(self):\n        \"\"\"Degrees.\n\n        Parameters\n        ----------\n        nbunch : iterable\n            The nodes.\n        \"\"\"\n        return self\n", DocstringStyle.NumPy);

        var result = harness.Drafter.UpdateToSignature(harness.Definition("G.degree"));

        Assert.Empty(result.Edits);
    }

    [Fact]
    public void Signatures_with_kwargs_accept_any_entry_so_nothing_is_marked()
    {
        var harness = new DraftingHarness("def f(x, **kwargs):\n    \"\"\"Doc.\n\n    Args:\n        verbose: Passed on.\n        x: The x.\n    \"\"\"\n");

        var result = harness.Drafter.UpdateToSignature(harness.Definition("f"));

        Assert.Empty(result.Edits);
        Assert.Equal("the docstring already matches the signature", result.Explanation);
    }

    [Fact]
    public void Grounded_text_with_backslashes_makes_a_new_docstring_raw()
    {
        var index = new ParameterDescriptionIndex();
        index.Add("other.py", PythonParser.Parse("def g(pattern):\n    r'''Match.\n\n    Args:\n        pattern: A regex such as \\d+.\n    '''\n"));
        var harness = new DraftingHarness("def f(pattern):\n    pass\n", index: index);

        var after = harness.Apply(harness.Drafter.DraftDocstring(harness.Definition("f")));

        Assert.StartsWith("def f(pattern):\n    r\"\"\"TODO", after);
        Assert.Contains("pattern: A regex such as \\d+.", PythonParser.Parse(after).Definitions[0].Docstring!.Value);
    }

    [Fact]
    public void A_finding_is_fixed_by_the_action_for_its_code()
    {
        const string source = "def undocumented(x):\n    pass\n\n\ndef partial(x, y):\n    \"\"\"Doc.\n\n    Args:\n        x: The x.\n    \"\"\"\n";
        var harness = new DraftingHarness(source);

        foreach (var finding in harness.Findings)
        {
            var result = harness.Drafter.Fix(finding);
            var after = FileAnalyzer.Analyze(PythonParser.Parse(harness.Apply(result)), "pkg/mod.py", harness.Settings);
            Assert.DoesNotContain(after.Findings, f => f.Code == finding.Code && f.Symbol == finding.Symbol);
        }
        Assert.Equal(["D100", "D103", "D417"], harness.Findings.Select(static f => f.Code).Order());
        Assert.Contains("drafting cannot fix", harness.Drafter.Fix(harness.Findings[0] with { Code = "E501" }).Explanation);
        Assert.Contains("no longer in the file", harness.Drafter.Fix(harness.Findings[1] with { Span = new TextSpan(1, 2) }).Explanation);
    }

    [Theory]
    [InlineData("D100", DraftAction.DraftDocstring)]
    [InlineData("d107", DraftAction.DraftDocstring)]
    [InlineData("D417", DraftAction.DocumentMissingParameters)]
    [InlineData("CD401", DraftAction.DocumentMissingParameters)]
    [InlineData("CD402", DraftAction.UpdateToSignature)]
    [InlineData("CD403", DraftAction.UpdateToSignature)]
    [InlineData("D200", null)]
    public void Codes_map_to_the_action_that_fixes_them(string code, DraftAction? action) =>
        Assert.Equal(action, DraftActions.For(code));

    [Fact]
    public void A_class_and_its_init_drafted_together_list_the_constructor_parameters_once()
    {
        var harness = new DraftingHarness("class Cache:\n    def __init__(self, capacity):\n        self.capacity = capacity\n");

        var result = harness.Drafter.DocumentFile(harness.Findings);
        var after = harness.Apply(result);

        Assert.Equal(1, after.Split("capacity: TODO").Length - 1);
        Assert.Contains("        \"\"\"TODO: Summarise what __init__ does.\"\"\"\n", after);
        Assert.Null(result.Explanation);
    }

    [Fact]
    public void An_init_drafted_alone_leaves_parameters_its_class_documents_to_the_class()
    {
        var harness = new DraftingHarness("class Cache:\n    \"\"\"A cache.\n\n    Args:\n        capacity: Entries kept.\n    \"\"\"\n\n    def __init__(self, capacity):\n        self.capacity = capacity\n");

        var after = harness.Apply(harness.Drafter.DraftDocstring(harness.Definition("Cache.__init__")));

        Assert.Contains("        \"\"\"TODO: Summarise what __init__ does.\"\"\"\n", after);
    }

    [Fact]
    public void Document_file_names_the_definitions_it_left_out()
    {
        var harness = new DraftingHarness("def a(x):\n    pass\n\n\ndef b(x, y):\n    \"Doc \" \"more.\"\n");
        var findings = harness.Findings.Append(new Finding("CD401", "m", "b", 4, 0, harness.Definition("b").NameSpan, ["y"])).ToList();

        var result = harness.Drafter.DocumentFile(findings);

        Assert.NotEmpty(result.Edits);
        Assert.Contains("b: its docstring is made of several concatenated strings", result.Explanation);
    }

    [Fact]
    public void The_cursor_finds_the_innermost_definition()
    {
        const string source = "class A:\n    def m(self):\n        def inner():\n            pass\n\nx = 1\n";
        var module = PythonParser.Parse(source);

        Assert.Equal("A.m.inner", DefinitionLocator.At(module, source.IndexOf("pass", StringComparison.Ordinal))!.QualifiedName);
        Assert.Equal("A.m", DefinitionLocator.At(module, source.IndexOf("m(self)", StringComparison.Ordinal))!.QualifiedName);
        Assert.Null(DefinitionLocator.At(module, source.IndexOf("x = 1", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_finding_on_a_property_setter_finds_the_setter_not_the_getter()
    {
        const string source = "class A:\n    \"\"\"A.\"\"\"\n\n    @property\n    def x(self):\n        \"\"\"X.\"\"\"\n\n    @x.setter\n    def x(self, value):\n        pass\n";
        var module = PythonParser.Parse(source);
        var setter = module.AllDefinitions().Last();

        var found = DefinitionLocator.Of(module, new Finding("D102", "m", "A.x", 8, 4, setter.NameSpan, []));

        Assert.Same(setter, found);
    }

    /// <summary>One committed file, as git would give it.</summary>
    private sealed class CommittedText(string path, string text) : ICommittedFiles
    {
        public string? TextOf(string relativePath) => relativePath == path ? text : null;
    }

    [Fact]
    public void A_keyword_args_list_that_is_the_only_one_and_sets_nothing_keyword_only_apart_takes_a_keyword_parameter()
    {
        // pyasn1's classes document value of __init__(self, value=noValue, **kwargs) beside what **kwargs takes.
        var harness = new DraftingHarness("""
            class Integer:
                '''Create a schema or value object.

                Keyword Args
                ------------
                tagSet: :py:class:`TagSet`
                    Object representing non-default tag(s)

                subtypeSpec: :py:class:`ConstraintsIntersection`
                    Object representing non-default subtype constraint(s).

                Raises
                ------
                ValueError
                    On a bad initializer.
                '''

                def __init__(self, value=None, **kwargs):
                    self.value = value
            """, DocstringStyle.NumPy);

        var after = harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("Integer")));

        Assert.DoesNotContain("Parameters", after);
        Assert.Contains("        Object representing non-default subtype constraint(s).\n\n    value: ", after);
    }

    [Fact]
    public void A_keyword_args_list_that_sets_keyword_only_parameters_apart_does_not_take_a_positional_one()
    {
        var harness = new DraftingHarness("""
            def copy(source, *, follow=True):
                '''Copy a file.

                Keyword Args:
                    follow: Follow symbolic links.
                '''
            """);

        var after = harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("copy")));

        Assert.Contains("    Args:\n        source: TODO: describe source.\n\n    Keyword Args:\n        follow: Follow symbolic links.\n", after);
    }

    [Theory]
    // pyasn1 writes its NumPy entries' colons against the name; a new entry does the same.
    [InlineData("tag: str", "mode: int")]
    // numpydoc's space before the colon stays the default.
    [InlineData("tag : str", "mode : int")]
    public void A_numpy_entry_writes_its_colon_as_the_neighbours_do(string neighbour, string drafted)
    {
        var harness = new DraftingHarness($$"""
            def tag(value, tag, mode=0):
                '''Tag a value.

                Parameters
                ----------
                value: object
                    The value.
                {{neighbour}}
                    The tag.
                '''
            """.Replace("value: object", neighbour.Contains(" :", StringComparison.Ordinal) ? "value : object" : "value: object", StringComparison.Ordinal), DocstringStyle.NumPy);

        var after = harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("tag")));

        Assert.Contains($"        The tag.\n    {drafted}, default=0\n", after);
    }
}
