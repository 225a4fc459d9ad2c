using System.Text;
using System.Text.Json.Nodes;
using ClawDev.Server.Tests.Lsp.Infrastructure;
using ClawDev.TestSupport;

namespace ClawDev.Robustness.Tests;

/// <summary>
/// Damaged versions of each corpus file opened in the language server (in process, over its protocol, as an editor
/// talks to it): diagnostics arrive, listing code actions never fails, resolving one fails only with "nothing to
/// draft", every edit stays inside the docstring it writes, and the server logs no error.
/// </summary>
public sealed class MutatedCodeActionTests
{
    private const int MutantsPerFile = 24;
    private const int DiagnosticsPerMutant = 4;

    /// <summary>LSP RequestFailed: the server's answer when a docstring leaves nothing to draft.</summary>
    private const int NothingToDraft = -32803;

    public static TheoryData<int> CorpusFiles() => [.. Enumerable.Range(0, Corpus.Load().Count)];

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task Code_actions_on_every_mutant_stay_in_their_docstrings(int index)
    {
        var (name, text) = Corpus.Load()[index];
        var mutator = new Mutator(seed: 2000 + index);
        using var folder = new TemporaryDirectory();
        folder.Write("pkg/__init__.py", "\"\"\"The mutants.\"\"\"\n");
        await using var workspace = await LspWorkspace.OpenAsync(folder, extraCapabilities: LspWorkspace.CodeActionCapabilities());

        var resolved = 0;
        for (var i = 0; i < MutantsPerFile; i++)
        {
            var path = $"pkg/{name}_{i:00}.py";
            // What an editor can send: JSON text is UTF-8, so a lone surrogate arrives as U+FFFD.
            var mutant = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(mutator.Mutate(text)));
            await workspace.OpenDocumentAsync(path, mutant);
            var diagnostics = (await workspace.DiagnosticsAsync(path, version: 1))["diagnostics"]!.AsArray();
            foreach (var diagnostic in diagnostics.Take(DiagnosticsPerMutant))
            {
                foreach (var action in await CodeActionsAsync(workspace, path, diagnostic!, diagnostic == diagnostics[0] ? ["quickfix", "source"] : ["quickfix"]))
                {
                    var response = await workspace.ResolveAsync(action!);
                    if (response["error"] is { } error)
                    {
                        Assert.True((int)error["code"]! == NothingToDraft, $"{path} {action!["title"]}: {error.ToJsonString()}\n{mutant}");
                        continue;
                    }
                    var edits = AppliedEdits.Offsets(mutant, AppliedEdits.EditsOf(response["result"]!["edit"]!, workspace.Uri(path))).ToList();
                    DocstringBoundaries.AssertOnlyDocstringsChange(mutant, edits, $"{path}: {action!["title"]}\n--- the mutant:\n{mutant}\n---");
                    resolved++;
                }
            }
            await workspace.Client.NotifyAsync("textDocument/didClose", DocumentJson.Close(workspace.Uri(path)));
        }

        Assert.True(resolved > 0, $"no code action on the {name} mutants could be resolved");
        Assert.DoesNotContain("[clawdev error]", workspace.Server.Stderr);
    }

    private static async Task<JsonArray> CodeActionsAsync(LspWorkspace workspace, string path, JsonNode diagnostic, string[] only)
    {
        var response = await workspace.Client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = workspace.Uri(path) },
            ["range"] = diagnostic["range"]!.DeepClone(),
            ["context"] = new JsonObject
            {
                ["diagnostics"] = new JsonArray(diagnostic.DeepClone()),
                ["only"] = new JsonArray([.. only.Select(kind => JsonValue.Create(kind))]),
            },
        });
        Assert.True(response["error"] is null, $"textDocument/codeAction failed on {path}: {response["error"]?.ToJsonString()}");
        return response["result"]!.AsArray();
    }
}
