using ClawDev.Core.Configuration;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting;
using ClawDev.Core.Drafting.Grounding;
using ClawDev.Core.Drafting.Writing;
using ClawDev.Core.Python;
using ClawDev.Core.Workspace;
using ClawDev.TestSupport;

namespace ClawDev.Core.Tests.Drafting;

/// <summary>Which evidence a drafted parameter description comes from: nearest first, and what is never used.</summary>
public sealed class EvidenceTests
{
    [Fact]
    public void The_init_docstring_documents_its_class_before_anything_else()
    {
        var harness = new DraftingHarness("""
            class Loader:
                '''Loads.

                Args:
                    cache: Where to keep what was read.
                '''

                def __init__(self, path, cache):
                    '''Make a loader.

                    Args:
                        path: Where __init__ says the files are.
                    '''


            def other(path):
                '''Other.

                Args:
                    path: Something else in this file.
                '''
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("Loader"));

        Assert.Contains("path: Where __init__ says the files are.", harness.Apply(result));
        Assert.Equal(GroundingSource.OwnDocumentation, Assert.Single(result.Provenance).Source);
    }

    [Fact]
    public void Its_own_prose_speaks_for_a_parameter_only_when_no_entry_does()
    {
        var harness = new DraftingHarness("""
            def pack(examples, seq_length):
                '''Pack examples into chunks of size `seq_length`.

                Args:
                    examples: Unused.
                '''


            def split(examples, seq_length):
                '''Split examples.

                Args:
                    seq_length: Length of each chunk.
                '''
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("pack"));

        Assert.Contains("seq_length: Length of each chunk.", harness.Apply(result));
        Assert.Equal(GroundingSource.SameFile, Assert.Single(result.Provenance).Source);
    }

    [Theory]
    [InlineData("Uses self.mode to pick one.", false)]
    [InlineData("Calls mode() to pick one.", false)]
    [InlineData("Builds a mode-aware reader.", false)]
    [InlineData("Reads in the given *mode*.", true)]
    [InlineData("mode picks the reader.", true)]
    [InlineData("Picks one, e.g. by ``mode``.", true)]
    public void A_sentence_names_a_parameter_as_a_word_not_as_an_attribute_call_or_part_of_a_word(string sentence, bool names)
    {
        var harness = new DraftingHarness($$"""
            def read(path, mode):
                '''Read a file.

                {{sentence}}

                Args:
                    path: Where the file is.
                '''
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("read"));

        Assert.Equal(names, result.Provenance.Any(p => p.Source == GroundingSource.OwnProse && p.Text == sentence));
        Assert.Equal(!names, harness.Apply(result).Contains("mode: TODO: describe mode.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_marking_the_parameter_up_wins_over_an_earlier_one_naming_it_as_a_word()
    {
        var harness = new DraftingHarness("""
            def read(path, mode):
                '''Read a file in some mode.

                The *mode* says how the bytes are decoded.

                Args:
                    path: Where the file is.
                '''
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("read"));

        Assert.Contains("mode: The *mode* says how the bytes are decoded.", harness.Apply(result));
        Assert.Equal((GroundingSource.OwnProse, 4), (Assert.Single(result.Provenance).Source, result.Provenance[0].Line));
    }

    [Fact]
    public void A_field_docstring_is_read_after_a_literal_longer_than_any_field_docstring()
    {
        // 50 lines: the literal is longer than a field docstring is read, and the field stands 49 lines lower.
        var longProse = string.Join("\n    ", Enumerable.Repeat("A line of prose that makes the class docstring long.", 50));
        var harness = new DraftingHarness($$"""
            class Settings:
                '''Settings.

                {{longProse}}

                Attributes:
                    retries: Not a field docstring: the closing quotes follow.
                '''

                retries: int = 3
                '''How often a failed request is sent again.'''


            def fetch(url, retries=3):
                return url
            """);

        var result = harness.Drafter.DraftDocstring(harness.Definition("fetch"));

        Assert.Contains("How often a failed request is sent again.", harness.Apply(result));
        Assert.Equal(("parameter retries", GroundingSource.HelpText, "Settings", 10 + 49), (result.Provenance[0].Part, result.Provenance[0].Source, result.Provenance[0].SourceSymbol, result.Provenance[0].Line));
    }

    [Fact]
    public void A_list_item_of_the_docstring_defining_the_name_gives_its_text_and_another_items_sentences_say_nothing_of_it()
    {
        // urllib3's HTTPConnection lists its options in prose; "proxy" is an ordinary word of another option's item.
        // An item without a full stop runs into the next one's sentence: each is read on its own, from its own line.
        var harness = new DraftingHarness("""
            class HTTPConnection:
                '''
                A connection.

                Accepted parameters include:

                - ``source_address``: Set the source address for the current connection
                - ``socket_options``: Set specific options on the underlying socket. If not specified, defaults
                  are loaded unless the connection is behind a proxy.

                :param host: The host.
                '''

                def __init__(self, host, source_address=None, socket_options=None, proxy=None):
                    pass
            """, DocstringStyle.Sphinx);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("HTTPConnection"));

        var drafted = harness.Apply(result);
        Assert.Contains("""
                :param host: The host.
                :param source_address: Set the source address for the current connection
                :param socket_options: Set specific options on the underlying socket.
                :param proxy: TODO: describe proxy.
            """, drafted);
        Assert.Equal(
            [("parameter source_address", GroundingSource.OwnProse, 7), ("parameter socket_options", GroundingSource.OwnProse, 8)],
            result.Provenance.Select(p => (p.Part, p.Source, p.Line)));
    }

    [Fact]
    public void A_reST_directive_of_the_docstring_is_markup_not_a_sentence_about_the_parameter()
    {
        // werkzeug: ".. versionchanged:: 0.5 added `allowed` parameter." drafted as "versionchanged:: 0.5 added …".
        var harness = new DraftingHarness("""
            def remove_entity_headers(headers, allowed=()):
                '''Remove all entity headers from a list or Headers object.

                .. versionchanged:: 0.5
                   added `allowed` parameter.

                .. deprecated:: 19.2.0 *allowed* Removal on or after 2021-06-01.

                Args:
                    headers: A list or Headers object.
                '''
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("remove_entity_headers"));

        Assert.Contains(": TODO: describe allowed. Defaults to ().", harness.Apply(result));
        Assert.Empty(result.Provenance);
    }

    [Fact]
    public void Code_under_a_directive_or_after_a_literal_block_marker_is_no_sentence_even_past_a_blank_line()
    {
        // flask: ensure_sync's func drafted as "result = app.async_to_sync(func)(*args, **kwargs)", the line under
        // async_to_sync's ".. code-block:: python" and a blank line. The prose after the blocks is still read.
        var harness = new DraftingHarness("""
            def ensure_sync(func, timeout):
                '''Ensure that the function is synchronous.

                Args:
                    timeout: Seconds to wait.
                '''


            def async_to_sync(func):
                '''Return a sync function that will run the coroutine function.

                .. code-block:: python

                    result = app.async_to_sync(func)(*args, **kwargs)

                Also usable as::

                    wrapped = async_to_sync(func)

                The func given must be a coroutine function.
                '''
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("ensure_sync"));

        Assert.Contains("""
                    func: The func given must be a coroutine function.
                    timeout: Seconds to wait.
            """, harness.Apply(result));
        Assert.Equal((GroundingSource.SameFileProse, 20), (Assert.Single(result.Provenance).Source, result.Provenance[0].Line));
    }

    [Fact]
    public void Another_function_s_summary_says_what_that_function_does_not_what_the_parameter_is()
    {
        // click: format_help's formatter drafted as "Writes the usage line into the formatter.", format_usage's summary;
        // huggingface_hub: parse_hf_uri's uri as "Return True if 'uri' looks like … a Hugging Face web URL.".
        var harness = new DraftingHarness("""
            def format_usage(ctx, formatter):
                '''Writes the usage line into the formatter.

                The formatter is a HelpFormatter the command writes to.
                '''


            def looks_like_url(uri):
                '''Return True if uri looks like a web URL.'''


            def format_help(ctx, formatter, uri):
                '''Write the help.

                Args:
                    ctx: The context.
                '''
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("format_help"));

        Assert.Contains("""
                    formatter: The formatter is a HelpFormatter the command writes to.
                    uri: TODO: describe uri.
            """, harness.Apply(result));
    }

    [Fact]
    public void A_sentence_naming_only_an_attribute_of_the_parameter_speaks_of_the_attribute()
    {
        // flask: handle_http_exception's e drafted as "The original unhandled exception is available as
        // ``e.original_exception``.", a sentence of handle_exception's description.
        var harness = new DraftingHarness("""
            def handle_exception(e):
                '''Handle an exception.

                The original unhandled exception is available as ``e.original_exception``.
                '''


            def handle_http_exception(e, status):
                '''Handle an HTTP exception.

                Args:
                    status: The status code.
                '''
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("handle_http_exception"));

        Assert.Contains("e: TODO: describe e.", harness.Apply(result));
    }

    [Fact]
    public void A_sentence_that_starts_mid_line_is_drafted_as_one_paragraph_not_with_the_docstring_s_line_breaks()
    {
        var harness = new DraftingHarness("""
            def step(model, inputs):
                '''Perform a training step.

                This method follows the paper's approach. With probability
                `lmbda`, it generates new responses, which then replace the
                original *inputs* in this order:
                - the prompts,
                - the answers.

                Args:
                    model: The model.
                '''
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("step"));

        // Refilled to the file's width (88 at least); a list item keeps its own line.
        Assert.Contains("""
                    inputs: With probability `lmbda`, it generates new responses, which then replace
                        the original *inputs* in this order:
                        - the prompts,
                        - the answers.
                '''
            """, harness.Apply(result));
        Assert.Equal(GroundingSource.OwnProse, Assert.Single(result.Provenance).Source);
    }

    [Fact]
    public void Its_own_prose_is_nearer_than_a_help_text_for_the_same_name()
    {
        var harness = new DraftingHarness("""
            import argparse


            def read(path, mode):
                '''Read a file in the given *mode*.

                Args:
                    path: Where the file is.
                '''


            def main():
                parser = argparse.ArgumentParser()
                parser.add_argument("--mode", help="How the command-line tool opens files.")
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("read"));

        Assert.Contains("mode: Read a file in the given *mode*.", harness.Apply(result));
        Assert.Equal(GroundingSource.OwnProse, Assert.Single(result.Provenance).Source);
    }

    [Fact]
    public void The_same_file_wins_over_a_more_common_description_elsewhere()
    {
        var index = new ParameterDescriptionIndex();
        index.Add("examples/a.py", Module(("f", "model", "The copied example model.")));
        index.Add("examples/b.py", Module(("g", "model", "The copied example model.")));
        var harness = new DraftingHarness("""
            def train(model):
                '''Train.

                Args:
                    model: The model to train.
                '''


            def evaluate(model):
                return model
            """, index: index);

        var result = harness.Drafter.DraftDocstring(harness.Definition("evaluate"));

        Assert.Contains("model: The model to train.", harness.Apply(result));
        var provenance = Assert.Single(result.Provenance);
        Assert.Equal((GroundingSource.SameFile, "pkg/mod.py", 5, "train"), (provenance.Source, provenance.Path, provenance.Line, provenance.SourceSymbol));
        Assert.Equal("evaluate parameter model: from pkg/mod.py:5, train (this file)", provenance.ToString());
    }

    [Theory]
    // Two entries elsewhere type the name alike: the draft's typed neighbours get that type, and the provenance says where from.
    [InlineData("string", "string", "        name (string): The user's name.\n")]
    // One entry's type is one function's value; two that disagree settle nothing.
    [InlineData("string", null, "        name: The user's name.\n")]
    [InlineData("string", "list of str", "        name: The user's name.\n")]
    // A sentence in the type's place is a misplaced description.
    [InlineData("The name.", "The name.", "        name: The user's name.\n")]
    public void An_untyped_parameter_takes_the_type_other_entries_of_its_name_agree_on(string first, string? second, string expected)
    {
        static string Documenting(string function, string? type) =>
            $"def {function}(name):\n    \"\"\"Do it.\n\n    Args:\n        name{(type is null ? "" : $" ({type})")}: Said otherwise.\n    \"\"\"\n\n\n";
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/other.py", PythonParser.Parse(Documenting("a", first) + Documenting("b", second)));
        // The description comes from this file's untyped entry; its type from the entries elsewhere.
        var harness = new DraftingHarness("""
            def g(name):
                '''Do it.

                Args:
                    name: The user's name.
                '''


            def f(key, name):
                '''Do it.

                Args:
                    key (str): The key.
                '''
            """, index: index);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("f"));

        Assert.Contains(expected, harness.Apply(result));
        Assert.Equal(expected.Contains("(string)"), result.Provenance.Any(p => p is { Part: "type of name", Path: "pkg/other.py", Count: 2 }));
    }

    [Fact]
    public void A_long_description_is_reused_only_when_other_docstrings_give_it_word_for_word()
    {
        // Longer than the typical entry (at least 400 characters): one-off, a run-on entry; repeated, the repository's text.
        var standard = string.Join(" ", Enumerable.Repeat("The parent commit, checked before committing.", 10));
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/upload.py", Module(("upload_file", "parent_commit", standard), ("upload_folder", "parent_commit", standard), ("once", "run_on", standard)));
        index.Add("pkg/short.py", Module([.. Enumerable.Range(0, 300).Select(i => ($"f{i}", "x", "A short entry."))]));
        var harness = new DraftingHarness("def create_commit(parent_commit, run_on):\n    return parent_commit, run_on\n", index: index);

        var drafted = harness.Apply(harness.Drafter.DraftDocstring(harness.Definition("create_commit")));

        Assert.Contains($"parent_commit: {standard[..60]}", drafted);
        Assert.Contains("run_on: TODO: describe run_on.", drafted);
    }

    [Fact]
    public void A_wrapper_s_implementation_it_passes_the_parameter_on_to_wins_over_other_definitions_of_the_file()
    {
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/_sync.py", Module(("sync_internal", "dry_run", "Print the sync plan without executing it.")));
        var harness = new DraftingHarness("""
            from pkg._sync import sync_internal


            def download(dry_run=False):
                '''Download.

                Args:
                    dry_run: Perform a dry run without downloading.
                '''


            def sync(path, dry_run=False):
                '''Sync a folder.

                Args:
                    path: Where.
                '''
                return sync_internal(path, dry_run=dry_run)
            """, index: index);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("sync"));

        Assert.Contains("dry_run (optional): Print the sync plan without executing it.", harness.Apply(result));
        Assert.Equal(("pkg/_sync.py", GroundingSource.PassedOn), (result.Provenance[0].Path, result.Provenance[0].Source));
    }

    [Theory]
    // A sentence begun where the type goes, continued in lower case: the whole sentence.
    [InlineData("Parameter defined for participation of Common Neighbor", "and Centrality Algorithm share.", "alpha : TODO, optional Parameter defined for participation of Common Neighbor and Centrality Algorithm share.")]
    // A type, however many words, over a description: the description alone.
    [InlineData("list of nodes, optional", "the nodes to start from.", "alpha : list of nodes, optional the nodes to start from.")]
    [InlineData("set of 2 or 3 tuples.", "candidate edges to choose from.", "alpha : set of 2 or 3 tuples, optional. candidate edges to choose from.")]
    public void A_sentence_begun_where_a_numpy_entry_s_type_goes_is_reused_whole(string typeLine, string continuation, string drafted)
    {
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/link.py", PythonParser.Parse($$"""
            def centrality(G, alpha=None):
                '''Score pairs.

                Parameters
                ----------
                G : graph
                    A graph.
                alpha : {{typeLine}}
                    {{continuation}}
                '''
            """), DocstringStyle.NumPy);
        var harness = new DraftingHarness("""
            def consistency(G, alpha=None):
                '''Classify nodes.

                Parameters
                ----------
                G : graph
                    A graph.
                '''
            """, DocstringStyle.NumPy, index: index, path: "pkg/classify.py");

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("consistency"));

        Assert.Contains(drafted, string.Join(' ', harness.Apply(result).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    [Theory]
    // The property the parameter sets says what it is; a Google "type: " before it is the type, not the text.
    [InlineData("The content type for the request.", "content_type (optional): The content type for the request.")]
    [InlineData("str: The content type for the request.", "content_type (optional): The content type for the request.")]
    // A summary that says what the getter does would describe a call.
    [InlineData("Returns the content type for the request.", "content_type (optional): TODO: describe content_type.")]
    [InlineData("Retrieve the content type for the request.", "content_type (optional): TODO: describe content_type.")]
    public void A_constructor_parameter_takes_the_docstring_of_the_property_it_sets(string propertySummary, string drafted)
    {
        var harness = new DraftingHarness($$"""
            class EnvironBuilder:
                '''Build a WSGI environment.

                Args:
                    path: The path of the request.
                '''

                def __init__(self, path, content_type=None):
                    self.path = path
                    self._content_type = content_type

                @property
                def content_type(self):
                    '''{{propertySummary}}'''
                    return self._content_type
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("EnvironBuilder"));

        Assert.Contains($"        {drafted}\n", harness.Apply(result));
        Assert.Equal(!drafted.Contains("TODO"), result.Provenance.Any(p => p.Source == GroundingSource.OwnProperty && p.ToString().Contains("(its class's property)")));
    }

    [Fact]
    public void Another_class_s_property_of_the_same_name_is_not_a_parameter_s_description()
    {
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/other.py", PythonParser.Parse("""
            class Response:
                '''A response.'''

                @property
                def content_type(self):
                    '''The content type the server answered with.'''
                    return self._content_type
            """));
        var harness = new DraftingHarness("""
            class EnvironBuilder:
                '''Build a WSGI environment.

                Args:
                    path: The path of the request.
                '''

                def __init__(self, path, content_type=None):
                    self.path = path
            """, index: index);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("EnvironBuilder"));

        Assert.Contains("        content_type (optional): TODO: describe content_type.\n", harness.Apply(result));
    }

    [Theory]
    // A constant of another module, named through its module: the value the repository binds it to.
    [InlineData("constants.DEFAULT_ETAG_TIMEOUT", "defaults to 10")]
    // This module's own constant.
    [InlineData("MAX_SHARD_SIZE", "defaults to `\"5GB\"`")]
    // Bound to an expression, or to different values in two modules: the name as written.
    [InlineData("constants.HF_HUB_ETAG_TIMEOUT", "defaults to `constants.HF_HUB_ETAG_TIMEOUT`")]
    [InlineData("AMBIGUOUS", "defaults to `AMBIGUOUS`")]
    public void A_constant_default_is_stated_as_the_literal_it_stands_for(string written, string stated)
    {
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/constants.py", PythonParser.Parse("""
            DEFAULT_ETAG_TIMEOUT = 10
            HF_HUB_ETAG_TIMEOUT = int(DEFAULT_ETAG_TIMEOUT)
            AMBIGUOUS = 1
            """));
        index.Add("pkg/other.py", PythonParser.Parse("""
            AMBIGUOUS = 2
            """));
        var harness = new DraftingHarness($$"""
            from . import constants

            MAX_SHARD_SIZE = "5GB"


            def download(repo_id: str, value: float = {{written}}):
                '''
                Download a file.

                Args:
                    repo_id (`str`):
                        The repository.
                '''
            """, index: index, path: "pkg/download.py");

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("download"));

        Assert.Contains($"value (`float`, *optional*, {stated}):", harness.Apply(result));
    }

    [Fact]
    public void An_entry_naming_another_parameter_of_its_function_that_the_draft_does_not_take_loses_to_one_that_does_not()
    {
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/a.py", PythonParser.Parse("""
            def pool(maxsize, block):
                '''Make a pool.

                Args:
                    maxsize: Number of connections to save. If ``block`` is set to False, more are created.
                    block: Whether to block.
                '''
            """));
        index.Add("pkg/b.py", PythonParser.Parse("""
            def cache(maxsize, other):
                '''Make a cache.

                Args:
                    maxsize: Maximum number of recent elements to retain.
                    other: Another.
                '''
            """));
        var harness = new DraftingHarness("""
            def container(maxsize, dispose):
                '''Make a container.

                Args:
                    dispose: Called on each evicted element.
                '''
            """, index: index, path: "pkg/c.py");

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("container"));

        Assert.Contains("maxsize: Maximum number of recent elements to retain.", harness.Apply(result));
    }

    [Fact]
    public void A_caller_passing_its_own_parameter_on_to_the_definition_outvotes_a_stranger_of_the_same_name()
    {
        var index = Index(("docker/api/container.py", "create_host_config", "privileged", "Give extended privileges to this container."));
        index.Add("docker/models/containers.py", PythonParser.Parse("""
            class Container:
                def exec_run(self, cmd, privileged=False):
                    '''Run a command inside this container.

                    Args:
                        cmd: Command to be executed.
                        privileged: Run as privileged.
                    '''
                    return self.client.api.exec_create(self.id, cmd, privileged=privileged)
            """));
        var harness = new DraftingHarness("""
            class ExecApiMixin:
                def exec_create(self, container, cmd, privileged=False):
                    '''Sets up an exec instance in a running container.

                    Args:
                        container: Target container where exec instance will be created.
                        cmd: Command to be executed.
                    '''
            """, index: index, path: "docker/api/exec_api.py");

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("ExecApiMixin.exec_create"));

        Assert.Contains("privileged (optional): Run as privileged. Defaults to False.", harness.Apply(result));
        var provenance = Assert.Single(result.Provenance);
        Assert.Equal(("docker/models/containers.py", GroundingSource.PassedHere, "Container.exec_run"), (provenance.Path, provenance.Source, provenance.SourceSymbol));
        Assert.Contains("(a caller that passes it here)", provenance.ToString());
    }

    [Fact]
    public void A_subclass_passing_a_parameter_to_super_init_speaks_for_the_base_class_s_constructor()
    {
        var index = Index(("pkg/other.py", "load", "model", "The name of a model on the Hub."));
        index.Add("pkg/experimental/online.py", PythonParser.Parse("""
            from pkg.base import BaseTrainer


            class OnlineTrainer(BaseTrainer):
                '''Trains online.

                Args:
                    model: Model to be trained, already loaded.
                '''

                def __init__(self, model):
                    super().__init__(model=model)
            """));
        var harness = new DraftingHarness("""
            class BaseTrainer:
                '''Base of the trainers.

                Args:
                    args: Training arguments.
                '''

                def __init__(self, model, args=None):
                    self.model = model
            """, index: index, path: "pkg/base.py");

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("BaseTrainer"));

        Assert.Contains("model: Model to be trained, already loaded.", harness.Apply(result));
        Assert.Equal(GroundingSource.PassedHere, Assert.Single(result.Provenance).Source);
    }

    [Fact]
    public void A_caller_s_entry_does_not_outvote_the_words_several_other_definitions_agree_on()
    {
        const string Standard = "Processing class used to process the data.";
        var index = Index(
            ("pkg/trainer/dpo.py", "dpo", "processing_class", Standard),
            ("pkg/trainer/kto.py", "kto", "processing_class", Standard),
            ("pkg/trainer/orpo.py", "orpo", "processing_class", Standard));
        index.Add("pkg/experimental/gkd.py", PythonParser.Parse("""
            def gkd(processing_class):
                '''Distil.

                Args:
                    processing_class: Class to process the data.
                '''
                return sft(processing_class=processing_class)
            """));
        var harness = new DraftingHarness("""
            def sft(model, processing_class=None):
                '''Fine-tune.

                Args:
                    model: The model.
                '''
            """, index: index, path: "pkg/trainer/sft.py");

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("sft"));

        Assert.Contains($"processing_class (optional): {Standard}", harness.Apply(result));
        Assert.Equal(GroundingSource.SameParameterName, Assert.Single(result.Provenance).Source);
    }

    [Theory]
    [InlineData("CommandError")]
    [InlineData("CommandFailedException")]
    [InlineData("CommandWarning")]
    public void An_exception_it_passes_the_parameter_to_does_not_describe_it(string exception)
    {
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/shell.py", Module(("call", "cmd", "The command to run."), ("check_call", "cmd", "The command to run.")));
        index.Add("pkg/errors.py", PythonParser.Parse($"class {exception}(Exception):\n    def __init__(self, cmd):\n        '''Fail.\n\n        Args:\n            cmd: The command that failed.\n        '''\n"));
        var harness = new DraftingHarness($"""
            def run(cmd):
                '''Run a command.

                Args:
                    other: Unused.
                '''
                if not cmd:
                    raise {exception}(cmd=cmd)
                return cmd
            """, index: index);

        var drafted = harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("run")));

        // Passed on to the exception, it would be "The command that failed.": what the failure holds, not what run takes.
        Assert.Contains("cmd: The command to run.", drafted);
    }

    [Fact]
    public void Elsewhere_the_nearest_folder_wins_over_the_majority()
    {
        var index = new ParameterDescriptionIndex();
        index.Add("examples/a.py", Module(("f", "lr", "Example learning rate.")));
        index.Add("examples/b.py", Module(("g", "lr", "Example learning rate.")));
        index.Add("pkg/optim/sgd.py", Module(("step", "lr", "The learning rate.")));
        var harness = new DraftingHarness("def fit(lr):\n    return lr\n", index: index);

        var result = harness.Drafter.DraftDocstring(harness.Definition("fit"));

        Assert.Contains("lr: The learning rate.", harness.Apply(result));
        Assert.Equal(("pkg/optim/sgd.py", GroundingSource.SameParameterName), (result.Provenance[0].Path, result.Provenance[0].Source));
    }

    [Fact]
    public void Elsewhere_a_kindred_definition_of_the_same_package_wins_over_a_stranger_in_a_nearer_folder()
    {
        // pkg/orpo/ and pkg/bco/ are sibling subpackages of pkg, as near as pkg/utils.py: among them the trainer
        // documents its model as trainers do, where a copying helper of the parent folder would not.
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/utils.py", Module(("copy_model", "model", "The model to be copied.")));
        index.Add("pkg/bco/trainer.py", Module(("train_bco", "model", "Model to be trained.")));
        var harness = new DraftingHarness("def train_orpo(model):\n    return model\n", index: index, path: "pkg/orpo/trainer.py");

        var result = harness.Drafter.DraftDocstring(harness.Definition("train_orpo"));

        Assert.Contains("model: Model to be trained.", harness.Apply(result));
        Assert.Equal(("pkg/bco/trainer.py", GroundingSource.SameParameterName), (result.Provenance[0].Path, result.Provenance[0].Source));
    }

    [Theory]
    // accelerate's Megatron-LM train steps say what their args are; its CLI commands' args are no Megatron-LM arguments...
    [InlineData("pkg/commands/merge.py", "merge_command", "def merge_command(args):\n    return args\n", "Megatron-LM arguments.", null)]
    // ...unless the draft speaks of Megatron-LM itself: its path, its name, its own prose.
    [InlineData("pkg/commands/megatron.py", "merge_command", "def merge_command(args):\n    return args\n", "Megatron-LM arguments.", "args: Megatron-LM arguments.")]
    [InlineData("pkg/commands/merge.py", "merge_megatron", "def merge_megatron(args):\n    return args\n", "Megatron-LM arguments.", "args: Megatron-LM arguments.")]
    // A word of the module's name written as a plain word is no name of its subject.
    [InlineData("pkg/commands/merge.py", "merge_command", "def merge_command(args):\n    return args\n", "The parsed arguments of the megatron step.", "args: The parsed arguments of the megatron step.")]
    public void Elsewhere_an_entry_naming_its_module_s_subject_speaks_of_that_subject(string path, string definition, string source, string description, string? expected)
    {
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/utils/megatron_lm.py", Module(("BertTrainStep", "args", description)));
        var harness = new DraftingHarness(source, index: index, path: path);

        var drafted = harness.Apply(harness.Drafter.DraftDocstring(harness.Definition(definition)));

        Assert.Contains(expected ?? "args: TODO", drafted);
    }

    [Fact]
    public void Elsewhere_an_entry_naming_its_module_s_subject_serves_a_draft_whose_prose_names_it_too()
    {
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/utils/megatron_lm.py", Module(("BertTrainStep", "args", "Megatron-LM arguments.")));
        var harness = new DraftingHarness(
            """
            def merge_command(args, out):
                '''Merge Megatron-LM shards.

                Args:
                    out: Where to write the merged weights.
                '''
                return args, out
            """, index: index, path: "pkg/commands/merge.py");

        var drafted = harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("merge_command")));

        Assert.Contains("args: Megatron-LM arguments.", drafted);
    }

    [Fact]
    public void A_class_s_attributes_section_documents_the_constructor_parameter_it_is_stored_as()
    {
        var harness = new DraftingHarness("""
            class Window:
                '''A window of tokens.

                Args:
                    size: How many tokens the window holds.

                Attributes:
                    stride: How far the window moves at each step.
                '''

                def __init__(self, size, stride=1):
                    self.size = size
                    self.stride = stride
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("Window"));

        Assert.Contains("        stride (optional): How far the window moves at each step. Defaults to 1.\n", harness.Apply(result));
        Assert.Equal("Window parameter stride: from pkg/mod.py:8, Window (its class's attributes section)", Assert.Single(result.Provenance).ToString());
    }

    [Fact]
    public void A_parameter_passed_on_to_a_class_takes_the_entry_of_the_class_s_attributes_section()
    {
        var harness = new DraftingHarness("""
            class StringConstraints:
                '''Constraints on a string.

                Attributes:
                    strip_whitespace: Whether to remove leading and trailing whitespace.
                '''


            def constr(strip_whitespace=None, to_upper=None):
                '''A constrained string.

                Args:
                    to_upper: Whether to convert the string to uppercase.
                '''
                return StringConstraints(strip_whitespace=strip_whitespace, to_upper=to_upper)
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("constr"));

        Assert.Contains("        strip_whitespace: Whether to remove leading and trailing whitespace.\n", harness.Apply(result));
        Assert.Equal(("pkg/mod.py", GroundingSource.PassedOn, "StringConstraints"), (result.Provenance[0].Path, result.Provenance[0].Source, result.Provenance[0].SourceSymbol));
    }

    [Fact]
    public void A_markdown_code_block_of_its_docstring_is_not_prose_even_across_blank_lines()
    {
        var harness = new DraftingHarness("""
            def constr(strip_whitespace=None, to_upper=None):
                '''A constrained string.

                ```python
                class Foo(BaseModel):

                    bar: constr(strip_whitespace=True)
                ```

                Args:
                    to_upper: Whether to convert the string to uppercase.
                '''
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("constr"));

        Assert.Contains("        strip_whitespace: TODO: describe strip_whitespace.\n", harness.Apply(result));
        Assert.Empty(result.Provenance);
    }

    [Fact]
    public void A_counterpart_of_the_same_name_wins_over_other_definitions_of_the_file()
    {
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/sync_client.py", PythonParser.Parse("""
            class Client:
                def text_generation(self, stop):
                    '''Generate.

                    Args:
                        stop: Stop generating tokens if a member of `stop` is generated.
                    '''
            """));
        var harness = new DraftingHarness("""
            class AsyncClient:
                def chat_completion(self, stop):
                    '''Chat.

                    Args:
                        stop: Up to four strings which trigger the end of the response.
                    '''

                def text_generation(self, stop):
                    return stop
            """, index: index);

        var result = harness.Drafter.DraftDocstring(harness.Definition("AsyncClient.text_generation"));

        Assert.Contains("stop: Stop generating tokens if a member of `stop` is generated.", harness.Apply(result));
        Assert.Equal(GroundingSource.Counterpart, result.Provenance[0].Source);
    }

    [Fact]
    public void In_the_file_a_sibling_that_documents_the_draft_s_other_parameters_alike_wins_over_the_majority()
    {
        var harness = new DraftingHarness("""
            def create_commit(repo_id, operations, revision):
                '''Commit.

                Args:
                    repo_id: The repository in which the commit will be created.
                    operations: The operations to include in the commit.
                    revision: The git revision to commit from.
                '''


            def delete_repo(repo_id):
                '''Delete.

                Args:
                    repo_id: A namespace and a repo name separated by a `/`.
                '''


            def move_repo(repo_id):
                '''Move.

                Args:
                    repo_id: A namespace and a repo name separated by a `/`.
                '''


            def preupload_files(repo_id, operations, revision):
                '''Preupload.

                Args:
                    operations: The operations to include in the commit.
                    revision: The git revision to commit from.
                '''
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("preupload_files"));

        Assert.Contains("repo_id: The repository in which the commit will be created.", harness.Apply(result));
        var provenance = Assert.Single(result.Provenance);
        Assert.Equal((GroundingSource.SameFile, "create_commit"), (provenance.Source, provenance.SourceSymbol));
    }

    [Fact]
    public void Elsewhere_a_definition_sharing_the_draft_s_parameters_wins_over_the_majority()
    {
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/a.py", Module(("schedule", "lr", "Initial value of the schedule.")));
        index.Add("pkg/b.py", Module(("warmup", "lr", "Initial value of the schedule.")));
        index.Add("pkg/optim.py", PythonParser.Parse("""
            def step(params, lr, momentum):
                '''Step.

                Args:
                    params: The tensors to update.
                    lr: The learning rate of the update.
                    momentum: The momentum factor.
                '''
            """));
        var harness = new DraftingHarness("def sgd_step(params, lr, momentum):\n    return params\n", index: index);

        var result = harness.Drafter.DraftDocstring(harness.Definition("sgd_step"));

        Assert.Contains("lr: The learning rate of the update.", harness.Apply(result));
        var lr = Assert.Single(result.Provenance, p => p.Part == "parameter lr");
        Assert.Equal(("pkg/optim.py", GroundingSource.SameParameterName), (lr.Path, lr.Source));
    }

    [Fact]
    public void A_definition_whose_name_shares_words_with_the_draft_s_wins_over_a_nearer_one()
    {
        var harness = new DraftingHarness("""
            def set_variable(key):
                '''Set.

                Args:
                    key: Variable key, for example `"MODEL_REPO_ID"`.
                '''


            def set_secret(key):
                '''Set.

                Args:
                    key: Secret key, for example `"GITHUB_API_KEY"`.
                '''


            def get_variable(key):
                return key
            """);

        var result = harness.Drafter.DraftDocstring(harness.Definition("get_variable"));

        Assert.Contains("key: Variable key, for example `\"MODEL_REPO_ID\"`.", harness.Apply(result));
        Assert.Equal("set_variable", Assert.Single(result.Provenance).SourceSymbol);
    }

    [Fact]
    public void A_counterpart_that_words_the_draft_s_entries_otherwise_is_another_generation_and_not_used()
    {
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/v1/fields.py", PythonParser.Parse("""
            def Field(title, description, gt):
                '''Field.

                Args:
                    title: can be any string, used in the schema.
                    description: can be any string, used in the schema.
                    gt: only applies to numbers, requires the field to be "greater than".
                '''
            """));
        index.Add("pkg/types.py", Module(("conint", "gt", "The value must be greater than this.")));
        var harness = new DraftingHarness("""
            def Field(title, description, gt):
                '''Field.

                Args:
                    title: Human-readable title.
                    description: Human-readable description.
                '''
            """, index: index);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("Field"));

        Assert.Contains("gt: The value must be greater than this.", harness.Apply(result));
        var provenance = Assert.Single(result.Provenance);
        Assert.Equal(("pkg/types.py", GroundingSource.SameParameterName), (provenance.Path, provenance.Source));
    }

    [Theory]
    [InlineData("HfApi.add_space_variable", "add space variable")]
    [InlineData("SpaceVariable.__init__", "space variable")]
    [InlineData("_BaseTrainer", "base trainer")]
    // An acronym ends where its last capital begins the next word: peft's BOFTConfig and VeraConfig differ in one word.
    [InlineData("HTTPServer", "http server")]
    [InlineData("BOFTConfig", "boft config")]
    [InlineData("C3AConfig", "c3a config")]
    [InlineData("FP8RecipeKwargs", "fp8 recipe kwargs")]
    public void A_definition_s_name_words_split_snake_and_camel_case(string qualifiedName, string words) =>
        Assert.Equal(words.Split(' ').Order(), Resemblance.NameWords(qualifiedName).Order());

    [Fact]
    public void A_parameter_passed_on_takes_the_callee_description()
    {
        var harness = new DraftingHarness("""
            def download(url, retries=3):
                '''Download.

                Args:
                    url: Where from.
                    retries: How often to try again after a failed request.
                '''


            def fetch_all(urls, retries=3):
                return [download(url, retries=retries) for url in urls]
            """);

        var result = harness.Drafter.DraftDocstring(harness.Definition("fetch_all"));

        Assert.Contains("retries (int, optional): How often to try again after a failed request.", harness.Apply(result));
    }

    [Theory]
    [InlineData("    return g(x=x)\n", "x", false, "g", -1)]
    [InlineData("    return self.model.generate(input_ids, x = x, y=y)\n", "x", false, "self.model.generate", -1)]
    [InlineData("    super().__init__(x=x)\n", "x", false, CallSites.SuperConstructor, -1)]
    [InlineData("    return g(**kwargs)\n", "kwargs", true, "g", -1)]
    [InlineData("    if x == x:\n        return h(y=x)\n", "x", false, null, 0)]
    [InlineData("    return g(xx=x, x=xx)\n", "x", false, null, 0)]
    [InlineData("    values = [x=x]\n", "x", false, null, 0)]
    [InlineData("    return g(a, x)\n", "x", false, "g", 1)]
    [InlineData("    return self.compare(x,\n        y, msg)\n", "y", false, "self.compare", 1)]
    [InlineData("    return Base.g(self, x)\n", "x", false, "Base.g", 0)]
    [InlineData("    return g(h(a, b), x)\n", "x", false, "g", 1)]
    [InlineData("    return g(a + x)\n", "x", false, null, 0)]
    [InlineData("    return g(*a, x)\n", "x", false, null, 0)]
    [InlineData("    return g([a, x])\n", "x", false, null, 0)]
    [InlineData("    return g(a == b, x)\n", "x", false, "g", 1)]
    public void Call_sites_find_where_a_parameter_is_passed_on(string body, string name, bool starred, string? callee, int position)
    {
        var text = "def f(x, y, **kwargs):\n" + body;

        var receivers = CallSites.Receiving(text, text.IndexOf('\n'), text.Length, name, starred);

        Assert.Equal(callee is null ? [] : [new Receiver(callee, position)], receivers);
    }

    [Theory]
    [InlineData("    self.save_total_limit = total_limit\n", "save_total_limit")]
    [InlineData("    self.save_total_limit = total_limit  # the newest are kept\n    self.limit = total_limit\n", "save_total_limit limit")]
    [InlineData("    self.limit = total_limit + 1\n", "")]
    [InlineData("    self.limit += total_limit\n", "")]
    [InlineData("    if self.limit == total_limit:\n        pass\n", "")]
    [InlineData("    self.args.limit = total_limit\n", "")]
    [InlineData("    limit = total_limit\n", "")]
    // Converted by a call of it alone (transformers' `self.logging_strategy = IntervalStrategy(strategy)`).
    [InlineData("    self.limit = Limit(total_limit)\n", "limit")]
    [InlineData("    self.limit = enums.Limit(total_limit)  # validated\n", "limit")]
    [InlineData("    self.limit = Limit(total_limit, strict=True)\n", "")]
    [InlineData("    self.limit = (total_limit)\n", "")]
    [InlineData("    self.limit = Limit(x)(total_limit)\n", "")]
    public void A_body_stores_a_parameter_as_the_attributes_of_self_it_assigns_it_to(string body, string attributes)
    {
        var text = "def set_save(self, total_limit):\n" + body;

        var stored = CallSites.StoredAs(text, text.IndexOf('\n'), text.Length, "total_limit");

        Assert.Equal(attributes.Split(' ', StringSplitOptions.RemoveEmptyEntries), stored);
    }

    [Fact]
    public void A_method_s_parameter_takes_what_its_class_documents_of_the_attribute_it_is_stored_as()
    {
        // transformers' TrainingArguments.set_save(total_limit) stores it as self.save_total_limit, which the class documents.
        var harness = new DraftingHarness("""
            class TrainingArguments:
                '''
                Args:
                    save_total_limit (`int`, *optional*):
                        If a value is passed, will limit the total amount of checkpoints.
                '''

                def __init__(self, save_total_limit=None):
                    self.save_total_limit = save_total_limit

                def set_save(self, steps=500, total_limit=None):
                    '''
                    A method that regroups all arguments linked to checkpoint saving.

                    Args:
                        steps (`int`, *optional*, defaults to 500):
                            Number of updates steps before two checkpoint saves.
                    '''
                    self.save_steps = steps
                    self.save_total_limit = total_limit
                    return self
            """, DocstringStyle.HuggingFace);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("TrainingArguments.set_save"));

        Assert.Contains("            total_limit (`int`, *optional*):\n                If a value is passed, will limit the total amount of checkpoints.\n", harness.Apply(result));
        Assert.Equal("TrainingArguments.set_save parameter total_limit: from pkg/mod.py:4, TrainingArguments (the attribute it is stored as)", Assert.Single(result.Provenance).ToString());
    }

    /// <summary>Four dataclasses whose three fields' help restates their docstring entries (trl) or says them otherwise
    /// (peft): twelve help/entry pairs, a habit of the repository either way.</summary>
    private static string HelpHabit(bool helpRestatesEntries) => string.Concat(Enumerable.Range(1, 4).Select(i => $$"""
        @dataclass
        class Options{{i}}:
            '''
            Args:
                alpha (`float`):
                    The scaling of the update.
                dropout (`float`):
                    The dropout probability of the layers.
                bias (`str`):
                    Which biases are trained.
            '''

            alpha: float = field(default=8, metadata={"help": "{{(helpRestatesEntries ? "The scaling of the update." : "Alpha.")}}"})
            dropout: float = field(default=0.0, metadata={"help": "{{(helpRestatesEntries ? "The dropout probability of the layers." : "Dropout.")}}"})
            bias: str = field(default="none", metadata={"help": "{{(helpRestatesEntries ? "Which biases are trained." : "Bias.")}}"})


        """));

    [Theory]
    // transformers: help is worded apart from entries, and set_logging documents what it stores as the field; its
    // other parameters the entry marks up are read as the fields they set.
    [InlineData(false, "Number of update steps between two logs if `logging_strategy=\"steps\"`;\n            `logging_steps` must be positive.", "the method of its class that sets it")]
    // Help that restates entries stays the field's own word.
    [InlineData(true, "Log every N steps.", "its own help text")]
    public void A_field_takes_the_entry_of_the_method_of_its_class_that_sets_it(bool helpRestatesEntries, string expected, string source)
    {
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/other.py", PythonParser.Parse(HelpHabit(helpRestatesEntries)));
        var harness = new DraftingHarness("""
            @dataclass
            class TrainingArguments:
                '''
                Args:
                    logging_strategy (`str`):
                        The logging strategy to adopt during training.
                '''

                logging_strategy: str = field(default="steps", metadata={"help": "The logging strategy to use."})
                logging_steps: int = field(default=500, metadata={"help": "Log every N steps."})

                def set_logging(self, strategy="steps", steps=500):
                    '''
                    A method that regroups all arguments linked to logging.

                    Args:
                        strategy (`str`, *optional*, defaults to `"steps"`):
                            The logging strategy to adopt during training.
                        steps (`int`, *optional*, defaults to 500):
                            Number of update steps between two logs if `strategy="steps"`; `steps` must be positive.
                    '''
                    self.logging_strategy = IntervalStrategy(strategy)
                    self.logging_steps = steps
                    return self
            """, DocstringStyle.HuggingFace, index: index);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("TrainingArguments"));

        Assert.Contains($"        logging_steps (`int`):\n            {expected}\n", harness.Apply(result));
        Assert.Contains($"({source})", Assert.Single(result.Provenance).ToString());
    }

    [Fact]
    public void A_constructor_parameter_without_other_evidence_takes_the_entry_of_the_method_that_sets_its_attribute()
    {
        var harness = new DraftingHarness("""
            class Printer:
                def __init__(self, verbose=0):
                    '''Make a printer.'''
                    self.verbose = verbose

                def set_verbosity(self, level):
                    '''Change how much is printed.

                    Args:
                        level: How much to print, from 0 (nothing) to 3.
                    '''
                    self.verbose = int(level)
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("Printer.__init__"));

        Assert.Contains("verbose (int, optional): How much to print, from 0 (nothing) to 3.", harness.Apply(result));
        Assert.Equal("Printer.__init__ parameter verbose: from pkg/mod.py:10, Printer.set_verbosity (the method of its class that sets it)", Assert.Single(result.Provenance).ToString());
    }

    [Theory]
    // docker's collections: a sibling class's counterpart reads its class's word as the draft's...
    [InlineData("class ImageCollection(Collection):", "The name of the image.", "class PluginCollection(Collection):", "PluginCollection.get", "name (str): The name of the plugin.", "(its counterpart; 'image' read as 'plugin')")]
    // ...a subclass's does not: its words are its own kind's, not its base's (traitlets' List says "the Container" as its base does).
    [InlineData("class LocalCollection(ImageCollection):", "The name of the local copy.", "class ImageCollection(Collection):", "ImageCollection.get", "name (str): The name of the local copy.", "(its counterpart)")]
    public void A_counterpart_in_a_sibling_class_reads_the_class_s_word_and_one_in_a_subclass_does_not(string sourceClass, string sourceText, string draftClass, string draft, string expected, string provenanceEnd)
    {
        var harness = new DraftingHarness($"""
            class Collection:
                pass


            {draftClass}
                def get(self, name: str):
                    '''Get one.'''


            {sourceClass}
                def get(self, name: str):
                    '''Get one.

                    Args:
                        name (str): {sourceText}
                    '''
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition(draft));

        Assert.Contains(expected, harness.Apply(result));
        Assert.EndsWith(provenanceEnd, Assert.Single(result.Provenance).ToString());
    }

    [Fact]
    public void A_parameter_passed_on_positionally_takes_the_entry_the_callee_gives_that_position()
    {
        // CPython's unittest: assertListEqual(list1, list2) passes both on to assertSequenceEqual(seq1, seq2, ...).
        var harness = new DraftingHarness("""
            class Case:
                def assert_sequence_equal(self, seq1, seq2, msg=None):
                    '''Compare two sequences.

                    Args:
                        seq1: The first sequence to compare.
                        seq2: The second sequence to compare.
                        msg: What to say when they differ.
                    '''

                def exists(self, path):
                    '''Whether a file exists.

                    Args:
                        path: Path to check.
                    '''

                def assert_list_equal(self, list1, list2, msg=None):
                    '''Compare two lists.'''
                    self.assert_sequence_equal(list1, list2, msg)


            def copy(fs, dest):
                fs.exists(dest)
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("Case.assert_list_equal"));

        // The callee's name differs from the draft's in one word, which its sentences use: "sequence" reads as "list".
        var text = harness.Apply(result);
        Assert.Contains("list1: The first list to compare.", text);
        Assert.Contains("list2: The second list to compare.", text);
        Assert.Equal("Case.assert_list_equal parameter list1: from pkg/mod.py:6, Case.assert_sequence_equal (where it is passed on; 'sequence' read as 'list')", result.Provenance[0].ToString());
        // `fs.exists` could be any `exists`: nothing vouches for Case.exists's entry.
        Assert.Contains("dest: TODO: describe dest.", harness.Apply(harness.Drafter.DraftDocstring(harness.Definition("copy"))));
    }

    [Fact]
    public void Evidence_that_only_repeats_the_name_or_has_an_incompatible_type_is_never_used()
    {
        var harness = new DraftingHarness("""
            def a(size: str, the_model=None):
                '''A.

                Args:
                    size (str): A size as text, like "2GB".
                    the_model: The model.
                '''


            def b(size: int, the_model=None):
                return size
            """);

        var text = harness.Apply(harness.Drafter.DraftDocstring(harness.Definition("b")));

        Assert.Contains("size (int): TODO: describe size.", text);
        Assert.Contains("the_model (optional): TODO: describe the_model.", text);
    }

    [Fact]
    public void Evidence_that_is_a_placeholder_restates_the_signature_or_runs_longer_than_the_repository_s_entries_is_never_used()
    {
        // The issue's bad input: each of these stands nearer (this file) than the usable sentence (another file).
        var rambling = string.Join(" ", Enumerable.Repeat("It keeps going about the mode in more and more words.", 12));
        var harness = new DraftingHarness($$"""
            def a(model_path, retries: int = 3, mode=None, cache=None):
                '''A.

                Args:
                    model_path: Path to the model.
                    retries (`int`, *optional*, defaults to 3): `int`, *optional*, defaults to 3.
                    mode: {{rambling}}
                    cache: TODO: describe cache.
                '''


            def b(model_path, retries: int = 3, mode=None, cache=None):
                return retries
            """, index: Index(("pkg/other.py", "f", "retries", "How often to try again."), ("pkg/other.py", "g", "mode", "How files are opened."), ("pkg/other.py", "h", "cache", "Where results are kept.")));

        var text = harness.Apply(harness.Drafter.DraftDocstring(harness.Definition("b")));

        Assert.Contains("model_path: Path to the model.", text);
        Assert.Contains("retries (int, optional): How often to try again. Defaults to 3.", text);
        Assert.Contains("mode (optional): How files are opened.", text);
        Assert.Contains("cache (optional): Where results are kept.", text);
    }

    [Fact]
    public void Two_equally_near_descriptions_name_the_other_in_the_provenance()
    {
        var harness = new DraftingHarness("""
            def a(seed):
                '''A.

                Args:
                    seed: Seed for the random generator.
                '''


            def b(seed):
                '''B.

                Args:
                    seed: Random seed of the run.
                '''


            def c(seed):
                return seed
            """);

        var result = harness.Drafter.DraftDocstring(harness.Definition("c"));

        Assert.Contains("seed: Random seed of the run.", harness.Apply(result));
        Assert.Equal("pkg/mod.py:5, a", result.Provenance[0].Other);
        Assert.EndsWith("; pkg/mod.py:5, a says otherwise", result.Provenance[0].ToString());
    }

    [Fact]
    public void A_dataclass_field_is_documented_from_its_own_help_text_with_the_default_it_declares()
    {
        var harness = new DraftingHarness("""
            from dataclasses import dataclass, field


            @dataclass
            class TrainerConfig:
                r'''
                Configuration for the trainer.

                Parameters:
                    > Parameters that control the model

                    model_name (`str`):
                        The model to train.
                '''

                model_name: str = field(metadata={"help": "The model."})
                max_length: int | None = field(
                    default=1024,
                    metadata={
                        "help": (
                            "Maximum length of the tokenized sequence. "
                            "Longer sequences are truncated."
                        )
                    },
                )
                loss_type: list[str] = field(default_factory=lambda: ["sigmoid"], metadata={"help": "Type of loss."})
            """, DocstringStyle.HuggingFace);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("TrainerConfig"));

        Assert.Contains("""
                    model_name (`str`):
                        The model to train.
                    max_length (`int | None`, *optional*, defaults to 1024):
                        Maximum length of the tokenized sequence. Longer sequences are truncated.
                    loss_type (`list[str]`, *optional*, defaults to `["sigmoid"]`):
                        Type of loss.
                '''
            """, harness.Apply(result));
        Assert.Equal(
            ["TrainerConfig parameter max_length: from pkg/mod.py:17, TrainerConfig (its own help text)", "TrainerConfig parameter loss_type: from pkg/mod.py:26, TrainerConfig (its own help text)"],
            result.Provenance.Select(p => p.ToString()));
    }

    [Theory]
    // peft: a field's help ("List of module names …") says it otherwise than the entries, which write one text for the name.
    [InlineData(false, "The names of the modules to apply the adapter to.", "the same name elsewhere (3 docstrings say it)")]
    // trl: a field's help is its entry's text: the field's own help stays first.
    [InlineData(true, "List of module names to replace with Bone.", "its own help text")]
    public void A_fields_help_gives_way_to_the_entry_several_docstrings_write_where_the_repository_words_help_apart(bool helpRestatesEntries, string expected, string source)
    {
        string Help(string entry, string own) => helpRestatesEntries ? entry : own;
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/tuners.py", PythonParser.Parse(string.Concat(new[] { "Lora", "Vera", "Boft" }.Select(tuner => $$"""
            @dataclass
            class {{tuner}}Config:
                '''
                Args:
                    target_modules (`list[str]`):
                        The names of the modules to apply the adapter to.
                    rank (`int`):
                        The rank of the update matrices.
                    alpha (`float`):
                        The scaling of the update.
                    dropout (`float`):
                        The dropout probability of the layers.
                '''

                target_modules: list[str] = field(default=None, metadata={"help": "{{Help("The names of the modules to apply the adapter to.", $"List of module names to replace with {tuner}.")}}"})
                rank: int = field(default=8, metadata={"help": "{{Help("The rank of the update matrices.", $"{tuner} attention dimension")}}"})
                alpha: float = field(default=8, metadata={"help": "{{Help("The scaling of the update.", $"{tuner} alpha")}}"})
                dropout: float = field(default=0.0, metadata={"help": "{{Help("The dropout probability of the layers.", $"{tuner} dropout")}}"})


            """))));
        var harness = new DraftingHarness("""
            from dataclasses import dataclass, field


            @dataclass
            class BoneConfig:
                '''
                Args:
                    rank (`int`):
                        The rank of the update matrices.
                '''

                target_modules: list[str] = field(default=None, metadata={"help": "List of module names to replace with Bone."})
                rank: int = field(default=8, metadata={"help": "Bone attention dimension"})
            """, DocstringStyle.HuggingFace, index: index);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("BoneConfig"));

        Assert.Contains($"        target_modules (`list[str]`):\n            {expected}\n", harness.Apply(result));
        Assert.Contains($"({source})", Assert.Single(result.Provenance).ToString());
    }

    [Fact]
    public void The_entry_a_family_of_classes_writes_with_its_own_name_counts_as_one_text()
    {
        // peft's tuners each write "Bias type for <tuner>. … '<tuner>_only'": read as VeraConfig's, three say one thing.
        var index = new ParameterDescriptionIndex();
        foreach (var (tuner, written) in new[] { ("Lora", "LoRA"), ("Boft", "BOFT"), ("Delora", "DeLoRA") })
        {
            var prefix = tuner.ToLowerInvariant();
            index.Add($"pkg/{prefix}/config.py", PythonParser.Parse($$"""
                @dataclass
                class {{tuner}}Config:
                    '''
                    Args:
                        bias (`str`):
                            Bias type for {{written}}. Can be 'none' or '{{prefix}}_only'. If '{{prefix}}_only', the
                            biases are trained too.
                        rank (`int`):
                            The rank of the update matrices.
                        alpha (`float`):
                            The scaling of the update.
                        dropout (`float`):
                            The dropout probability of the layers.
                    '''

                    bias: str = field(default="none", metadata={"help": "Bias type for {{written}}"})
                    rank: int = field(default=8, metadata={"help": "{{written}} attention dimension"})
                    alpha: float = field(default=8, metadata={"help": "{{written}} alpha"})
                    dropout: float = field(default=0.0, metadata={"help": "{{written}} dropout"})
                """));
        }
        var harness = new DraftingHarness("""
            @dataclass
            class VeraConfig:
                '''
                Configuration of a Vera model.

                Args:
                    rank (`int`):
                        The rank of the update matrices.
                '''

                bias: str = field(default="none", metadata={"help": "Bias type for Vera. Can be 'none' or 'vera_only'"})
                rank: int = field(default=8, metadata={"help": "Vera attention dimension"})
            """, DocstringStyle.HuggingFace, path: "pkg/vera/config.py", index: index);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("VeraConfig"));

        Assert.Contains("Bias type for Vera. Can be 'none' or 'vera_only'. If 'vera_only', the\n            biases are trained too.", harness.Apply(result));
        Assert.EndsWith("(the same name elsewhere (3 docstrings say it); 'boft' read as 'vera')", Assert.Single(result.Provenance).ToString());
    }

    [Theory]
    // peft: help is worded apart from entries, and BoneConfig's entry says all HRAConfig's help says and goes on; the
    // family's word is spelled as the draft's own name writes the acronym ("HRA", not the source's casing "Hra").
    [InlineData(false, "The rank of HRA across different layers. It is best to set 'r' to an\n            even number.", "the same name elsewhere, its own help text and more; 'bone' read as 'hra'")]
    // trl: a field's help is its entry's text, so the help stays as it is.
    [InlineData(true, "The rank of HRA across different layers.", "its own help text")]
    public void A_fields_help_gives_way_to_an_entry_that_says_all_it_says_and_goes_on(bool helpRestatesEntries, string expected, string source)
    {
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/habit.py", PythonParser.Parse(HelpHabit(helpRestatesEntries)));
        foreach (var (tuner, rank) in new[] { ("Bone", "The rank of Bone across different layers. It is best to set 'r' to an even number."), ("Lora", "Lora attention dimension."), ("Vera", "Vera attention dimension.") })
        {
            var help = helpRestatesEntries ? rank : $"The rank of {tuner} across different layers.";
            index.Add($"pkg/{tuner.ToLowerInvariant()}/config.py", PythonParser.Parse($$"""
                @dataclass
                class {{tuner}}Config:
                    '''
                    Args:
                        r (`int`):
                            {{rank}}
                    '''

                    r: int = field(default=8, metadata={"help": "{{help}}"})
                """));
        }
        var harness = new DraftingHarness("""
            @dataclass
            class HRAConfig:
                '''
                Configuration of the adapter.

                Args:
                    alpha (`float`):
                        The scaling of the update.
                '''

                r: int = field(default=8, metadata={"help": "The rank of HRA across different layers."})
                alpha: float = field(default=8, metadata={"help": "HRA alpha"})
            """, DocstringStyle.HuggingFace, path: "pkg/hra/config.py", index: index);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("HRAConfig"));

        Assert.Contains($"        r (`int`):\n            {expected}\n", harness.Apply(result));
        Assert.Contains($"({source})", Assert.Single(result.Provenance).ToString());
    }

    [Theory]
    // ipaddress's _parse_octet(octet_str) and _parse_hextet(hextet_str): each names its parameter after itself.
    [InlineData("def parse_octet(octet_str, strict=False):", "parse_octet", "octet_str", "A string, the number to parse.")]
    // peft's VeraConfig.vera_dropout for LoraConfig.lora_dropout, its word read as the draft's.
    [InlineData("def lora_config(lora_dropout=0.0, strict=False):", "lora_config", "lora_dropout", "The dropout probability for lora layers.")]
    // A parameter not named after its definition has no such family.
    [InlineData("def parse_octet(value_str, strict=False):", "parse_octet", "value_str", null)]
    public void A_parameter_named_after_its_definition_takes_the_entry_its_family_writes_for_theirs(string signature, string definition, string parameter, string? expected)
    {
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/family.py", PythonParser.Parse("""
            def parse_hextet(hextet_str):
                '''
                Convert an IPv6 hextet string into an integer.

                Args:
                    hextet_str: A string, the number to parse.
                '''


            def vera_config(vera_dropout=0.0):
                '''
                Configure a Vera model.

                Args:
                    vera_dropout: The dropout probability for vera layers.
                '''
            """));
        var harness = new DraftingHarness($"""
            {signature}
                '''
                Do it.

                Args:
                    strict: Whether to refuse what is not exact.
                '''
            """, index: index);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition(definition));
        var provenance = result.Provenance.SingleOrDefault(p => p.Part == $"parameter {parameter}");

        Assert.Equal(expected, provenance?.Text);
        Assert.Equal(expected is null ? null : GroundingSource.FamilyParameter, provenance?.Source);
    }

    [Fact]
    public void A_one_word_parameter_takes_its_family_s_text_but_not_its_type()
    {
        // accelerate's set_sampler(sampler) beside set_seed(seed: int): "The seed to set." reads for the sampler, but
        // a seed's int is no sampler's type.
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/random.py", PythonParser.Parse("""
            def set_seed(seed: int):
                '''
                Set the seed.

                Args:
                    seed (`int`): The seed to set.
                '''
            """));
        var harness = new DraftingHarness("""
            def set_sampler(sampler, strict=False):
                '''
                Set the sampler.

                Args:
                    strict (`bool`): Whether to refuse what is not exact.
                '''
            """, index: index);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("set_sampler"));

        Assert.Equal(GroundingSource.FamilyParameter, Assert.Single(result.Provenance).Source);
        Assert.Contains("The sampler to set.", harness.Apply(result));
        Assert.DoesNotContain("`int`", harness.Apply(result));
    }

    [Theory]
    // accelerate's launcher documents --fp8_margin; FP8RecipeKwargs.margin is that value, its class's word before it.
    [InlineData("FP8RecipeKwargs", "The margin to use for the gradient scaling.")]
    // A word that is not of the definition's name prefixes nothing of it.
    [InlineData("RecipeKwargs", null)]
    public void A_parameter_takes_the_help_of_its_name_with_a_word_of_its_definition_s_name_before_it(string definition, string? expected)
    {
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/launch.py", PythonParser.Parse("""
            import argparse


            def launch_command_parser():
                parser = argparse.ArgumentParser()
                parser.add_argument("--fp8_margin", type=int, default=0, help="The margin to use for the gradient scaling.")
                return parser
            """));
        var harness = new DraftingHarness($$"""
            class {{definition}}:
                '''
                Args:
                    backend (`str`): The backend to use.
                '''

                def __init__(self, backend="te", margin=0):
                    self.backend = backend
                    self.margin = margin
            """, DocstringStyle.HuggingFace, index: index);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition(definition));
        var provenance = result.Provenance.SingleOrDefault(p => p.Part == "parameter margin");

        Assert.Equal(expected, provenance?.Text);
        Assert.Equal(expected is null ? null : "'fp8_margin' read as 'margin'", provenance?.Adaptation);
    }

    [Theory]
    // A snake_case name with the word as a part is renamed where the draft's file writes the new name.
    [InlineData("Bias type for BOFT. Can be 'none' or 'boft_only'.", "vera_only", "Bias type for Vera. Can be 'none' or 'vera_only'.")]
    [InlineData("Bias type for BOFT. Can be 'none' or 'boft_only'.", "", "Bias type for Vera. Can be 'none' or 'boft_only'.")]
    // A path's part names a file, not the role: docker's socket stays docker's.
    [InlineData("URL to the BOFT server, such as ``unix:///var/run/boft.sock``.", "", "URL to the Vera server, such as ``unix:///var/run/boft.sock``.")]
    // An attribute is no path: trio's `CompletedProcess.stderr` is read as `CompletedProcess.stdout` (here Config.boft).
    [InlineData("Stored as the `Config.boft` attribute.", "", "Stored as the `Config.vera` attribute.")]
    public void A_text_read_for_another_definition_renames_identifiers_the_file_writes_and_no_path(string description, string writtenInFile, string expected) =>
        Assert.Equal(
            expected,
            ParallelEntry.ForDefinition(description, "bias", "BOFTConfig", "VeraConfig", word => word == writtenInFile, static _ => false, static word => word == "vera" ? "Vera" : null, static (_, _) => false)?.Text);

    [Theory]
    // A plural after a sibilant takes "es" (Lib's ThreadPoolExecutor "threads" for ProcessPoolExecutor), where the repository writes it.
    [InlineData("ThreadPoolExecutor", "ProcessPoolExecutor", "processes", "The maximum number of processes used to execute the calls.")]
    [InlineData("ThreadPoolExecutor", "ProcessPoolExecutor", "", null)]
    [InlineData("ThreadPoolExecutor", "BoxPoolExecutor", "boxes", "The maximum number of boxes used to execute the calls.")]
    public void A_word_read_as_the_draft_s_keeps_its_plural(string source, string draft, string writtenInRepository, string? expected) =>
        Assert.Equal(
            expected,
            ParallelEntry.ForDefinition("The maximum number of threads used to execute the calls.", "max_workers", source, draft, word => word == writtenInRepository, static _ => false, static _ => null, static (_, _) => false)?.Text);

    [Theory]
    // Two functions, or two classes, differing in one word: the word is read as the draft's.
    [InlineData("Accelerator.prepare_optimizer", "Accelerator.accelerate_optimizer", "A PyTorch optimizer to accelerate.")]
    [InlineData("PrepareOptimizer", "AccelerateOptimizer", "A PyTorch optimizer to accelerate.")]
    // A class and a function: accelerate's AcceleratedOptimizer is no verb of prepare_optimizer's sentence.
    [InlineData("Accelerator.prepare_optimizer", "AcceleratedOptimizer.__init__", null)]
    [InlineData("AcceleratedOptimizer", "Accelerator.prepare_optimizer", null)]
    public void A_class_s_and_a_function_s_names_are_not_read_as_each_other(string source, string draft, string? expected) =>
        Assert.Equal(
            expected,
            ParallelEntry.ForDefinition("A PyTorch optimizer to prepare.", "optimizer", source, draft, static _ => false, static _ => false, static _ => null, static (_, _) => false)?.Text);

    [Theory]
    // docker's ContainerApiMixin: one-word methods of one class, each entry naming its own verb.
    [InlineData("The container to restart.", "ContainerApiMixin.restart", "ContainerApiMixin.start", "start", null, "The container to start.")]
    // The word only the draft's own prose writes ("Start a container.") is a word too.
    [InlineData("The container to restart.", "ContainerApiMixin.restart", "ContainerApiMixin.start", "", "Start", "The container to start.")]
    // A method name no text writes as a word is only a name (werkzeug's __setitem__, flask's setdefault).
    [InlineData("The container to restart.", "ContainerApiMixin.restart", "ContainerApiMixin.__setitem__", "", null, null)]
    [InlineData("The container to restart.", "ContainerApiMixin.restart", "ContainerApiMixin.start", "", null, null)]
    // A verb in the third person is not the source's infinitive (jsonschema's "to check" for conforms).
    [InlineData("The instance to check.", "FormatChecker.check", "FormatChecker.conforms", "conforms", null, null)]
    // Methods of two classes, or functions, share no vocabulary of verbs.
    [InlineData("The container to restart.", "ContainerApiMixin.restart", "ImageApiMixin.start", "start", null, null)]
    [InlineData("The container to restart.", "restart", "start", "start", null, null)]
    public void One_word_methods_of_one_class_read_their_verbs_as_each_other(string description, string source, string draft, string writtenInFile, string? inOwnProse, string? expected) =>
        Assert.Equal(
            expected,
            ParallelEntry.ForDefinition(description, "container", source, draft, word => word == writtenInFile, static _ => false, word => word.Equals(inOwnProse, StringComparison.OrdinalIgnoreCase) ? inOwnProse : null, static (_, _) => false)?.Text);

    [Theory]
    // A method's counterpart in a sibling class reads the class's word: docker's ImageCollection.get for PluginCollection.get...
    [InlineData("The name of the image.", "ImageCollection.get", "PluginCollection.get", "The name of the plugin.")]
    // ...and so do classes of one word each (boto3's Collection for Action), where the file writes the word.
    [InlineData("The name of the collection", "Collection", "Action", "The name of the action")]
    [InlineData("The name of the collection", "Collection.__init__", "Action.__init__", "The name of the action")]
    // The indefinite article before a word read as another is the one the new word takes, acronyms said letter by letter.
    [InlineData("The name of an image.", "ImageCollection.get", "PluginCollection.get", "The name of a plugin.")]
    [InlineData("A plugin, or a list of them.", "PluginCollection.get", "ImageCollection.get", "An image, or a list of them.")]
    [InlineData("An HTTP client's name.", "HttpClient.get", "UrlClient.get", "A URL client's name.")]
    [InlineData("The data of a plugin.", "PluginCollection.get", "UserCollection.get", "The data of a user.")]
    [InlineData("The size of a\nplugin part.", "PluginCollection.get", "ImageCollection.get", "The size of an\nimage part.")]
    // A subclass keeps its base's words, and a base its subclass's (traitlets' List is a Container).
    [InlineData("The name of the collection", "Collection", "Subcollection", null)]
    [InlineData("The name of the collection", "Subcollection", "Collection", null)]
    // Functions of two modules are not classes.
    [InlineData("The name of the image.", "images.get", "plugins.get", null)]
    public void Counterparts_in_sibling_classes_read_the_class_s_word_as_each_other(string description, string source, string draft, string? expected) =>
        Assert.Equal(
            expected,
            ParallelEntry.ForDefinition(description, "name", source, draft, static word => word is "plugin" or "action" or "subcollection", static _ => false, static _ => null, static (a, b) => (a, b) is ("Subcollection", "Collection"))?.Text);

    [Theory]
    // trl's DistillationTrainer speaks of knowledge distillation, the thing, which GOLDTrainer's acronym does not name...
    [InlineData("Teacher model for knowledge distillation.", "DistillationTrainer", "GOLDTrainer", null)]
    [InlineData("Teacher model for knowledge distillation.", "DistillationTrainer.__init__", "GOLDTrainer.__init__", null)]
    // ...but an acronym the source's sentence writes as its name is read as the draft's, and so is a capitalised word.
    [InlineData("Teacher model for GKD.", "GKDTrainer", "GOLDTrainer", "Teacher model for GOLD.")]
    [InlineData("Teacher model for Distillation.", "DistillationTrainer", "GOLDTrainer", "Teacher model for GOLD.")]
    [InlineData("Teacher model for knowledge distillation.", "DistillationTrainer", "RewardTrainer", "Teacher model for knowledge reward.")]
    public void A_word_the_source_writes_in_lower_case_is_no_acronym_s(string description, string source, string draft, string? expected) =>
        Assert.Equal(expected, ParallelEntry.ForDefinition(description, "teacher_model", source, draft, static _ => true, static _ => false, static word => word == "gold" ? "GOLD" : null, static (_, _) => false)?.Text);

    [Theory]
    // boto3's Attr.is_in: "is in" is no phrase attribute_type's name can stand in for, and the reading says so by
    // writing a word twice.
    [InlineData("The value that the attribute is in.", "Attr.is_in", "Attr.attribute_type", null)]
    // For begins_with it stands.
    [InlineData("The value that the attribute is in.", "Attr.is_in", "Attr.begins_with", "The value that the attribute begins with.")]
    public void A_reading_that_writes_a_word_twice_in_a_row_is_none(string description, string source, string draft, string? expected) =>
        Assert.Equal(expected, ParallelEntry.ForDefinition(description, "value", source, draft, static _ => true, static _ => false, static _ => null, static (_, _) => false)?.Text);

    [Theory]
    // flask's _AppCtxGlobals.setdefault says "Like :meth:`dict.setdefault`": a dotted name's part is no word of its prose.
    [InlineData("Like :meth:`dict.setdefault`.", "Name of attribute to pop.")]
    [InlineData("Set and return a default, or setdefault it.", "Name of attribute to setdefault.")]
    public void A_dotted_names_lower_case_part_is_not_the_prose_s_word(string summary, string expected)
    {
        var harness = new DraftingHarness($$"""
            class Globals:
                def pop(self, name, default):
                    '''Get and remove an attribute by name.

                    :param name: Name of attribute to pop.
                    :param default: Value to return if the attribute is not present.
                    '''

                def setdefault(self, name, default=None):
                    '''{{summary}}

                    :param default: Value to set and return if the attribute is not present.
                    '''
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("Globals.setdefault"));

        Assert.Contains($":param name: {expected}", harness.Apply(result));
    }

    [Theory]
    // peft's PeftModelFor* classes write "Base transformer model." where their base writes its own sentence.
    [InlineData(4, "Base transformer model.", "its sibling classes (4 say it)")]
    // Two siblings are not yet the family's word: the base's stands.
    [InlineData(2, "The base transformer model used for Peft.", "the base class")]
    public void Sibling_classes_agreeing_word_for_word_outvote_the_base_class(int siblings, string expected, string source)
    {
        var harness = new DraftingHarness($$"""
            class PeftModel(Module):
                '''
                Args:
                    model (`PreTrainedModel`): The base transformer model used for Peft.
                '''

                def __init__(self, model):
                    self.model = model


            {{string.Concat(Enumerable.Range(1, siblings).Select(i => $$"""
            class PeftModelForTask{{i}}(PeftModel):
                '''
                Args:
                    model (`PreTrainedModel`): Base transformer model.
                '''

                def __init__(self, model):
                    super().__init__(model)


            """))}}
            class PeftModelForCausalLM(PeftModel):
                '''
                A model for causal language modelling.
                '''

                def __init__(self, model):
                    super().__init__(model)
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("PeftModelForCausalLM"));

        Assert.Contains($"model (`PreTrainedModel`): {expected}", harness.Apply(result));
        Assert.Contains($"({source})", Assert.Single(result.Provenance).ToString());
    }

    [Fact]
    public void A_help_text_of_one_long_line_is_wrapped_to_the_files_width_and_code_is_not()
    {
        // trl's help texts are string parts joined into one line of hundreds of columns; its docstrings keep to 119,
        // which its formatted lines reach.
        var rule = "# " + new string('-', 117);
        var harness = new DraftingHarness($$"""
            from dataclasses import dataclass, field

            {{rule}}
            {{rule}}
            {{rule}}


            @dataclass
            class SamplerConfig:
                r'''
                Configuration for the sampler.

                Parameters:
                    seed (`int`):
                        The seed.
                '''

                seed: int = field(metadata={"help": "The seed."})
                strategy: str = field(
                    default="sequential",
                    metadata={
                        "help": "Sampler to use for the training dataloader. Loss types that estimate the KL divergence term "
                        "require `'sequential'` because the KL completion for each example is precomputed against its "
                        "neighbors in a fixed-order batch; any other strategy breaks that pairing."
                    },
                )
            """, DocstringStyle.HuggingFace);

        var drafted = harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("SamplerConfig")));

        Assert.Contains("""
                    strategy (`str`, *optional*, defaults to `"sequential"`):
                        Sampler to use for the training dataloader. Loss types that estimate the KL divergence term require
                        `'sequential'` because the KL completion for each example is precomputed against its neighbors in a
                        fixed-order batch; any other strategy breaks that pairing.
                '''
            """, drafted);
        Assert.All(drafted.Split('\n'), line => Assert.True(line.Length <= 119, line));
    }

    [Fact]
    public void A_summary_wider_than_the_file_stays_on_one_line()
    {
        // A summary of two lines would read as a description without the blank line before it (D205).
        var name = "apply_chat_template_preference_round_trips_with_generation_prompt_insertion_" + new string('x', 20);
        var harness = new DraftingHarness($"def {name}(value):\n    pass\n");

        var drafted = harness.Apply(harness.Drafter.DraftDocstring(harness.Definition(name)));

        Assert.Contains($"    \"\"\"TODO: Summarise what {name} does.\n", drafted);
    }

    [Fact]
    public void Wrapping_leaves_code_lists_and_heads_as_they_are()
    {
        var levels = new IndentLevels("    ", "        ", "    ") { Fill = new ProseFill(30) };
        var text = new DocText();
        text.AddInline(0, "a_very_long_parameter_name_indeed (int):", "first words of a long description");
        text.AddLines(1, "```py\nprint('a long line of code that stays whole')\n```\n- a list item that is too long to fit\n>>> doctest_line_that_is_long(1, 2, 3)");

        var rendered = levels.Render(text.Lines, "\n", indentFirst: true);

        Assert.Equal("""
                a_very_long_parameter_name_indeed (int): first
                    words of a
                    long description
                    ```py
                    print('a long line of code that stays whole')
                    ```
                    - a list item that is too long to fit
                    >>> doctest_line_that_is_long(1, 2, 3)
            """.TrimEnd('\n'), rendered);
    }

    [Fact]
    public void A_wrapped_line_carries_its_end_into_the_paragraph_s_next_line()
    {
        // A paragraph borrowed from a wider file: the first line is too wide here, the second short.
        var levels = new IndentLevels("", "    ", "    ") { Fill = new ProseFill(24) };
        var text = new DocText();
        // A paragraph's last line of one word goes on it too (trl's "… accumulating the batch-level\nstatistics."), a
        // heading of one word does not.
        text.AddLines(0, "one two three four five six\nseven eight\n\nnine ten eleven twelve thirteen\nend.\n\nfifteen sixteen seventeen\nExample:\n```py\ncode()\n```");

        var rendered = levels.Render(text.Lines, "\n", indentFirst: true);

        Assert.Equal("""
            one two three four five
            six seven eight

            nine ten eleven twelve
            thirteen end.

            fifteen
            sixteen seventeen
            Example:
            ```py
            code()
            ```
            """.TrimEnd('\n'), rendered);
    }

    [Fact]
    public void Where_doc_builder_restyles_docstrings_whole_paragraphs_are_filled_as_it_fills_them()
    {
        var levels = new IndentLevels("", "    ", "    ") { Fill = new ProseFill(24, WholeParagraphs: true) };
        var text = new DocText();
        // A paragraph borrowed from a narrower file: its short lines are filled up, white space made one, and a last
        // word may stand alone.
        text.AddLines(0, "one two\nthree  four five six seven\neight\n\n- a list item stays as it is");
        // An entry's head line is kept by doc-builder only when shorter than the width; a head with no room for a word
        // after it has its description below.
        text.AddInline(0, "x (int):", "nine ten eleven twelve thirteen");
        text.AddInline(0, "a_long_parameter_name (int):", "fourteen fifteen");

        var rendered = levels.Render(text.Lines, "\n", indentFirst: true);

        Assert.Equal("""
            one two three four five
            six seven eight

            - a list item stays as it is
            x (int): nine ten
                eleven twelve
                thirteen
            a_long_parameter_name (int):
                fourteen fifteen
            """.TrimEnd('\n'), rendered);
    }

    [Fact]
    public void A_repository_restyling_with_doc_builder_gets_drafts_its_check_finds_nothing_to_change_in()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("pyproject.toml", "[project]\nname = \"pkg\"\n\n[tool.ruff]\nline-length = 80\n");
        tree.Write("Makefile", "quality:\n\tdoc-builder style src/pkg docs/source --max_len 80 --check_only\n");
        tree.Write("pkg/__init__.py", "");
        // The class documents retries at eight columns; a method's entry sits four deeper.
        var source = """
            class Client:
                '''A client.

                Args:
                    retries (`int`):
                        How many times the request is tried again
                        when the server answers.
                '''

                def post(self, payload, retries):
                    '''Post a payload.

                    Args:
                        payload (`str`):
                            The payload.
                    '''
            """;
        var configuration = ProjectConfiguration.Load(tree.Path);
        var harness = new DraftingHarness(source, DocstringStyle.HuggingFace, settings: configuration.ForFile("pkg/mod.py") with { EnabledCodes = new HashSet<string> { "D417" } });

        var drafted = harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("Client.post")));

        // Filled word by word to 80 columns, as `doc-builder style --max_len 80` fills it (its check would otherwise
        // fail on the class's shorter lines, kept as they were).
        Assert.Contains("""
                        retries (`int`):
                            How many times the request is tried again when the server
                            answers.
            """, drafted);
    }

    [Fact]
    public void Drafted_prose_wraps_to_the_line_length_the_repository_configures()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("pyproject.toml", "[project]\nname = \"pkg\"\n\n[tool.ruff]\nline-length = 60\n");
        tree.Write("pkg/__init__.py", "");
        var source = """
            def send(payload, retries):
                '''Send a payload.

                Args:
                    payload: The payload.
                    retries: How many times the request is tried again when the server answers with an error.
                '''


            def post(payload, retries):
                '''Post a payload.

                Args:
                    payload: The payload.
                '''
            """;
        var configuration = ProjectConfiguration.Load(tree.Path);
        var harness = new DraftingHarness(source, settings: configuration.ForFile("pkg/mod.py") with { EnabledCodes = new HashSet<string> { "D417" } });

        var drafted = harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("post")));

        // The file's own lines reach 98 columns; the configured 60 wins.
        Assert.Contains("""
                    retries: How many times the request is tried again
                        when the server answers with an error.
                '''
            """, drafted);
    }

    [Fact]
    public void A_generated_file_lends_its_fields_docstrings_but_not_its_copies_of_entries()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("pkg/__init__.py", "");
        tree.Write("pkg/_generated/__init__.py", "");
        tree.Write("pkg/_generated/types.py", """
            # This file is auto-generated. Do not edit.
            class ChatInput:
                top_logprobs: int = 0
                '''How many likely tokens to return at each position.'''
            """);
        // Generated from the sync client: when the sync one lacks an entry, so does this copy.
        tree.Write("pkg/_generated/async_client.py", """
            # This file is auto-generated. Do not edit.
            async def chat(top_logprobs=0):
                '''Chat.

                Args:
                    top_logprobs: The async copy's words.
                '''
            """);
        var configuration = ProjectConfiguration.Load(tree.Path);
        var scan = new WorkspaceScanner(new DirectoryWalker()).Scan(tree.Path, configuration, new ScanOptions(), CancellationToken.None);
        var harness = new DraftingHarness("def chat(top_logprobs=0):\n    pass\n", index: ParameterDescriptionIndex.Of(scan));

        var result = harness.Drafter.DraftDocstring(harness.Definition("chat"));

        Assert.Equal(["pkg/_generated/async_client.py", "pkg/_generated/types.py"], scan.Generated.Select(g => g.Path));
        // Wrapped at 88 columns (the file is narrower), the continuation one level deeper as Google writes it.
        Assert.Contains("top_logprobs (int, optional): How many likely tokens to return at each position.\n            Defaults to 0.", harness.Apply(result));
        Assert.Equal("chat parameter top_logprobs: from pkg/_generated/types.py:3, ChatInput (a help text for the same name)", Assert.Single(result.Provenance).ToString());
        // A scan that lets modules go (clawdev scan) does not parse what it excluded.
        Assert.Empty(new WorkspaceScanner(new DirectoryWalker()).Scan(tree.Path, configuration, new ScanOptions { KeepModules = false }, CancellationToken.None).Generated);
    }

    [Fact]
    public void A_fields_docstring_of_several_paragraphs_lends_its_first()
    {
        // pydantic's ConfigDict fields go on after their first paragraph with examples in code blocks (holding
        // triple quotes of their own): the first paragraph says what the field is; the whole could not be used.
        var harness = new DraftingHarness(""""
            from typing import TypedDict


            class ConfigDict(TypedDict):
                fail_fast: bool
                """
                If `True`, validation stops on the first error.

                ```python
                class Model(BaseModel):
                    '''A model.'''
                ```
                """


            def Field(other, fail_fast=None):
                """Make a field.

                Args:
                    other: Something else.
                """
            """", DocstringStyle.Google);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("Field"));

        Assert.Contains("fail_fast (optional): If `True`, validation stops on the first error.\n    \"\"\"", harness.Apply(result));
        Assert.Equal("Field parameter fail_fast: from pkg/mod.py:5, ConfigDict (a help text for the same name)", Assert.Single(result.Provenance).ToString());
    }

    [Fact]
    public void Borrowed_text_never_changes_the_literal_outside_the_new_entries()
    {
        // CPython's logging.handlers got codeop's raw "may contain \n characters": the draft gave the existing
        // literal an r prefix (a change outside the new entry). In a non-raw docstring "\n" is a line break to
        // Python, so such text is never reused at all.
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/escaped.py", PythonParser.Parse("""
            def split(source):
                '''Split.

                Args:
                    source: the source string; may contain \n characters
                '''


            def split_raw(dest):
                r'''Split.

                Args:
                    dest: where lines ending in \n go
                '''
            """));
        var harness = new DraftingHarness("""
            def rotate(source, dest):
                '''Rotate.'''


            def rotated(dest):
                pass
            """, index: index);

        var existing = harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("rotate")));
        var created = harness.Apply(harness.Drafter.DraftDocstring(harness.Definition("rotated")));

        Assert.Contains("source: TODO: describe source.", existing);
        Assert.Contains("dest: TODO: describe dest.", existing);
        Assert.StartsWith("def rotate(source, dest):\n    '''Rotate.", existing);
        Assert.Contains("    r'''TODO: Summarise what rotated does.", created);
        Assert.Contains("dest: where lines ending in \\n go", created);
    }

    [Fact]
    public void Evidence_is_reused_as_its_docstring_reads_it()
    {
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/escaped.py", PythonParser.Parse("""
            def split(pattern):
                '''Split.

                Args:
                    pattern: a regular expression like \\d+ or a \"word\"
                '''


            def raw_split(sep):
                r'''Split.

                Args:
                    sep: a separator such as \t
                '''
            """));
        var harness = new DraftingHarness("""
            def rotate(pattern, sep):
                pass
            """, index: index);

        var text = harness.Apply(harness.Drafter.DraftDocstring(harness.Definition("rotate")));

        Assert.Contains("    pattern: a regular expression like \\d+ or a \"word\"\n", text);
        Assert.Contains("    sep: a separator such as \\t\n", text);
        Assert.StartsWith("def rotate(pattern, sep):\n    r\"\"\"", text);
    }

    [Fact]
    public void Help_texts_elsewhere_describe_a_name_no_docstring_does()
    {
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/cli.py", PythonParser.Parse("""
            import argparse
            import click


            def main():
                parser = argparse.ArgumentParser()
                parser.add_argument("--num-workers", type=int, help="Number of worker processes (default: %(default)s).")
                parser.add_argument("--quiet", action="store_true", help=argparse.SUPPRESS)


            @click.command()
            @click.option("--cache-dir", "-c", help="Folder to keep downloads in.")
            def download(cache_dir):
                pass
            """));
        var harness = new DraftingHarness("""
            from typing import Annotated

            import typer


            def run(num_workers=4, quiet=False, cache_dir=None, token: Annotated[str | None, typer.Option(help="A User Access Token.")] = None):
                pass
            """, index: index);

        var result = harness.Drafter.DraftDocstring(harness.Definition("run"));

        var text = harness.Apply(result);
        Assert.Contains("num_workers (int, optional): Number of worker processes. Defaults to 4.", text);
        Assert.Contains("quiet (bool, optional): TODO: describe quiet. Defaults to False.", text);
        Assert.Contains("cache_dir (optional): Folder to keep downloads in.", text);
        Assert.Contains("token (str, optional): A User Access Token.", text);
        Assert.Equal(
            ["run parameter num_workers: from pkg/cli.py:7, main (a help text for the same name)", "run parameter cache_dir: from pkg/cli.py:12, download (a help text for the same name)", "run parameter token: from pkg/mod.py:6, run (its own help text)"],
            result.Provenance.Select(p => p.ToString()));
    }

    [Fact]
    public void A_copy_takes_its_origin_entry_with_the_marks_replacements_before_nearer_text()
    {
        using var repository = new TemporaryDirectory();
        repository.Write("pyproject.toml", "[project]\nname = \"pkg\"\n");
        repository.Write("pkg/__init__.py");
        repository.Write("pkg/models/__init__.py");
        repository.Write("pkg/models/bert.py", """
            class BertModel:
                '''The Bert model.

                Args:
                    hidden_size (int): Size of the Bert hidden layers.
                '''

                def __init__(self, hidden_size):
                    self.hidden_size = hidden_size
            """);
        repository.Write("pkg/models/roberta.py", """
            def embed(hidden_size):
                '''Embed.

                Args:
                    hidden_size (int): Something this file says about it.
                '''


            # Copied from pkg.models.bert.BertModel with Bert->Roberta
            class RobertaModel:
                '''The Roberta model.

                Args:
                '''

                def __init__(self, hidden_size):
                    self.hidden_size = hidden_size
            """);
        var configuration = ProjectConfiguration.Load(repository.Path);
        var scan = new WorkspaceScanner(new DirectoryWalker()).Scan(repository.Path, configuration, new ScanOptions { KeepModules = true }, CancellationToken.None);
        var index = new ParameterDescriptionIndex();
        foreach (var file in scan.Files)
        {
            index.Add(file.RelativePath, file.Module);
        }
        var copy = scan.Files.Single(f => f.RelativePath == "pkg/models/roberta.py");
        var settings = configuration.ForFile(copy.RelativePath);
        var drafter = new DocstringDrafter(copy.Module, copy.RelativePath, settings, DraftingOptions.For(null, settings, scan.DocstringStyles, index, project: scan.Facts, moduleName: "pkg.models.roberta"));

        var result = drafter.DocumentMissingParameters(copy.Module.AllDefinitions().Single(d => d.QualifiedName == "RobertaModel"));

        Assert.Contains("hidden_size (int): Size of the Roberta hidden layers.", TextEdits.Apply(copy.Module.Text, result.Edits));
        Assert.Equal("RobertaModel parameter hidden_size: from pkg/models/bert.py:5, BertModel (the origin it is copied from)", Assert.Single(result.Provenance).ToString());
    }

    [Fact]
    public void Each_edit_names_the_parts_it_writes()
    {
        var index = new ParameterDescriptionIndex();
        index.Add("pkg/other.py", Module(
            ("a", "timeout", "Seconds to wait for the server before giving up."),
            ("b", "url", "Where from.")));
        var harness = new DraftingHarness("def serve(timeout):\n    pass\n\n\ndef connect(url):\n    pass\n", DocstringStyle.HuggingFace, index: index);

        var result = harness.Drafter.DocumentFile(harness.Findings);

        var serve = result.Edits.Single(e => e.NewText.Contains("timeout", StringComparison.Ordinal));
        var connect = result.Edits.Single(e => e.NewText.Contains("url", StringComparison.Ordinal));
        Assert.Equal(["serve parameter timeout"], result.PartsOf(serve).Select(p => $"{p.Symbol} {p.Part}"));
        Assert.Equal(["connect parameter url"], result.PartsOf(connect).Select(p => $"{p.Symbol} {p.Part}"));
        // A part whose words no edit shows goes with the first edit, and only there.
        var rewritten = new Provenance("f", "summary", GroundingSource.BaseClassMethod, "pkg/base.py", "Base.f", 1) { Text = "Words the writer changed." };
        var withUnshown = result with { Provenance = [.. result.Provenance, rewritten] };
        Assert.Equal(result.Edits.Select((_, i) => i == 0), withUnshown.Edits.Select(e => withUnshown.PartsOf(e).Contains(rewritten)));
    }

    [Theory]
    // The sibling's word is swapped for the missing parameter's.
    [InlineData("source_mtime", "Mtime of the source file (milliseconds).", "dest_mtime", "Mtime of the dest file (milliseconds).")]
    // A spelled-out word keeps its ending where the file writes that word ("minimum" in unrelated's entry).
    [InlineData("max_length", "The maximum length of the text.", "min_length", "The minimum length of the text.")]
    // Without that word in the file the plain word is written.
    [InlineData("dest_size", "Size of the destination file.", "source_size", "Size of the source file.")]
    // A sentence naming both sets them against each other: they trade places.
    [InlineData("serialization_alias", "Like `alias`, but only affects serialization, not validation.", "validation_alias", "Like `alias`, but only affects validation, not serialization.")]
    // Capitalised as the word was.
    [InlineData("student_log_probs", "Student log-probabilities, per token.", "teacher_log_probs", "Teacher log-probabilities, per token.")]
    // Numbered parameters count: the ordinal moves by the numbers' difference.
    [InlineData("seq1", "The first sequence to compare.", "seq2", "The second sequence to compare.")]
    // A sentence stating the sibling's own value is left out.
    [InlineData("c3", "The fourth constant of the curve. The published value is ``0.433``.", "c4", "The fifth constant of the curve.")]
    public void A_parallel_parameter_of_the_same_docstring_speaks_for_one_nothing_else_documents(string sibling, string description, string missing, string drafted)
    {
        var harness = new DraftingHarness($$"""
            def compare({{sibling}}, {{missing}}):
                '''Compare two things.

                Args:
                    {{sibling}}: {{description}}
                '''


            def unrelated(width):
                '''Unrelated.

                Args:
                    width: Its minimum width.
                '''
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("compare"));

        Assert.Contains($"{missing}: {drafted}", harness.Apply(result));
        var provenance = Assert.Single(result.Provenance);
        Assert.Equal((GroundingSource.ParallelEntry, 5), (provenance.Source, provenance.Line));
        Assert.StartsWith($"{sibling}'s entry, ", provenance.Adaptation);
    }

    [Theory]
    // The sentence does not say what sets the two apart: it would describe the sibling, not the parameter.
    [InlineData("chosen_embeddings", "Embeddings of desirable prompts.", "rejected_embeddings")]
    // A class name that begins with the word is not the word spelled out.
    [InlineData("result_queue", "A queue of ResultItems.", "call_queue")]
    // Names that differ in more than one word are not parallel.
    [InlineData("source_file_size", "Size of the source file.", "dest_file_mtime")]
    // A numbered sibling's sentence without an ordinal does not say which one it is.
    [InlineData("x1", "The x coordinate.", "x2")]
    // Every sentence states the sibling's own value.
    [InlineData("c3", "The fourth constant, ``0.433``.", "c4")]
    // A plural read as a singular breaks the sentence (accelerate's "The number of plugin that should pass …").
    [InlineData("gradient_accumulation_steps", "The number of steps that should pass before gradients are accumulated.", "gradient_accumulation_plugin")]
    [InlineData("proxy_url", "The URL of the proxy to be used.", "proxy_headers")]
    public void A_sibling_whose_sentence_does_not_read_for_the_parameter_is_not_used(string sibling, string description, string missing)
    {
        var harness = new DraftingHarness($$"""
            def compare({{sibling}}, {{missing}}):
                '''Compare two things.

                Args:
                    {{sibling}}: {{description}}
                '''
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("compare"));

        Assert.Contains($"{missing}: TODO: describe {missing}.", harness.Apply(result));
        Assert.Empty(result.Provenance);
    }

    [Theory]
    // click's style: two siblings of its kind write one sentence but for their names.
    [InlineData("underline: bool = None, overline: bool = None, italic: bool = None", "italic", "if provided this will enable or disable italic.")]
    // A snake_case name fills a slot written as code (werkzeug's EnvironBuilder).
    [InlineData("multithread: bool = False, multiprocess: bool = False, run_once: bool = False", "run_once", "controls `wsgi.run_once`.")]
    public void The_sentence_siblings_of_its_kind_write_alike_but_for_their_names_is_read_for_the_parameter(string signature, string missing, string drafted)
    {
        var harness = new DraftingHarness(PatternSource(signature, missing));

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("style"));

        Assert.Contains($"        {missing}: {drafted}\n", harness.Apply(result));
        var provenance = Assert.Single(result.Provenance);
        Assert.Equal(GroundingSource.ParallelEntry, provenance.Source);
        Assert.EndsWith($"entries share, read for '{missing}'", provenance.Adaptation);
    }

    [Theory]
    // Siblings of another kind: a colour is no flag.
    [InlineData("underline: bool = None, overline: bool = None, fg: str = None", "fg")]
    // A signature that gives no type says nothing of the kind.
    [InlineData("underline=None, overline=None, italic=None", "italic")]
    // Only one sibling says it: the sentence may be that parameter's alone.
    [InlineData("underline: bool = None, overline: bool = None, italic: bool = None", "overline", "only the underline")]
    // A snake_case name in prose is no sentence ("a resolve_path check").
    [InlineData("underline: bool = None, overline: bool = None, allow_dash: bool = None", "allow_dash")]
    // A sentence opening with the name says what it is by its name alone ("Start of needed interval").
    [InlineData("start: int = 0, end: int = 0, left: int = 0", "left", "opening")]
    public void A_sentence_of_siblings_that_does_not_read_for_the_parameter_is_not_used(string signature, string missing, string variant = "")
    {
        var source = PatternSource(signature, missing);
        if (variant == "only the underline")
        {
            source = source.Replace("italic: if provided this will enable or disable italic.", "italic: Use italics.");
        }
        if (variant == "opening")
        {
            source = source.Replace("if provided this will enable or disable start.", "Start of needed interval.")
                .Replace("if provided this will enable or disable end.", "End of needed interval.");
        }
        var harness = new DraftingHarness(source);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("style"));

        Assert.Contains($"        {missing}: TODO: describe {missing}.\n", harness.Apply(result));
        Assert.Empty(result.Provenance);
    }

    /// <summary>A function of the signature's parameters documenting every one but the missing one, each the same
    /// sentence but for its name (where it is no special case: werkzeug's wording for its WSGI flags).</summary>
    private static string PatternSource(string signature, string missing)
    {
        var names = signature.Split(", ").Select(static p => p.Split([':', '='])[0].Trim()).Where(n => n != missing);
        var entries = string.Join("\n", names.Select(static n => n is "multithread" or "multiprocess"
            ? $"            {n}: controls `wsgi.{n}`."
            : $"            {n}: if provided this will enable or disable {n}."));
        return $"def style({signature}):\n    '''Style a text.\n\n    Args:\n{entries.Replace("            ", "        ")}\n    '''\n";
    }

    [Theory]
    // "deleted" is delete_file's word inflected; the file writes "uploaded", so it reads for upload_file.
    [InlineData("The folder is uploaded.", "The repository from which the file will be uploaded.")]
    // A form the file never writes is not made up.
    [InlineData("The folder to send.", "The repository from which the file will be deleted.")]
    public void A_differing_word_inflected_is_read_as_the_draft_s_word_inflected_alike_where_the_file_writes_it(string otherEntry, string drafted)
    {
        var harness = new DraftingHarness($$"""
            def delete_file(repo_id):
                '''Delete a file.

                Args:
                    repo_id: The repository from which the file will be deleted.
                '''


            def upload_folder(folder):
                '''Upload a folder.

                Args:
                    folder: {{otherEntry}}
                '''


            def upload_file(repo_id, path):
                '''Upload a file.

                Args:
                    path: The path.
                '''
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("upload_file"));

        Assert.Contains($"        repo_id: {drafted}\n", harness.Apply(result));
    }

    [Theory]
    // create_tag's word "tag" is create_branch's "branch".
    [InlineData("create_tag", "exist_ok", "If True, do not fail if the tag already exists.", "create_branch", "If True, do not fail if the branch already exists.")]
    // A plural name word reads its singular too.
    [InlineData("list_models", "search", "Text the returned models' names contain, one model per line.", "list_datasets", "Text the returned datasets' names contain, one dataset per line.")]
    // The differing word is the parameter's own: the sentence speaks of the parameter, which keeps its name.
    [InlineData("revision_exists", "revision", "The revision to check.", "file_exists", "The revision to check.")]
    // A word both names have (image_to_image, text_to_image) says nothing of which is which.
    [InlineData("image_to_image", "prompt", "What not to include in the image.", "text_to_image", "What not to include in the image.")]
    // Names that differ in number only are the same subject.
    [InlineData("json_schema", "mode", "How each schema is generated.", "json_schemas", "How each schema is generated.")]
    // Names that differ in as many words, two or more: the sentence that writes them together reads the draft's.
    [InlineData("fill_mask", "model", "The model to use for the fill mask task.", "feature_extraction", "The model to use for the feature extraction task.")]
    [InlineData("fill_mask", "model", "The model to use for the fill-mask task.", "feature_extraction", "The model to use for the feature-extraction task.")]
    [InlineData("get_content_length", "environ", "The WSGI environ to get the content length from.", "get_path_info", "The WSGI environ to get the path info from.")]
    // Not when they differ in length: parse_color_value's "color value" is no parse_hsl's "hsl".
    [InlineData("parse_color_value", "value", "An integer or string color value.", "parse_hsl", "An integer or string color value.")]
    // Nor when the words stand apart.
    [InlineData("fill_mask", "model", "The model to fill each mask with.", "feature_extraction", "The model to fill each mask with.")]
    // A sentence that already uses the draft's word names both in their own roles: not read for the draft.
    [InlineData("remove_plugin", "force", "Disable the plugin first, though a container may use it.", "remove_container", "Disable the plugin first, though a container may use it.")]
    public void Evidence_from_a_definition_whose_name_differs_in_one_word_reads_that_word_as_the_draft_s(string source, string parameter, string description, string draft, string drafted)
    {
        var harness = new DraftingHarness($$"""
            def {{source}}(repo_id, {{parameter}}):
                '''Do the other thing.

                Args:
                    {{parameter}}: {{description}}
                '''


            def {{draft}}(repo_id, {{parameter}}):
                '''Do this thing.

                Args:
                    repo_id: The repository.
                '''
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition(draft));

        Assert.Contains($"        {parameter}: {drafted}\n", harness.Apply(result));
        Assert.Equal(drafted != description, Assert.Single(result.Provenance).Adaptation is not null);
    }

    [Theory]
    // The draft's own docstring spells the model's name: the word is written its way.
    [InlineData("Configuration of a RoBERTa model.", "Vocabulary size of the ALBERT model.", "Vocabulary size of the RoBERTa model.")]
    // It does not: written as the source writes its word, in capitals or capitalised.
    [InlineData("Configuration of the model.", "Vocabulary size of the ALBERT model.", "Vocabulary size of the ROBERTA model.")]
    [InlineData("Configuration of the model.", "Vocabulary size of the Albert model.", "Vocabulary size of the Roberta model.")]
    // A lower-case word is an identifier's spelling (a model type): it stays in lower case.
    [InlineData("Configuration of a RoBERTa model.", "Loads checkpoints of model type albert.", "Loads checkpoints of model type roberta.")]
    // A class its own docstring names is renamed to, though the workspace does not define it.
    [InlineData("Configuration of a [`RobertaModel`].", "Tokens [`AlbertModel`] knows.", "Tokens [`RobertaModel`] knows.")]
    [InlineData("Configuration of the model.", "Tokens [`AlbertModel`] knows.", "Tokens [`AlbertModel`] knows.")]
    public void The_word_read_as_the_draft_s_is_written_as_the_draft_s_own_docstring_writes_it(string ownSummary, string description, string drafted)
    {
        var harness = new DraftingHarness($$"""
            class AlbertConfig:
                '''Configuration.

                Args:
                    vocab_size: {{description}}
                '''

                def __init__(self, vocab_size, hidden_size):
                    pass


            class RobertaConfig:
                '''{{ownSummary}}

                Args:
                    hidden_size: The width.
                '''

                def __init__(self, vocab_size, hidden_size):
                    pass
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("RobertaConfig"));

        Assert.Contains($"        vocab_size: {drafted}\n", harness.Apply(result));
    }

    [Theory]
    [InlineData("[`LlamaConfig`]", "[`MistralConfig`]")]
    // The module path it is written under names the word too (trl's "[`experimental.cpo.CPOConfig`]" is BCOTrainer's
    // "[`experimental.bco.BCOConfig`]").
    [InlineData("[`models.llama.LlamaConfig`]", "[`models.mistral.MistralConfig`]")]
    public void The_type_of_an_entry_from_a_one_word_different_definition_names_the_draft_s_class(string sourceType, string draftedType)
    {
        var harness = new DraftingHarness($$"""
            class LlamaConfig:
                '''Llama settings.'''


            class MistralConfig:
                '''Mistral settings.'''


            class LlamaModel:
                '''
                The bare Llama model.

                Args:
                    config ({{sourceType}}):
                        Model configuration class with all the parameters of the model.
                    add_pooling_layer (`bool`, *optional*, defaults to `True`):
                        Whether to add a pooling layer.
                '''

                def __init__(self, config, add_pooling_layer=True):
                    self.config = config


            class MistralModel:
                '''
                The bare Mistral model.

                Args:
                    add_pooling_layer (`bool`, *optional*, defaults to `True`):
                        Whether to add a pooling layer.
                '''

                def __init__(self, config, add_pooling_layer=True):
                    self.config = config
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("MistralModel"));

        Assert.Contains($"        config ({draftedType}):\n            Model configuration class with all the parameters of the model.\n", harness.Apply(result));
        Assert.Equal("'llama' read as 'mistral'", Assert.Single(result.Provenance).Adaptation);
    }

    [Theory]
    // Hugging Face's configurations name their model class: the draft's model is the class the repository defines.
    [InlineData("Tokens the LLaMA model knows: [`LlamaModel`].", "MistralModel", "Tokens the Mistral model knows: [`MistralModel`].")]
    [InlineData("The tokens [`TFLlamaModel`] embeds.", "TFMistralModel", "The tokens [`TFMistralModel`] embeds.")]
    // A class the repository does not define is not made up: the name stays as written.
    [InlineData("Tokens the LLaMA model knows: [`LlamaModel`].", "MistralTokenizer", "Tokens the Mistral model knows: [`LlamaModel`].")]
    [InlineData("The tokens [`LlamaModel`] embeds.", "MistralTokenizer", "The tokens [`LlamaModel`] embeds.")]
    public void A_class_named_with_the_differing_word_is_renamed_for_the_draft_where_the_repository_defines_it(string description, string otherClass, string drafted)
    {
        var harness = new DraftingHarness($$"""
            class LlamaModel:
                '''The Llama model.'''


            class {{otherClass}}:
                '''Another class.'''


            class LlamaConfig:
                '''Llama settings.

                Args:
                    vocab_size: {{description}}
                '''

                def __init__(self, vocab_size, hidden_size):
                    pass


            class MistralConfig:
                '''Mistral settings.

                Args:
                    hidden_size: The width.
                '''

                def __init__(self, vocab_size, hidden_size):
                    pass
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("MistralConfig"));

        Assert.Contains($"        vocab_size: {drafted}\n", harness.Apply(result));
        Assert.Equal(drafted != description, Assert.Single(result.Provenance).Adaptation is not null);
    }

    [Theory]
    // huggingface_hub annotates RepoVisibility_T and its entries write the Literal it stands for.
    [InlineData("Visibility_T = Literal[\"public\", \"private\"]", "`Literal[\"public\", \"private\"]`", "`Literal[\"public\", \"private\"]`")]
    [InlineData("Visibility_T: TypeAlias = Literal[\"public\", \"private\"]", "`Literal[\"public\", \"private\"]`", "`Literal[\"public\", \"private\"]`")]
    [InlineData("type Visibility_T = Literal[\"public\", \"private\"]", "`Literal[\"public\", \"private\"]`", "`Literal[\"public\", \"private\"]`")]
    // Another alias says nothing more of this one ("`DatasetSort_T`" for ModelSort_T).
    [InlineData("Visibility_T = Literal[\"public\", \"private\"]\nOther_T = Literal[\"a\"]", "`Other_T`", "`Visibility_T`")]
    // A name bound to anything else is no alias: a class names what it is.
    [InlineData("Visibility_T = make_visibility()", "`Literal[\"public\", \"private\"]`", "`Visibility_T`")]
    public void An_annotation_naming_a_type_alias_takes_the_type_the_entries_write_for_it(string alias, string documentedType, string draftedType)
    {
        var harness = new DraftingHarness($$"""
            from typing import Literal, TypeAlias

            {{alias}}


            def create_repo(repo_id: str, visibility: Visibility_T):
                '''Create a repository.

                Args:
                    repo_id (`str`):
                        The repository.
                    visibility ({{documentedType}}):
                        Visibility of the repo.
                '''


            def update_repo(repo_id: str, visibility: Visibility_T):
                '''Update a repository.

                Args:
                    repo_id (`str`):
                        The repository.
                '''
            """, DocstringStyle.HuggingFace);

        var after = harness.Apply(harness.Drafter.DocumentMissingParameters(harness.Definition("update_repo")));

        Assert.Contains($"        visibility ({draftedType}):\n            Visibility of the repo.\n", after[after.IndexOf("Update a repository.", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void An_entry_whose_written_type_its_own_annotation_contradicts_is_compared_by_the_annotation()
    {
        var harness = new DraftingHarness("""
            class Card:
                def __init__(self, content: str, ignore_errors: bool = False):
                    '''Make a card.

                    Args:
                        content (str): The text.
                        ignore_errors (str): If True, parsing errors are ignored.
                    '''

                def load(self, path: str, ignore_errors: bool = False):
                    '''Load a card.

                    Args:
                        path (str): Where it is.
                    '''
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("Card.load"));

        Assert.Contains("ignore_errors (bool, optional): If True, parsing errors are ignored.", harness.Apply(result));
        Assert.Equal(GroundingSource.SameFile, Assert.Single(result.Provenance).Source);
    }

    [Theory]
    // Both documenting functions share only repo_id with the draft; the nearer one would win, but the other's
    // "deleted" is the draft's "delete".
    [InlineData("remove_branch", "The repository in which a reference will be deleted.", "The repository in which a reference will be deleted.")]
    // delete_branch's "branch" is read as the draft's "tag": its entry is delete_tag's own template, not one that
    // speaks of another function's subject.
    [InlineData("delete_branch", "The repository in which a branch will be removed.", "The repository in which a tag will be removed.")]
    public void Among_descriptions_of_one_file_the_one_that_resembles_the_draft_s_name_wins(string other, string description, string drafted)
    {
        var harness = new DraftingHarness($$"""
            def delete_tag(repo_id, tag):
                '''Delete a tag.

                Args:
                    tag: The tag.
                '''


            def list_refs(repo_id):
                '''List refs.

                Args:
                    repo_id: A namespace and a repo name.
                '''


            def {{other}}(repo_id):
                '''Change a branch.

                Args:
                    repo_id: {{description}}
                '''
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("delete_tag"));

        Assert.Contains($"        repo_id: {drafted}\n", harness.Apply(result));
        Assert.Equal(other, Assert.Single(result.Provenance).SourceSymbol);
    }

    [Theory]
    // pydantic's deprecated BaseModel.copy beside model_copy: its entry is not the repository's current word.
    [InlineData("@typing_extensions.deprecated('Use `model_copy` instead.')", true, "clone")]
    [InlineData("", true, "Model.copy")]
    // Where no current entry speaks for it, the deprecated one still does (IPython's `start_kernel` for `start_ipython`).
    [InlineData("@typing_extensions.deprecated('Use `model_copy` instead.')", false, "Model.copy")]
    public void A_deprecated_definition_s_entry_comes_after_every_current_one(string decorator, bool elsewhere, string source)
    {
        var harness = new DraftingHarness($$"""
            class Model:
                def model_copy(self, update=None, deep=False):
                    '''Copy the model.

                    Args:
                        update: Values to change in the new model.
                    '''

                {{decorator}}
                def copy(self, update=None, deep=False):
                    '''Copy the model (deprecated).

                    Args:
                        deep: If True, the values of fields that are models will be deep-copied.
                    '''
            """, index: elsewhere ? Index(("pkg/other.py", "clone", "deep", "Set to True to copy nested models too.")) : null);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("Model.model_copy"));

        Assert.Equal(source, Assert.Single(result.Provenance).SourceSymbol);
    }

    [Theory]
    // "serializer" is a word of inspect_field_serializer's name, not of the draft's: the entry speaks of what that
    // function does with the value, and the entry that does not wins though it is farther.
    [InlineData("Check the validators.", "The serializer mode, either 'plain' or 'wrap'.", "inspect_validator")]
    // Unless the draft's own docstring uses the word too.
    [InlineData("Check the validators and the serializers.", "The serializer mode, either 'plain' or 'wrap'.", "inspect_field_serializer")]
    // A name in backticks is a reference, not the entry's own words.
    [InlineData("Check the validators.", "The mode, as `inspect_field_serializer` reads it.", "inspect_field_serializer")]
    [InlineData("Check the validators.", "The mode, as ``inspect_field_serializer`` reads it.", "inspect_field_serializer")]
    public void An_entry_that_names_its_own_definition_and_not_the_draft_s_loses_to_one_that_does_not(string summary, string serializerMode, string winner)
    {
        var harness = new DraftingHarness($$"""
            def apply_validators(schema, mode):
                '''{{summary}}

                Args:
                    schema: The schema.
                '''


            def inspect_field_serializer(schema, mode):
                '''Inspect a serializer.

                Args:
                    mode: {{serializerMode}}
                '''


            def inspect_validator(schema, mode):
                '''Inspect a validator.

                Args:
                    mode: The mode the function runs in.
                '''
            """);

        var result = harness.Drafter.DocumentMissingParameters(harness.Definition("apply_validators"));

        Assert.Equal(winner, Assert.Single(result.Provenance).SourceSymbol);
    }

    [Theory]
    [InlineData("Seconds to wait for the server before giving up.", "        timeout (int):\n            Seconds to wait for the\n            server before giving up. Defaults to 5.\n", true)]
    [InlineData("Seconds to wait.", "    timeout: Seconds to wait. Defaults to 5.\n", true)]
    [InlineData("Seconds to wait for the server before giving up.", "    timeout: Seconds to wait for a server.\n", false)]
    [InlineData("", "    timeout: Seconds.\n", false)]
    public void A_part_is_found_in_an_edit_whatever_the_line_breaks(string text, string written, bool found) =>
        Assert.Equal(found, new Provenance("f", "parameter timeout", GroundingSource.SameFile, "pkg/mod.py", "g", 1) { Text = text }.IsWrittenIn(written));

    private static ParameterDescriptionIndex Index(params (string Path, string Function, string Parameter, string Description)[] entries)
    {
        var index = new ParameterDescriptionIndex();
        foreach (var path in entries.GroupBy(e => e.Path))
        {
            index.Add(path.Key, Module([.. path.Select(e => (e.Function, e.Parameter, e.Description))]));
        }
        return index;
    }

    private static PythonModule Module(params (string Function, string Parameter, string Description)[] entries) =>
        PythonParser.Parse(string.Concat(entries.Select(e => $"def {e.Function}({e.Parameter}):\n    \"\"\"Do it.\n\n    Args:\n        {e.Parameter}: {e.Description}\n    \"\"\"\n\n\n")));
}
