using System.Text.Json.Nodes;
using ClawDev.Server.Tests.Lsp.Infrastructure;
using ClawDev.Server.Tests.TestSupport;
using ClawDev.TestSupport;

namespace ClawDev.Server.Tests.Lsp;

/// <summary>
/// A drafted edit never touches text outside the docstring it targets: every quick fix (both groundings) and
/// "Document everything" on every drafting fixture of every style, and on modules of CPython's own library.
/// </summary>
public sealed class DraftedEditBoundaryTests
{
    private const string Cursor = "$0";

    /// <summary>Small modules of the installed Python's standard library: real code nobody wrote for these tests.</summary>
    private static readonly string[] StandardLibrary = ["textwrap.py", "shlex.py", "fnmatch.py", "colorsys.py", "bisect.py", "graphlib.py"];

    private const string PythonLib = "/root/.pyenv/versions/3.11.7/lib/python3.11";

    public static TheoryData<string> Corpora => new() { "google", "huggingface", "numpy", "sphinx", "plain", "stdlib" };

    [Theory]
    [MemberData(nameof(Corpora))]
    public async Task Every_resolved_edit_stays_in_its_docstring_or_where_the_new_one_goes(string corpus)
    {
        using var folder = new TemporaryDirectory();
        if (corpus is "google" or "huggingface" or "numpy" or "sphinx")
        {
            folder.Write("pyproject.toml", $"[tool.clawdev]\nstyle = \"{corpus}\"\n");
        }
        await using var workspace = await LspWorkspace.OpenAsync(folder, extraCapabilities: LspWorkspace.CodeActionCapabilities());

        var checkedEdits = 0;
        foreach (var (name, text) in Files(corpus))
        {
            var version = 1;
            await workspace.OpenDocumentAsync(name, text, version);
            var diagnostics = (await workspace.DiagnosticsAsync(name, version))["diagnostics"]!.AsArray();
            var actions = new List<JsonNode>();
            foreach (var diagnostic in diagnostics)
            {
                actions.AddRange((await workspace.CodeActionsAsync(name, diagnostic!, "quickfix")).Select(a => a!));
            }
            if (diagnostics.Count > 0)
            {
                actions.AddRange((await workspace.CodeActionsAsync(name, diagnostics[0]!, "source")).Select(a => a!));
            }
            foreach (var action in actions)
            {
                var response = await workspace.ResolveAsync(action);
                if (response["error"] is { } error)
                {
                    // Only "nothing to draft" is an acceptable answer (a docstring drafting cannot add to).
                    Assert.Equal(-32803, (int)error["code"]!);
                    continue;
                }
                var edits = AppliedEdits.Offsets(text, AppliedEdits.EditsOf(response["result"]!["edit"]!, workspace.Uri(name))).ToList();
                DocstringBoundaries.AssertOnlyDocstringsChange(text, edits, $"{corpus}/{name}: {action["title"]}");
                checkedEdits += edits.Count;
            }
            await workspace.Client.NotifyAsync("textDocument/didClose", DocumentJson.Close(workspace.Uri(name)));
        }
        Assert.True(checkedEdits > 20, $"only {checkedEdits} edits were checked");
    }

    private static IEnumerable<(string Name, string Text)> Files(string corpus)
    {
        if (corpus == "stdlib")
        {
            return StandardLibrary.Select(file => (file, File.ReadAllText(Path.Combine(PythonLib, file))));
        }
        var directory = Path.Combine(TestPaths.ProjectDirectory, "..", "ClawDev.Core.Tests", "Drafting", "Fixtures", corpus);
        return Directory.EnumerateFiles(directory, "*.py")
            .Where(path => !path.EndsWith(".after.py", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path).Replace(Cursor, "", StringComparison.Ordinal)));
    }
}
