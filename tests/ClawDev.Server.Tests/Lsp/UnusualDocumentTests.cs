using System.Text.Json.Nodes;
using ClawDev.Server.Tests.Lsp.Infrastructure;
using ClawDev.TestSupport;

namespace ClawDev.Server.Tests.Lsp;

/// <summary>Documents as they are in the middle of typing or as other editors save them: the server still serves them.</summary>
public sealed class UnusualDocumentTests
{
    [Fact]
    public async Task A_parameter_named_twice_mid_typing_still_gets_its_code_actions_and_their_edits()
    {
        const string text = "\"\"\"Module.\"\"\"\n\n\ndef f(x, x):\n    return x\n";
        using var folder = new TemporaryDirectory();
        folder.Write("typing.py", text);
        await using var workspace = await LspWorkspace.OpenAsync(folder, extraCapabilities: LspWorkspace.CodeActionCapabilities());
        await workspace.OpenDocumentAsync("typing.py", text);
        var diagnostic = (await workspace.DiagnosticsAsync("typing.py", version: 1))["diagnostics"]!.AsArray().Single(d => (string?)d!["code"] == "D103")!;

        var response = await workspace.Client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = workspace.Uri("typing.py") },
            ["range"] = diagnostic["range"]!.DeepClone(),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(diagnostic.DeepClone()) },
        });
        Assert.True(response["error"] is null, response.ToJsonString());
        var draft = response["result"]!.AsArray().First(a => (string?)a!["title"] == "Draft docstring for f")!;

        var resolved = await workspace.ResolveAsync(draft);
        Assert.True(resolved["error"] is null, resolved.ToJsonString());
        var after = AppliedEdits.Apply(text, AppliedEdits.EditsOf(resolved["result"]!["edit"]!, workspace.Uri("typing.py")));
        Assert.StartsWith("\"\"\"Module.\"\"\"\n\n\ndef f(x, x):\n    \"\"\"", after, StringComparison.Ordinal);
        Assert.EndsWith("\"\"\"\n    return x\n", after, StringComparison.Ordinal);
    }
    [Fact]
    public async Task A_byte_order_mark_before_the_module_docstring_is_no_missing_module_docstring()
    {
        const string text = "\uFEFF\"\"\"Tools.\"\"\"\n\n\ndef tool():\n    return 1\n";
        using var folder = new TemporaryDirectory();
        folder.Write("tools.py", text);
        await using var workspace = await LspWorkspace.OpenAsync(folder, extraCapabilities: LspWorkspace.CodeActionCapabilities());
        await workspace.OpenDocumentAsync("tools.py", text);

        var codes = (await workspace.DiagnosticsAsync("tools.py", version: 1))["diagnostics"]!.AsArray().Select(d => (string?)d!["code"]);
        Assert.Equal(["D103"], codes);
    }

    [Fact]
    public async Task A_module_docstring_drafted_for_a_document_with_a_byte_order_mark_goes_after_the_mark_and_the_file_still_parses()
    {
        const string text = "\uFEFFdef tool():\n    \"\"\"Do it.\"\"\"\n    return 1\n";
        using var folder = new TemporaryDirectory();
        folder.Write("tools.py", text);
        // D100 whatever the folder's habit (the contribution profile asks for module docstrings only by habit).
        folder.Write("pyproject.toml", "[tool.clawdev]\nprofile = \"pydocstyle\"\n");
        await using var workspace = await LspWorkspace.OpenAsync(folder, extraCapabilities: LspWorkspace.CodeActionCapabilities());
        await workspace.OpenDocumentAsync("tools.py", text);
        var diagnostic = (await workspace.DiagnosticsAsync("tools.py", version: 1))["diagnostics"]!.AsArray().Single(d => (string?)d!["code"] == "D100")!;
        Assert.Equal(0, (int)diagnostic["range"]!["start"]!["line"]!);

        var draft = (await workspace.CodeActionsAsync("tools.py", diagnostic, "quickfix")).First()!;
        var resolved = await workspace.ResolveAsync(draft);
        var after = AppliedEdits.Apply(text, AppliedEdits.EditsOf(resolved["result"]!["edit"]!, workspace.Uri("tools.py")));

        Assert.StartsWith("\uFEFF\"\"\"", after, StringComparison.Ordinal);
        Assert.Equal(1, after.Count(c => c == '\uFEFF'));
        Assert.EndsWith("def tool():\n    \"\"\"Do it.\"\"\"\n    return 1\n", after, StringComparison.Ordinal);
        await workspace.Client.NotifyAsync("textDocument/didChange", DocumentJson.Change(workspace.Uri("tools.py"), 2, DocumentJson.Replace(after)));
        Assert.Empty((await workspace.DiagnosticsAsync("tools.py", version: 2))["diagnostics"]!.AsArray());
        File.WriteAllText(folder.Combine("tools.py"), after);
        Assert.Equal(0, PythonCompiles(folder.Combine("tools.py")));
    }

    /// <summary>The exit code of CPython compiling the file (0: it parses).</summary>
    private static int PythonCompiles(string path)
    {
        using var python = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("python3", ["-m", "py_compile", path]) { RedirectStandardError = true })!;
        python.WaitForExit();
        return python.ExitCode;
    }
}
