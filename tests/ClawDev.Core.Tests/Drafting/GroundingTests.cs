using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting;
using ClawDev.Core.Drafting.Grounding;
using ClawDev.Core.Drafting.Signature;
using ClawDev.Core.Python;

namespace ClawDev.Core.Tests.Drafting;

/// <summary>Grounded descriptions: what may be reused, how the most common one is picked, and base-class lookups.</summary>
public sealed class GroundingTests
{
    [Theory]
    [InlineData("  The model to train.  ", "The model to train.")]
    [InlineData("The model. Defaults to None.", "The model.")]
    [InlineData("How often to retry (default 3)", "How often to retry")]
    [InlineData("Seconds to wait.\nDefault: no limit.", "Seconds to wait.")]
    [InlineData("The default value to use.", "The default value to use.")]
    [InlineData("Text.\n\n>>> example()\n1", "Text.")]
    [InlineData("Items.\n:param other: swallowed by a sloppy layout", "Items.")]
    [InlineData("Items.\n:returns: swallowed too", "Items.")]
    // A Google entry for starred names that the entry above swallowed (huggingface_hub's `run_as_future`).
    [InlineData("The method to run in the background.\n*args, **kwargs:\n    Arguments with which the method will be called.", "The method to run in the background.")]
    [InlineData("The callback.\n**kwargs (`dict`):\n    Passed on.", "The callback.")]
    // Emphasis opening a line is prose.
    [InlineData("The flag.\n*strict* mode: checks more.", "The flag.\n*strict* mode: checks more.")]
    // A wrapped sentence going on with a cross-reference (networkx's `heap`) is not a field.
    [InlineData("A subclass of\n:class:`MinHeap` or compatible.", "A subclass of\n:class:`MinHeap` or compatible.")]
    [InlineData("See\n:py:func:`heapq.merge` for details.", "See\n:py:func:`heapq.merge` for details.")]
    [InlineData("Defaults to None.", null)]
    [InlineData("TODO: describe x.", null)]
    [InlineData("Holds \"\"\" quotes", null)]
    [InlineData("", null)]
    // The colon before the type (`device: (`torch.device`):`): the type is not part of the description.
    [InlineData("(`torch.device`):\n    torch device", "torch device")]
    [InlineData("(int): the count (at most 3): enough", "the count (at most 3): enough")]
    [InlineData("The size (in bytes): more is slower.", "The size (in bytes): more is slower.")]
    // What retires one function's parameter says the opposite of another's.
    [InlineData("Deprecated and unused.", null)]
    [InlineData("Unused, kept for compatibility.", null)]
    [InlineData("Not used.", null)]
    public void Reusable_text_drops_defaults_doctests_and_placeholders(string description, string? expected) =>
        Assert.Equal(expected, GroundedText.Clean(description));

    [Theory]
    [InlineData("The namespace. Defaults to the current user's namespace.", "None", "The namespace. Defaults to the current user's namespace.")]
    [InlineData("How often to retry. Defaults to 3.", "3", "How often to retry. Defaults to 3.")]
    [InlineData("How often to retry. Defaults to 3.", "5", "How often to retry.")]
    // A None default usually stands for the value the documentation states (`description=None`, then the text).
    [InlineData("The description. Defaults to `\"Opened with the library\"`.", "None", "The description. Defaults to `\"Opened with the library\"`.")]
    [InlineData("The token. Defaults to the stored token.", null, "The token.")]
    [InlineData("Whether to log (default: `False`).", "False", "Whether to log (default: `False`).")]
    [InlineData("A plain description.", "None", "A plain description.")]
    // docker's "Default\nis 10 seconds." for timeout=10: the number with its unit.
    [InlineData("Seconds to wait. Default\nis 10 seconds.", "10", "Seconds to wait. Default\nis 10 seconds.")]
    [InlineData("Seconds to wait. Default is 10 seconds.", "1", "Seconds to wait.")]
    [InlineData("Seconds to wait. Default is 10.5 seconds.", "10", "Seconds to wait.")]
    // Words for another function's None (accelerate's prepare_model) say nothing of a value the draft's signature gives.
    [InlineData("Whether to place it. Will default to `self.device_placement`.", "True", "Whether to place it.")]
    [InlineData("How many workers. Defaults to the number of CPUs.", "os.cpu_count()", "How many workers. Defaults to the number of CPUs.")]
    // An empty string stands for "not given", as None does: docker's user='' is "Default: root".
    [InlineData("User to execute command as. Default: root", "''", "User to execute command as. Default: root")]
    [InlineData("The optimizer and scheduler. Will default to an instance of `AdamW`.", "(None, None)", "The optimizer and scheduler. Will default to an instance of `AdamW`.")]
    // huggingface_hub's "Defaults to 5GB." for max_shard_size=MAX_SHARD_SIZE, bound to "5GB": the string, unquoted.
    [InlineData("The maximum size of each shard. Defaults to 5GB.", "\"5GB\"", "The maximum size of each shard. Defaults to 5GB.")]
    [InlineData("The maximum size of each shard. Defaults to 5GB.", "\"10GB\"", "The maximum size of each shard.")]
    public void A_reused_default_stays_when_it_says_what_the_value_means_matches_the_signature_or_stands_behind_None(string description, string? defaultValue, string expected) =>
        Assert.Equal(expected, GroundedText.ForDefault(description, defaultValue));

    [Theory]
    [InlineData("`torch.Tensor` of shape `(batch, seq)`", "tensor")]
    [InlineData("torch.Tensor", "tensor")]
    [InlineData("Optional[torch.Tensor]", "tensor")]
    [InlineData("[`PreTrainedModel`] or `torch.nn.Module`", "module|pretrainedmodel")]
    [InlineData("List[str]", "list")]
    [InlineData("list of str", "list")]
    [InlineData("int | None", "int")]
    [InlineData("Optional[Union[str, list[str]]]", "list|str")]
    [InlineData("`str` or `List[str]`", "list|str")]
    [InlineData("str | list[str] | None", "list|str")]
    [InlineData("`str`, `dict`", "dict|str")]
    [InlineData("Literal[\"sum\", \"mean\"]", "str")]
    [InlineData("typing.Union[int, float]", "float|int")]
    [InlineData("  ", null)]
    [InlineData(null, null)]
    public void Types_compare_by_their_alternatives_last_names(string? type, string? expected) =>
        Assert.Equal(expected, TypeKey.Of(type));

    [Theory]
    [InlineData("Optional[Union[str, list[str]]]", "`str` or `List[str]`", true)]
    [InlineData("int", "str", false)]
    [InlineData("int | None", "`int`", true)]
    [InlineData("Callable", "[`~transformers.DataCollator`]", true)]
    [InlineData("float", null, true)]
    [InlineData("list[int]", "`dict`", false)]
    [InlineData("int", "float, optional", true)]
    [InlineData("float", "complex", true)]
    [InlineData("bool", "float", false)]
    public void Annotations_and_documented_types_are_compatible_when_they_can_mean_the_same(string annotation, string? documented, bool expected) =>
        Assert.Equal(expected, TypeKey.Compatible(TypeKey.Of(annotation), TypeKey.Of(documented)));

    [Theory]
    // A type read from a default is the repository's documented one where that names the default's type: networkx
    // writes `resolution=1` as "float", `weight="weight"` as "string or function"...
    [InlineData("resolution", "1", "float", "float")]
    [InlineData("weight", "\"weight\"", "string or function", "string or function")]
    [InlineData("use_ssl", "True", "boolean", "boolean")]
    // ...not a type that names another (a class goes with anything in Compatible, not here)...
    [InlineData("weight", "\"weight\"", "callable", "str")]
    [InlineData("mode", "\"r\"", "int", "str")]
    // ...nor one that also states its own source's default.
    [InlineData("nrand", "10", "integer (optional, default=10)", "int")]
    public void A_type_read_from_a_default_takes_the_documented_type_that_names_it(string name, string defaultValue, string documented, string expected)
    {
        var parameter = ClawDev.Core.Tests.Python.Parsed.Definition($"def f({name}={defaultValue}):\n    pass\n", "f").Parameters[0];

        Assert.Equal(expected, ParameterTyping.Of(parameter).WithDocumentedType(documented).Type);
    }

    [Fact]
    public void An_annotated_type_takes_a_documented_one_only_when_they_name_the_same_types()
    {
        var parameter = ClawDev.Core.Tests.Python.Parsed.Definition("def f(resolution: int = 1):\n    pass\n", "f").Parameters[0];

        Assert.Equal("int", ParameterTyping.Of(parameter).WithDocumentedType("float").Type);
        Assert.Equal("`int`", ParameterTyping.Of(parameter).WithDocumentedType("`int`").Type);
    }

    [Theory]
    [InlineData("List of strings in the format 'type:name'", "list")]
    [InlineData("A dictionary of names to values.", "dict")]
    [InlineData("a mapping from names to callables", "dict")]
    [InlineData("Whether to include the alpha channel.", "bool")]
    [InlineData("A string or a list of strings.", "list|str")]
    [InlineData("The number of retries.", "int")]
    [InlineData("The model to train.", null)]
    [InlineData("String-like token, see above.", null)]
    [InlineData("Set the source address.", null)]
    [InlineData("List the files first.", null)]
    public void An_untyped_entry_s_text_names_a_type_only_by_opening_with_one(string description, string? expected) =>
        Assert.Equal(expected, DescribedType.Of(description));

    [Theory]
    [InlineData("values: dict", "TODO: describe values.")]
    [InlineData("values: list[str]", "List of strings in the format 'type:name'.")]
    [InlineData("values=()", "List of strings in the format 'type:name'.")]
    public void An_untyped_entry_that_opens_by_naming_another_type_than_the_annotation_s_is_no_evidence(string parameter, string drafted)
    {
        // huggingface_hub: SpaceVariable's values (`dict`) drafted as "List of strings in the format 'type:name'". A type
        // read from a default is no annotation: jsonschema's validators=() stands for a mapping.
        var index = new ParameterDescriptionIndex();
        index.Add("cli/webhooks.py", Module(("parse_watch", "values", null, "List of strings in the format 'type:name'.")));
        var harness = new DraftingHarness($"def update(key, {parameter}):\n    \"\"\"Update.\n\n    Args:\n        key: The key.\n    \"\"\"\n", index: index);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("update"));

        Assert.Contains(drafted, harness.Apply(result));
    }

    [Fact]
    public void The_most_common_description_wins_and_names_a_source()
    {
        var index = new ParameterDescriptionIndex();
        index.Add("b.py", Module(("train", "model", null, "The model to train.")));
        index.Add("a.py", Module(("fit", "model", null, "The model to train."), ("eval", "model", null, "The network.")));

        var found = index.MostCommon("model");

        Assert.Equal(new GroundedDescription("model", "The model to train.", 2, "a.py", "fit"), found);
        Assert.Null(index.MostCommon("absent"));
    }

    [Fact]
    public void Ties_go_to_the_first_source_in_path_order()
    {
        var index = new ParameterDescriptionIndex();
        index.Add("z.py", Module(("f", "x", null, "From z.")));
        index.Add("m.py", Module(("f", "x", null, "From m.")));

        Assert.Equal("From m.", index.MostCommon("x")!.Description);
    }

    [Fact]
    public void A_type_prefers_matching_descriptions_then_untyped_ones_never_other_types()
    {
        var index = new ParameterDescriptionIndex();
        index.Add("a.py", Module(("f", "size", "str", "A size as text."), ("g", "size", "str", "A size as text."), ("h", "size", null, "How big.")));
        index.Add("b.py", Module(("k", "size", "int", "Number of items.")));

        Assert.Equal("Number of items.", index.MostCommon("size", "int")!.Description);
        Assert.Equal("How big.", index.MostCommon("size", "bool")!.Description);
        Assert.Equal("A size as text.", index.MostCommon("size")!.Description);
        Assert.Null(index.MostCommon("other", "int"));
    }

    [Fact]
    public void Stars_in_the_name_are_ignored()
    {
        var index = new ParameterDescriptionIndex();
        index.Add("a.py", Module(("f", "*args", null, "Positional arguments.")));

        Assert.Equal("Positional arguments.", index.MostCommon("args")!.Description);
        Assert.Equal("Positional arguments.", index.MostCommon("*args")!.Description);
    }

    [Fact]
    public void Adding_a_path_again_replaces_it_and_removing_forgets_it()
    {
        var index = new ParameterDescriptionIndex();
        index.Add("a.py", Module(("f", "x", null, "Old text.")));
        index.Add("a.py", Module(("f", "x", null, "New text.")));

        Assert.Equal((1, "New text.", 1), (index.FileCount, index.MostCommon("x")!.Description, index.MostCommon("x")!.Count));
        Assert.True(index.Remove("a.py"));
        Assert.False(index.Remove("a.py"));
        Assert.Null(index.MostCommon("x"));
        Assert.Equal(0, index.FileCount);
    }

    [Fact]
    public void A_caller_s_entry_is_replaced_and_forgotten_with_its_file()
    {
        const string Caller = """
            def run(cmd, privileged=False):
                '''Run.

                Args:
                    privileged: {0}
                '''
                return exec_create(cmd, privileged=privileged)
            """;
        var index = new ParameterDescriptionIndex();
        index.Add("a.py", PythonParser.Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, Caller, "Old text.")));
        index.Add("a.py", PythonParser.Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, Caller, "New text.")));

        Assert.Equal(["New text."], index.PassedTo("exec_create", "privileged", exceptPath: null).Select(static c => c.Record.Description));
        Assert.True(index.Remove("a.py"));
        Assert.Empty(index.PassedTo("exec_create", "privileged", exceptPath: null));
    }

    [Fact]
    public void A_type_alias_is_known_while_a_file_binds_it_and_forgotten_with_the_last()
    {
        var index = new ParameterDescriptionIndex();
        var other = ModuleDocumentation.FieldsOf("c.py", PythonParser.Parse("x = 1\n"));
        index.Add("a.py", PythonParser.Parse("Visibility_T = Literal['public', 'private']\n"));
        index.Add("b.py", PythonParser.Parse("from typing import TypeAlias\n\nVisibility_T: TypeAlias = Literal['public']\nSIZE = 3\n"));

        Assert.True(index.IsTypeAlias("Visibility_T", other));
        Assert.False(index.IsTypeAlias("SIZE", other));
        Assert.True(index.Remove("a.py"));
        Assert.True(index.IsTypeAlias("Visibility_T", other));
        Assert.True(index.Remove("b.py"));
        Assert.False(index.IsTypeAlias("Visibility_T", other));
    }

    [Fact]
    public void Indexes_built_in_parallel_and_merged_equal_one_built_in_order()
    {
        var sequential = new ParameterDescriptionIndex();
        var shared = new ParameterDescriptionIndex();
        var parts = Enumerable.Range(0, 4).Select(static _ => new ParameterDescriptionIndex()).ToArray();
        var modules = Enumerable.Range(0, 200).Select(static i => ($"m{i:D3}.py", Module(("f", "x", null, $"Text {i % 7}."), ("g", "y", null, "Same.")))).ToArray();
        foreach (var (path, module) in modules)
        {
            sequential.Add(path, module);
        }

        Parallel.For(0, modules.Length, i =>
        {
            shared.Add(modules[i].Item1, modules[i].Item2);
            parts[i % parts.Length].Add(modules[i].Item1, modules[i].Item2);
        });
        var merged = new ParameterDescriptionIndex();
        Parallel.ForEach(parts, part => merged.Merge(part));

        foreach (var index in new[] { shared, merged })
        {
            Assert.Equal(sequential.FileCount, index.FileCount);
            Assert.Equal(sequential.MostCommon("x"), index.MostCommon("x"));
            Assert.Equal(sequential.MostCommon("y"), index.MostCommon("y"));
        }
        Assert.Equal(new GroundedDescription("y", "Same.", 200, "m000.py", "g"), merged.MostCommon("y"));
    }

    [Fact]
    public void The_current_text_of_the_file_stands_in_for_what_the_index_holds_for_it()
    {
        // The index saw an older version of the file, in which g still documented y.
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/mod.py", PythonParser.Parse("def g(x, y):\n    '''Do g.\n\n    Args:\n        x: The x.\n        y: An old text.\n    '''\n"));
        var harness = new DraftingHarness("""
            def g(x, y):
                '''Do g.

                Args:
                    x: The x.
                '''
            """, index: index);

        var result = harness.Drafter.UpdateToSignature(harness.Definition("g"));

        Assert.Contains("y: TODO: describe y.", harness.Apply(result));
        Assert.Empty(result.Provenance);
    }

    [Fact]
    public void An_override_inherits_from_the_nearest_documented_base_across_files()
    {
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/base.py", PythonParser.Parse("""
            class Base:
                def run(self, steps):
                    '''Run the loop.

                    Args:
                        steps: How many steps.

                    Returns:
                        The loss.
                    '''
            """));
        var harness = new DraftingHarness("""
            from .base import Base


            class Middle(Base):
                def run(self, steps):
                    return 1


            class Leaf(Middle):
                def run(self, steps):
                    return 2
            """, index: index);

        var inherited = harness.Drafter.Inherited(harness.Definition("Leaf.run"));

        Assert.NotNull(inherited);
        Assert.Equal(("pkg/base.py", "Base.run", "Run the loop.", "The loss."), (inherited.Path, inherited.Symbol, inherited.Summary, inherited.Returns));
        Assert.Equal(new SourcedText("How many steps.", "Base.run", Line: 6), inherited.Parameters["steps"]);
    }

    [Fact]
    public void Among_same_named_bases_the_imported_module_wins_then_path_order()
    {
        var index = new ParameterDescriptionIndex();
        index.Add("a/trainer.py", Base("Trainer", "From a."));
        index.Add("b/other.py", Base("Trainer", "From b."));
        var imported = new DraftingHarness("from b.other import Trainer\n\n\nclass Mine(Trainer):\n    def step(self):\n        pass\n", index: index);
        var notImported = new DraftingHarness("class Mine(Trainer):\n    def step(self):\n        pass\n", index: index);

        Assert.Equal("From b.", imported.Drafter.Inherited(imported.Definition("Mine.step"))!.Summary);
        Assert.Equal("From a.", notImported.Drafter.Inherited(notImported.Definition("Mine.step"))!.Summary);
    }

    [Fact]
    public void A_class_never_resolves_to_itself_and_cycles_end()
    {
        var index = new ParameterDescriptionIndex();
        index.Add("torch/nn.py", Base("Module", "The torch module."));
        var harness = new DraftingHarness("""
            class Module(nn.Module):
                def step(self):
                    pass


            class A(B):
                def step(self):
                    pass


            class B(A):
                def step(self):
                    pass
            """, index: index);

        Assert.Equal("The torch module.", harness.Drafter.Inherited(harness.Definition("Module.step"))!.Summary);
        Assert.Null(harness.Drafter.Inherited(harness.Definition("A.step")));
    }

    [Fact]
    public void A_class_draft_takes_constructor_descriptions_from_its_base_class_docstring()
    {
        var harness = new DraftingHarness("""
            class Config:
                '''Base configuration.

                Args:
                    vocab_size (int): Size of the vocabulary.
                '''

                def __init__(self, vocab_size=30522):
                    self.vocab_size = vocab_size


            class BertConfig(Config):
                def __init__(self, vocab_size=30522, hidden_size=768):
                    super().__init__(vocab_size)
            """);

        var result = harness.Drafter.DraftDocstring(harness.Definition("BertConfig"));

        Assert.Contains("vocab_size (int, optional): Size of the vocabulary. Defaults to 30522.", harness.Apply(result));
        Assert.Contains("TODO: Summarise what BertConfig does.", harness.Apply(result));
        var provenance = Assert.Single(result.Provenance);
        Assert.Equal(("parameter vocab_size", GroundingSource.BaseClassMethod, "Config"), (provenance.Part, provenance.Source, provenance.SourceSymbol));
    }

    private static PythonModule Base(string name, string summary) =>
        PythonParser.Parse($"class {name}:\n    def step(self):\n        '''{summary}'''\n");

    /// <summary>A module of functions, each documenting one parameter in Google style.</summary>
    private static PythonModule Module(params (string Function, string Parameter, string? Type, string Description)[] functions)
    {
        var source = string.Concat(functions.Select(static f =>
            $"def {f.Function}({f.Parameter.TrimStart('*')}):\n    \"\"\"Doc.\n\n    Args:\n        {f.Parameter}{(f.Type is null ? "" : $" ({f.Type})")}: {f.Description}\n    \"\"\"\n\n\n"));
        return PythonParser.Parse(source);
    }
}
