using ClawDev.Core.Drafting;
using ClawDev.Core.Drafting.Grounding;
using ClawDev.Core.Python;

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
    [InlineData("    return g(x=x)\n", "x", false, "g")]
    [InlineData("    return self.model.generate(input_ids, x = x, y=y)\n", "x", false, "self.model.generate")]
    [InlineData("    super().__init__(x=x)\n", "x", false, CallSites.SuperConstructor)]
    [InlineData("    return g(**kwargs)\n", "kwargs", true, "g")]
    [InlineData("    if x == x:\n        return h(y=x)\n", "x", false, null)]
    [InlineData("    return g(xx=x, x=xx)\n", "x", false, null)]
    [InlineData("    values = [x=x]\n", "x", false, null)]
    public void Call_sites_find_where_a_parameter_is_passed_on(string body, string name, bool starred, string? callee)
    {
        var text = "def f(x, y, **kwargs):\n" + body;

        var callees = CallSites.Receiving(text, text.IndexOf('\n'), text.Length, name, starred);

        Assert.Equal(callee is null ? [] : [callee], callees);
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

    private static PythonModule Module(params (string Function, string Parameter, string Description)[] entries) =>
        PythonParser.Parse(string.Concat(entries.Select(e => $"def {e.Function}({e.Parameter}):\n    \"\"\"Do it.\n\n    Args:\n        {e.Parameter}: {e.Description}\n    \"\"\"\n\n\n")));
}
