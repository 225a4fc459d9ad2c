using ClawDev.Core.Python;

namespace ClawDev.Core.Tests.Python;

/// <summary>The module-level imports and lazy-import tables the outline parser reads.</summary>
public sealed class ImportTests
{
    [Theory]
    [InlineData("import os\n", "os||os")]
    [InlineData("import os, sys as system\n", "os||os;sys||system")]
    [InlineData("import torch.nn as nn\n", "torch.nn||nn")]
    [InlineData("import torch.nn\n", "torch.nn||torch")]
    [InlineData("from . import utils\n", ".|utils|utils")]
    [InlineData("from .trainer import (GRPOTrainer,\n    SFTTrainer as SFT,)\n", ".trainer|GRPOTrainer|GRPOTrainer;.trainer|SFTTrainer|SFT")]
    [InlineData("from ..base import *\n", "..base|*|*")]
    [InlineData("from ...x.y import z\n", "...x.y|z|z")]
    [InlineData("try:\n    from transformers import Trainer\nexcept ImportError:\n    pass\n", "transformers|Trainer|Trainer")]
    [InlineData("if TYPE_CHECKING:\n    from .x import Y\n", ".x|Y|Y")]
    [InlineData("import a; from b import c\n", "a||a")]
    [InlineData("\"\"\"Doc.\n\nfrom fake import Thing\n\"\"\"\n", "")]
    [InlineData("def f():\n    import json\n    from y import z\n", "")]
    [InlineData("class C:\n    from y import z\n", "")]
    [InlineData("from import x\nfrom . import\n", "")]
    public void Module_level_imports_are_read_as_written(string source, string expected)
    {
        var imports = Parsed.Module(source).Imports.Select(import => $"{import.Module}|{import.Name}|{import.LocalName}");

        Assert.Equal(expected.Length == 0 ? [] : expected.Split(';'), imports);
    }

    [Fact]
    public void Lazy_import_tables_are_read_in_every_form()
    {
        const string source = """
            _import_structure = {"trainer": ["GRPOTrainer", "SFTTrainer"], "data_utils": ["apply"], "x": some_list}
            _import_structure["models.bert"].extend(["BertModel"])
            _import_structure["models.gpt"] = ["GPTModel"]
            _import_structure["models.gpt"].append("GPTConfig")
            if is_torch_available():
                _import_structure["models.t5"].extend(("T5Model",))
            _SUBMOD_ATTRS = {
                "hf_api": [
                    "HfApi",  # the client
                    "whoami",
                ],
            }

            """;

        var exports = Parsed.Module(source).LazyExports.Select(export => $"{export.Submodule}:{export.Name}");

        Assert.Equal(
            ["trainer:GRPOTrainer", "trainer:SFTTrainer", "data_utils:apply", "models.bert:BertModel", "models.gpt:GPTModel",
                "models.gpt:GPTConfig", "models.t5:T5Model", "hf_api:HfApi", "hf_api:whoami"],
            exports);
    }

    [Fact]
    public void Module_string_constants_and_doc_assignments_are_recorded()
    {
        const string source = """"
            INPUTS_DOCSTRING = r"""
                Args:
                    input_ids (`torch.LongTensor`): Indices.
            """
            OTHER = "x" + y
            f.__doc__ = INPUTS_DOCSTRING
            Model.forward.__doc__ += "more"
            g.__doc__.strip()

            def h():
                LOCAL = "not module level"
                h.__doc__ = "inside a function: not recorded"

            class DockerClient:
                def ping(self, *args, **kwargs):
                    return self.api.ping(*args, **kwargs)
                ping.__doc__ = APIClient.ping.__doc__

                def version(self):
                    version.__doc__ = "inside a method: not recorded"

            """";

        var module = Parsed.Module(source);

        Assert.Equal(["INPUTS_DOCSTRING", "OTHER"], module.StringConstants.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("input_ids (`torch.LongTensor`)", module.StringConstants["INPUTS_DOCSTRING"].Value);
        Assert.Equal(["f", "Model.forward", "DockerClient.ping"], module.DocAssignments);
    }

    [Fact]
    public void Top_level_upper_case_names_bound_to_one_literal_are_recorded_as_written()
    {
        const string source = """
            DEFAULT_ETAG_TIMEOUT = 10
            NEGATIVE = -1
            REVISION = "main"
            OFFLINE = False
            lower_case = 3
            COMPUTED = int(DEFAULT_ETAG_TIMEOUT)
            TWICE = 1
            TWICE = 2
            SAME_TWICE = "a"
            SAME_TWICE = "a"
            if OFFLINE:
                CONDITIONAL = 1

            def f():
                LOCAL = 5
            """;

        var module = Parsed.Module(source);

        Assert.Equal(
            [("DEFAULT_ETAG_TIMEOUT", "10"), ("NEGATIVE", "-1"), ("OFFLINE", "False"), ("REVISION", "\"main\""), ("SAME_TWICE", "\"a\"")],
            module.LiteralConstants.OrderBy(static c => c.Key, StringComparer.Ordinal).Select(static c => (c.Key, c.Value)));
    }
}
