using System.Text.Json.Nodes;
using ClawDev.Server.Tests.Lsp.Infrastructure;
using ClawDev.Server.Tests.TestSupport;
using ClawDev.TestSupport;

namespace ClawDev.Server.Tests.Lsp;

/// <summary>
/// The editor in a repository without docstring rules (the contribution profile), on the small Hugging Face-like
/// library the Core's repository tests use: files out of the library stay quiet and say why, severity follows
/// exposure, the hover tells what is withheld and where a copy's fix goes.
/// </summary>
public sealed class ContributionProfileTests
{
    private static readonly string LibraryTree = File.ReadAllText(
        Path.Combine(TestPaths.ProjectDirectory, "..", "ClawDev.Core.Tests", "Library", "Repositories", "hugging-face-library.tree"));

    [Fact]
    public async Task Severity_follows_how_exposed_the_object_is_and_a_code_setting_wins()
    {
        using var folder = Library();
        await using var workspace = await LspWorkspace.OpenAsync(folder, settings: new JsonObject { ["severity"] = new JsonObject { ["D100"] = "error" } });
        await workspace.OpenDocumentAsync("minitrl/trainer.py", Text(folder, "minitrl/trainer.py"));
        var trainer = await DiagnosticsBySymbolAsync(workspace, "minitrl/trainer.py");
        await workspace.OpenDocumentAsync("minitrl/utils.py", Text(folder, "minitrl/utils.py"));
        var utils = await DiagnosticsBySymbolAsync(workspace, "minitrl/utils.py");

        Assert.Equal(2, trainer[("D417", "MiniTrainer")]);                // rendered: a warning
        Assert.Equal(3, trainer[("D102", "MiniTrainer.evaluate_twice")]); // exported: information
        Assert.Equal(4, trainer[("D101", "Tail")]);                       // public: a hint
        Assert.Equal(1, utils[("D100", "minitrl.utils")]);                // clawdev.severity names the code
    }

    [Fact]
    public async Task The_exposure_severities_are_configurable()
    {
        using var folder = Library();
        var settings = new JsonObject { ["exposureSeverity"] = new JsonObject { ["public"] = "warning", ["rendered"] = "error" } };
        await using var workspace = await LspWorkspace.OpenAsync(folder, settings: settings);
        await workspace.OpenDocumentAsync("minitrl/trainer.py", Text(folder, "minitrl/trainer.py"));
        var trainer = await DiagnosticsBySymbolAsync(workspace, "minitrl/trainer.py");

        Assert.Equal(1, trainer[("D417", "MiniTrainer")]);
        Assert.Equal(3, trainer[("D102", "MiniTrainer.evaluate_twice")]);
        Assert.Equal(2, trainer[("D101", "Tail")]);
    }

    [Fact]
    public async Task The_coverage_view_lists_each_modules_undocumented_definitions_most_exposed_first()
    {
        using var folder = Library();
        await using var workspace = await LspWorkspace.OpenAsync(folder);

        var coverage = await workspace.CoverageAsync(workspace.Uri("minitrl/trainer.py"));

        var missing = coverage["modules"]!.AsArray().Single()!["missing"]!.AsArray()
            .Select(entry => $"{(string)entry!["exposure"]!} {(string)entry["symbol"]!}")
            .ToList();
        // Rendered first (the [[autodoc]] page shows MiniTrainer, its __init__ and listed members), then exported,
        // then the rest; file order within each.
        Assert.Equal(["rendered MiniTrainer.__init__", "rendered MiniTrainer.compute_loss", "rendered MiniTrainer.train"], missing.Take(3));
        var ranks = missing.Select(entry => entry.Split(' ')[0] switch { "rendered" => 0, "exported" => 1, _ => 2 }).ToList();
        Assert.Equal(ranks.Order(), ranks);
        Assert.Contains("public Tail", missing);
    }

    [Fact]
    public async Task A_file_outside_the_library_gets_no_diagnostics_and_its_hover_says_why()
    {
        using var folder = Library();
        await using var workspace = await LspWorkspace.OpenAsync(folder);
        await workspace.OpenDocumentAsync("tests/test_trainer.py", Text(folder, "tests/test_trainer.py"));

        Assert.Empty((await workspace.DiagnosticsAsync("tests/test_trainer.py"))["diagnostics"]!.AsArray());
        var hover = await HoverAsync(workspace, "tests/test_trainer.py", "test_train");
        Assert.Contains("**Not checked.**", hover, StringComparison.Ordinal);
        Assert.Contains("tests/ holds tests, not the library (minitrl)", hover, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hover_names_the_exposure_what_is_not_reported_and_where_a_copied_gap_is_fixed()
    {
        using var folder = Library();
        await using var workspace = await LspWorkspace.OpenAsync(folder);
        await workspace.OpenDocumentAsync("minitrl/trainer.py", Text(folder, "minitrl/trainer.py"));
        await workspace.OpenDocumentAsync("minitrl/utils.py", Text(folder, "minitrl/utils.py"));

        var train = await HoverAsync(workspace, "minitrl/trainer.py", "MiniTrainer");
        Assert.Contains("**Rendered**", train, StringComparison.Ordinal);
        var step = await HoverAsync(workspace, "minitrl/trainer.py", "step", occurrence: 2);
        Assert.Contains("Not reported: D102, it overrides minitrl.trainer.BaseTrainer.step, which documents it", step, StringComparison.Ordinal);
        var pad = await HoverAsync(workspace, "minitrl/utils.py", "pad");
        Assert.Contains("fix here: 1 copy follows (minitrl/utils.py:15)", pad, StringComparison.Ordinal);
        var copy = await HoverAsync(workspace, "minitrl/utils.py", "pad_left");
        Assert.Contains("Not reported: D103, it is a copy of minitrl.utils.pad", copy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fix_at_the_origin_of_copies_edits_every_copy_that_matches_it_as_make_fix_copies_would()
    {
        using var folder = new TemporaryDirectory();
        RepositoryTree.Write(File.ReadAllText(Path.Combine(TestPaths.Fixtures, "lsp-copies", "library.tree")), folder);
        var (baseText, otherText) = (Text(folder, "copylib/base.py"), Text(folder, "copylib/other.py"));
        var capabilities = LspWorkspace.CodeActionCapabilities();
        capabilities["workspace"]!["workspaceEdit"]!["changeAnnotationSupport"] = new JsonObject { ["groupsOnLabel"] = true };
        await using var workspace = await LspWorkspace.OpenAsync(folder, extraCapabilities: capabilities);
        await workspace.OpenDocumentAsync("copylib/base.py", baseText);
        var diagnostic = (await workspace.DiagnosticsAsync("copylib/base.py"))["diagnostics"]!.AsArray()
            .Single(d => (string?)d!["data"]!["symbol"] == "pad")!;
        Assert.Contains("fix here: 4 copies follow", (string)diagnostic["message"]!, StringComparison.Ordinal);

        var action = (await workspace.CodeActionsAsync("copylib/base.py", diagnostic, "quickfix")).Single()!;
        var edit = (await workspace.ResolveAsync(action))["result"]!["edit"]!;
        var changes = edit["documentChanges"]!.AsArray();
        Assert.Equal(1, (int?)changes.Single(c => (string?)c!["textDocument"]!["uri"] == workspace.Uri("copylib/base.py"))!["textDocument"]!["version"]);
        var unopened = changes.Single(c => (string?)c!["textDocument"]!["uri"] == workspace.Uri("copylib/other.py"))!["textDocument"]!.AsObject();
        Assert.True(unopened.ContainsKey("version") && unopened["version"] is null, "a file that is not open is edited without a version");
        var baseAfter = AppliedEdits.Apply(baseText, AppliedEdits.EditsOf(edit, workspace.Uri("copylib/base.py")));
        var otherAfter = AppliedEdits.Apply(otherText, AppliedEdits.EditsOf(edit, workspace.Uri("copylib/other.py")));

        var entry = EntryOf(baseAfter, "def pad(", "        length");
        Assert.Equal(entry, EntryOf(baseAfter, "def pad_same(", "        length"));   // the same file
        Assert.Equal(entry, EntryOf(otherAfter, "def pad_left(", "        length"));  // another module
        Assert.Equal(entry.Replace("\n", "\n    ", StringComparison.Ordinal), EntryOf(otherAfter, "def pad_inner(", "            length")); // one level deeper
        Assert.Equal(Block(otherText, "def pad_right("), Block(otherAfter, "def pad_right("));          // already differs: left alone
        Assert.Equal(Block(otherText, "class Tail"), Block(otherAfter, "class Tail"));                  // a copy of another definition
        var copiesAnnotation = edit["changeAnnotations"]!["clawdev.copies"]!;
        Assert.Contains("make fix-copies", (string)copiesAnnotation["label"]!, StringComparison.Ordinal);
        Assert.Contains("already differs from copylib.base.pad", (string)copiesAnnotation["description"]!, StringComparison.Ordinal);
        Assert.All(AppliedEdits.EditsOf(edit, workspace.Uri("copylib/other.py")), e => Assert.Equal("clawdev.copies", (string?)e!["annotationId"]));
    }

    [Fact]
    public async Task A_gap_in_a_copy_of_another_library_says_the_fix_belongs_upstream_and_offers_no_edit()
    {
        using var folder = new TemporaryDirectory();
        RepositoryTree.Write(File.ReadAllText(Path.Combine(TestPaths.Fixtures, "lsp-copies", "library.tree")), folder);
        await using var workspace = await LspWorkspace.OpenAsync(folder, extraCapabilities: LspWorkspace.CodeActionCapabilities());
        await workspace.OpenDocumentAsync("copylib/other.py", Text(folder, "copylib/other.py"));
        var diagnostics = (await workspace.DiagnosticsAsync("copylib/other.py"))["diagnostics"]!.AsArray();
        var copied = diagnostics.Single(d => (string?)d!["data"]!["symbol"] == "to_py_obj")!;

        Assert.Contains("a copy of transformers.utils.generic.to_py_obj: the fix belongs upstream there", (string)copied["message"]!, StringComparison.Ordinal);
        Assert.DoesNotContain(await workspace.CodeActionsAsync("copylib/other.py", copied), a => (string?)a!["kind"] == "quickfix");
        Assert.DoesNotContain(diagnostics, d => (string?)d!["data"]!["symbol"] is "pad_left" or "Tail.forward");
    }

    /// <summary>The text of the block starting at <paramref name="header"/>, up to its first return statement.</summary>
    private static string Block(string text, string header)
    {
        var start = text.IndexOf(header, StringComparison.Ordinal);
        return text[start..text.IndexOf("return", start, StringComparison.Ordinal)];
    }

    /// <summary>The line of the parameter entry starting with <paramref name="prefix"/> in the block at
    /// <paramref name="header"/>, and the lines of its description below it.</summary>
    private static string EntryOf(string text, string header, string prefix)
    {
        var block = Block(text, header);
        var start = block.IndexOf("\n" + prefix, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no entry {prefix.Trim()} in {block}");
        var end = block.IndexOf("\"\"\"", start, StringComparison.Ordinal);
        return block[start..end];
    }

    private static string Text(TemporaryDirectory folder, string path) => File.ReadAllText(folder.Combine(path));

    private static TemporaryDirectory Library()
    {
        var folder = new TemporaryDirectory();
        RepositoryTree.Write(LibraryTree, folder);
        return folder;
    }

    private static async Task<Dictionary<(string Code, string Symbol), int>> DiagnosticsBySymbolAsync(LspWorkspace workspace, string path) =>
        (await workspace.DiagnosticsAsync(path))["diagnostics"]!.AsArray().ToDictionary(
            diagnostic => ((string)diagnostic!["code"]!, (string)diagnostic["data"]!["symbol"]!),
            diagnostic => (int)diagnostic!["severity"]!);

    /// <summary>The hover's Markdown on the <paramref name="occurrence"/>-th "def/class name" in the file.</summary>
    private static async Task<string> HoverAsync(LspWorkspace workspace, string path, string name, int occurrence = 1)
    {
        var lines = Text(workspace.Folder, path).Split('\n');
        var found = lines
            .Select((text, index) => (text, index))
            .Where(line => line.text.TrimStart().StartsWith($"def {name}(", StringComparison.Ordinal) || line.text.TrimStart().StartsWith($"class {name}(", StringComparison.Ordinal) || line.text.TrimStart().StartsWith($"class {name}:", StringComparison.Ordinal))
            .ElementAt(occurrence - 1);
        var response = await workspace.Client.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = workspace.Uri(path) },
            ["position"] = new JsonObject { ["line"] = found.index, ["character"] = found.text.IndexOf(name, StringComparison.Ordinal) + 1 },
        });
        return (string?)response["result"]?["contents"]?["value"] ?? $"no hover: {response.ToJsonString()}";
    }
}
