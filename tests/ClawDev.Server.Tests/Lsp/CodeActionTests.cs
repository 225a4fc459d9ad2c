using System.Text.Json.Nodes;
using ClawDev.Server.Tests.Lsp.Infrastructure;
using ClawDev.Server.Tests.TestSupport;
using ClawDev.TestSupport;

namespace ClawDev.Server.Tests.Lsp;

/// <summary>initialize → didOpen → diagnostics → codeAction → resolve → apply the edit → diagnostics clear.</summary>
public sealed class CodeActionTests
{
    private const string Fixtures = "lsp-code-actions";

    public static TheoryData<string> Styles => new() { "google", "numpy", "sphinx", "huggingface" };

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task Draft_docstring_writes_the_repository_style_and_the_diagnostic_clears(string style)
    {
        var folder = Fixture.Copy(Fixtures);
        folder.Write("pyproject.toml", $"[tool.clawdev]\nstyle = \"{style}\"\n");
        await using var workspace = await LspWorkspace.OpenAsync(folder, extraCapabilities: LspWorkspace.CodeActionCapabilities());

        var after = await ApplyPreferredFixAsync(workspace, "scale.py", "D103");
        Snapshot.Match($"lsp-draft-{style}.py", after);
        await ChangeAsync(workspace, "scale.py", after, version: 2);
        Assert.Empty((await workspace.DiagnosticsAsync("scale.py", version: 2))["diagnostics"]!.AsArray());
    }

    [Fact]
    public async Task Document_missing_parameters_adds_only_the_missing_entries_in_signature_order()
    {
        await using var workspace = await LspWorkspace.OpenAsync(Fixture.Copy(Fixtures), extraCapabilities: LspWorkspace.CodeActionCapabilities());
        var before = File.ReadAllText(workspace.Folder.Combine("missing.py"));

        // An Args section next to a Returns section is one pydocstyle does not read; the contribution profile (no
        // docstring linter configured here) reads every parameter section: D417 reports the missing entries.
        var after = await ApplyPreferredFixAsync(workspace, "missing.py", "D417");
        Snapshot.Match("lsp-missing-parameters.py", after);
        // Every line that was there is still there, in order: entries were only added.
        Assert.Equal(before.Split('\n'), after.Split('\n').Where(line => before.Split('\n').Contains(line)));
        await ChangeAsync(workspace, "missing.py", after, version: 2);
        Assert.Empty((await workspace.DiagnosticsAsync("missing.py", version: 2))["diagnostics"]!.AsArray());
    }

    [Fact]
    public async Task Update_to_signature_reorders_carries_the_renamed_parameter_over_and_keeps_the_prose_byte_for_byte()
    {
        await using var workspace = await LspWorkspace.OpenAsync(Fixture.Copy(Fixtures), extraCapabilities: LspWorkspace.CodeActionCapabilities());
        var before = File.ReadAllText(workspace.Folder.Combine("update.py"));

        var after = await ApplyPreferredFixAsync(workspace, "update.py", "CD403");
        Snapshot.Match("lsp-update-to-signature.py", after);
        foreach (var prose in new[] { "    \"\"\"Blend two images.\n", "    A weighted sum, pixel by pixel — both images must have the same size.\n", "Drawn on top.", "Drawn below.", "How much of `second` shows through." })
        {
            Assert.Contains(prose, before, StringComparison.Ordinal);
            Assert.Contains(prose, after, StringComparison.Ordinal);
        }
        Assert.True(after.IndexOf("first:", StringComparison.Ordinal) < after.IndexOf("second:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_one_quick_fix_takes_descriptions_documented_elsewhere_in_the_workspace()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("net/client.py", "\"\"\"Client.\"\"\"\n\n\ndef get(url, timeout):\n    \"\"\"Fetch a page.\n\n    Args:\n        url: Where from.\n        timeout: Seconds to wait for the server before giving up.\n    \"\"\"\n");
        folder.Write("net/server.py", UndocumentedServe);
        await using var workspace = await LspWorkspace.OpenAsync(folder, extraCapabilities: LspWorkspace.CodeActionCapabilities());

        var action = await ServeQuickFixAsync(workspace);
        Assert.Equal("Draft docstring for serve", (string?)action["title"]);
        Assert.True((bool)action["isPreferred"]!);
        Assert.Equal("quickfix", (string?)action["kind"]);
        Assert.Null(action["edit"]);

        var grounded = await ResolvedTextAsync(workspace, "net/server.py", action);
        Assert.Contains("timeout: Seconds to wait for the server before giving up.", grounded, StringComparison.Ordinal);
        Assert.Contains("port: TODO: describe port.", grounded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_quick_fix_takes_a_field_s_docstring_from_a_generated_file_the_reports_leave_out()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("net/_generated/types.py", "# This file is auto-generated. Do not edit.\nclass ServeInput:\n    timeout: int = 5\n    \"\"\"Seconds to wait for the server before giving up.\"\"\"\n");
        folder.Write("net/server.py", UndocumentedServe);
        await using var workspace = await LspWorkspace.OpenAsync(folder, extraCapabilities: LspWorkspace.CodeActionCapabilities());

        var action = await ServeQuickFixAsync(workspace);
        var grounded = await ResolvedTextAsync(workspace, "net/server.py", action);

        Assert.Contains("timeout: Seconds to wait for the server before giving up.", grounded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_that_shows_change_annotations_sees_where_each_edit_s_text_came_from()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("net/client.py", "\"\"\"Client.\"\"\"\n\n\ndef get(url, timeout):\n    \"\"\"Fetch a page.\n\n    Args:\n        url: Where from.\n        timeout: Seconds to wait for the server before giving up.\n    \"\"\"\n");
        const string server = "\"\"\"Server.\"\"\"\n\n\ndef serve(port, timeout):\n    return port, timeout\n\n\ndef connect(url):\n    return url\n\n\ndef stop(port):\n    return port\n";
        folder.Write("net/server.py", server);
        var capabilities = LspWorkspace.CodeActionCapabilities();
        capabilities["workspace"]!["workspaceEdit"]!["changeAnnotationSupport"] = new JsonObject { ["groupsOnLabel"] = true };
        await using var workspace = await LspWorkspace.OpenAsync(folder, extraCapabilities: capabilities);
        await workspace.OpenDocumentAsync("net/server.py", server);
        var diagnostics = (await workspace.DiagnosticsAsync("net/server.py", version: 1))["diagnostics"]!.AsArray();
        var documentAll = Assert.Single(await workspace.CodeActionsAsync("net/server.py", diagnostics[0]!, "source"))!;

        var edit = (await workspace.ResolveAsync(documentAll))["result"]!["edit"]!;

        Assert.Equal(
            ["clawdev.draft.0", "clawdev.draft.1", "clawdev.draft.2"],
            edit["documentChanges"]![0]!["edits"]!.AsArray().Select(e => (string?)e!["annotationId"]));
        var annotations = edit["changeAnnotations"]!;
        Assert.Equal(
            [
                "serve parameter timeout: from net/client.py:9, get (the same name elsewhere)",
                "connect parameter url: from net/client.py:8, get (the same name elsewhere)",
                "Drafted: placeholders only, nothing in the repository describes it",
            ],
            Enumerable.Range(0, 3).Select(i => (string?)annotations[$"clawdev.draft.{i}"]!["label"]));
        Assert.Null(annotations["clawdev.draft.2"]!["description"]);
        Assert.False((bool)annotations["clawdev.draft.0"]!["needsConfirmation"]!);
    }

    [Fact]
    public async Task An_override_of_a_documented_method_in_another_file_is_drafted_from_its_documentation()
    {
        using var folder = new TemporaryDirectory();
        // The pydocstyle profile asks for the override's docstring (the contribution profile would withhold it: its
        // base documents it), which is what this test drafts.
        folder.Write("pyproject.toml", "[tool.clawdev]\nprofile = \"pydocstyle\"\n");
        folder.Write("base.py", "\"\"\"Base.\"\"\"\n\n\nclass Trainer:\n    \"\"\"Trains.\"\"\"\n\n    def step(self, batch):\n        \"\"\"Run one optimisation step.\n\n        Args:\n            batch: The inputs of this step.\n        \"\"\"\n");
        folder.Write("fast.py", "\"\"\"Fast.\"\"\"\nfrom base import Trainer\n\n\nclass FastTrainer(Trainer):\n    \"\"\"Trains fast.\"\"\"\n\n    def step(self, batch):\n        return batch\n");
        await using var workspace = await LspWorkspace.OpenAsync(folder, extraCapabilities: LspWorkspace.CodeActionCapabilities());
        await workspace.OpenDocumentAsync("fast.py", File.ReadAllText(folder.Combine("fast.py")));
        var diagnostic = (await workspace.DiagnosticsAsync("fast.py", version: 1))["diagnostics"]!.AsArray().Single(d => (string?)d!["code"] == "D102")!;

        var action = Assert.Single(await workspace.CodeActionsAsync("fast.py", diagnostic, "quickfix"))!;
        Assert.Equal("Draft docstring for FastTrainer.step", (string?)action["title"]);
        var text = await ResolvedTextAsync(workspace, "fast.py", action);
        Assert.Contains("Run one optimisation step.", text, StringComparison.Ordinal);
        Assert.Contains("batch: The inputs of this step.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_everything_is_a_source_action_that_fixes_every_fixable_diagnostic_of_the_file()
    {
        using var folder = new TemporaryDirectory();
        const string text = "def load(path):\n    return path\n\n\nclass Store:\n    def get(self, key, default=None):\n        \"\"\"Look a key up.\n\n        Args:\n            key: What to look up.\n        \"\"\"\n";
        folder.Write("store.py", text);
        // Every kind of finding, the module docstring included (the contribution profile asks for it only by habit).
        folder.Write("pyproject.toml", "[tool.clawdev]\nprofile = \"pydocstyle\"\n");
        await using var workspace = await LspWorkspace.OpenAsync(folder, extraCapabilities: LspWorkspace.CodeActionCapabilities());
        await workspace.OpenDocumentAsync("store.py", text);
        var diagnostics = (await workspace.DiagnosticsAsync("store.py", version: 1))["diagnostics"]!.AsArray();
        Assert.Equal(["D100", "D101", "D103", "D417"], diagnostics.Select(d => (string)d!["code"]!).Order(StringComparer.Ordinal));

        var sourceActions = await workspace.CodeActionsAsync("store.py", diagnostics[0]!, "source");
        var documentAll = Assert.Single(sourceActions)!;
        Assert.Equal("Document everything in this file", (string?)documentAll["title"]);
        Assert.Equal("source.documentAll.clawdev", (string?)documentAll["kind"]);

        var after = await ResolvedTextAsync(workspace, "store.py", documentAll);
        Snapshot.Match("lsp-document-everything.py", after);
        await ChangeAsync(workspace, "store.py", after, version: 2);
        Assert.Empty((await workspace.DiagnosticsAsync("store.py", version: 2))["diagnostics"]!.AsArray());
    }

    [Theory]
    [InlineData("quickfix", new[] { "quickfix" })]
    [InlineData("source", new[] { "source.documentAll.clawdev" })]
    [InlineData("source.documentAll", new[] { "source.documentAll.clawdev" })]
    [InlineData("refactor", new string[0])]
    public async Task Only_the_kinds_asked_for_are_listed(string only, string[] kinds)
    {
        await using var workspace = await LspWorkspace.OpenAsync(Fixture.Copy(Fixtures), extraCapabilities: LspWorkspace.CodeActionCapabilities());
        var diagnostic = await OpenAndFindAsync(workspace, "scale.py", "D103");
        var actions = await workspace.CodeActionsAsync("scale.py", diagnostic, only);
        Assert.Equal(kinds, actions.Select(a => (string)a!["kind"]!).Distinct());
    }

    [Fact]
    public async Task A_client_that_cannot_resolve_gets_the_edit_in_the_list_as_unversioned_changes_when_it_asks_for_them()
    {
        await using var workspace = await LspWorkspace.OpenAsync(Fixture.Copy(Fixtures), extraCapabilities: LspWorkspace.CodeActionCapabilities(resolve: false, documentChanges: false));
        var diagnostic = await OpenAndFindAsync(workspace, "scale.py", "D103");
        var action = (await workspace.CodeActionsAsync("scale.py", diagnostic, "quickfix"))[0]!;
        var edit = action["edit"]!;
        Assert.Null(edit["documentChanges"]);
        Assert.Contains("\"\"\"", (string?)edit["changes"]![workspace.Uri("scale.py")]![0]!["newText"]);
    }

    [Fact]
    public async Task With_documentChanges_the_edit_names_the_document_version_it_was_drafted_for()
    {
        await using var workspace = await LspWorkspace.OpenAsync(Fixture.Copy(Fixtures), extraCapabilities: LspWorkspace.CodeActionCapabilities());
        var diagnostic = await OpenAndFindAsync(workspace, "scale.py", "D103");
        var action = (await workspace.CodeActionsAsync("scale.py", diagnostic))[0]!;
        var resolved = (await workspace.ResolveAsync(action))["result"]!;
        var change = resolved["edit"]!["documentChanges"]![0]!;
        Assert.Equal(workspace.Uri("scale.py"), (string?)change["textDocument"]!["uri"]);
        Assert.Equal(1, (int?)change["textDocument"]!["version"]);
        Assert.Equal((string?)action["title"], (string?)resolved["title"]);
    }

    [Fact]
    public async Task A_client_without_code_action_literals_is_offered_none()
    {
        await using var workspace = await LspWorkspace.OpenAsync(Fixture.Copy(Fixtures));
        var initialize = workspace.Server.State.Client;
        Assert.False(initialize.TakesCodeActions);
        var diagnostic = await OpenAndFindAsync(workspace, "scale.py", "D103");
        Assert.Empty(await workspace.CodeActionsAsync("scale.py", diagnostic));
    }

    [Fact]
    public async Task Resolving_an_action_whose_finding_is_gone_or_whose_document_closed_fails_with_a_reason()
    {
        await using var workspace = await LspWorkspace.OpenAsync(Fixture.Copy(Fixtures), extraCapabilities: LspWorkspace.CodeActionCapabilities());
        var diagnostic = await OpenAndFindAsync(workspace, "scale.py", "D103");
        var action = (await workspace.CodeActionsAsync("scale.py", diagnostic))[0]!;

        var documented = File.ReadAllText(workspace.Folder.Combine("scale.py")).Replace("    if factor", "    \"\"\"Scale.\"\"\"\n    if factor", StringComparison.Ordinal);
        await ChangeAsync(workspace, "scale.py", documented, version: 2);
        await workspace.DiagnosticsAsync("scale.py", version: 2);
        var stale = await workspace.ResolveAsync(action);
        Assert.Equal(-32803, (int)stale["error"]!["code"]!);
        Assert.Contains("D103 is no longer reported for scale", (string?)stale["error"]!["message"]);

        await workspace.Client.NotifyAsync("textDocument/didClose", DocumentJson.Close(workspace.Uri("scale.py")));
        await workspace.Server.StateAsync(s => s.Documents.IsEmpty);
        var closed = await workspace.ResolveAsync(action);
        Assert.Equal(-32803, (int)closed["error"]!["code"]!);
        Assert.Contains("no longer open", (string?)closed["error"]!["message"]);
    }

    private static async Task<JsonNode> OpenAndFindAsync(LspWorkspace workspace, string file, string code)
    {
        await workspace.OpenDocumentAsync(file, File.ReadAllText(workspace.Folder.Combine(file)));
        return (await workspace.DiagnosticsAsync(file, version: 1))["diagnostics"]!.AsArray().First(d => (string?)d!["code"] == code)!;
    }

    /// <summary>Opens the file, takes the preferred quick fix for its <paramref name="code"/> diagnostic, resolves and applies it.</summary>
    private static async Task<string> ApplyPreferredFixAsync(LspWorkspace workspace, string file, string code)
    {
        var diagnostic = await OpenAndFindAsync(workspace, file, code);
        var actions = await workspace.CodeActionsAsync(file, diagnostic, "quickfix");
        return await ResolvedTextAsync(workspace, file, actions.Single(a => (bool)a!["isPreferred"]!)!);
    }

    private const string UndocumentedServe = "\"\"\"Server.\"\"\"\n\n\ndef serve(port, timeout):\n    return port, timeout\n";

    /// <summary>Opens net/server.py (<see cref="UndocumentedServe"/>) and returns the one quick fix of its D103.</summary>
    private static async Task<JsonNode> ServeQuickFixAsync(LspWorkspace workspace)
    {
        await workspace.OpenDocumentAsync("net/server.py", UndocumentedServe);
        var diagnostic = (await workspace.DiagnosticsAsync("net/server.py", version: 1))["diagnostics"]!.AsArray().Single(d => (string?)d!["code"] == "D103")!;
        return Assert.Single(await workspace.CodeActionsAsync("net/server.py", diagnostic, "quickfix"))!;
    }

    private static async Task<string> ResolvedTextAsync(LspWorkspace workspace, string file, JsonNode action)
    {
        var response = await workspace.ResolveAsync(action);
        var edit = response["result"]?["edit"] ?? throw new InvalidOperationException(response.ToJsonString());
        var text = workspace.Server.State.Documents[workspace.Uri(file)].Text;
        return AppliedEdits.Apply(text, AppliedEdits.EditsOf(edit, workspace.Uri(file)));
    }

    private static Task ChangeAsync(LspWorkspace workspace, string file, string text, int version) =>
        workspace.Client.NotifyAsync("textDocument/didChange", DocumentJson.Change(workspace.Uri(file), version, DocumentJson.Replace(text)));
}
