using System.Text.Json.Nodes;
using ClawDev.Server.Tests.Lsp.Infrastructure;
using ClawDev.Server.Tests.TestSupport;
using ClawDev.TestSupport;

namespace ClawDev.Server.Tests.Lsp;

/// <summary>Hovers over names: each fixture marks the cursor with <c>$0</c>; the snapshot holds the range and the Markdown.</summary>
public sealed class HoverTests
{
    private const string Cursor = "$0";

    public static TheoryData<string> Cases => new(
        Directory.EnumerateFiles(Path.Combine(TestPaths.Fixtures, "lsp-hover"), "*.py").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_hover_shows_the_documentation_status_of_the_name_under_the_cursor(string name)
    {
        var marked = File.ReadAllText(Path.Combine(TestPaths.Fixtures, "lsp-hover", name + ".py"));
        var offset = marked.IndexOf(Cursor, StringComparison.Ordinal);
        var text = marked.Remove(offset, Cursor.Length);
        var line = marked[..offset].Count(c => c == '\n');
        var character = offset - (marked.LastIndexOf('\n', offset) + 1);

        await using var workspace = await LspWorkspace.OpenAsync(new TemporaryDirectory());
        await workspace.OpenDocumentAsync(name + ".py", text);
        var response = await workspace.Client.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = workspace.Uri(name + ".py") },
            ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
        });

        Assert.Null(response["error"]);
        var hover = response["result"];
        var shown = hover is null
            ? "no hover\n"
            : $"range: {Describe(hover["range"]!)}\nkind: {hover["contents"]!["kind"]}\n\n{hover["contents"]!["value"]}\n";
        Snapshot.Match($"lsp-hover-{name}.md", shown);
    }

    [Fact]
    public async Task A_hover_on_a_document_that_is_not_open_or_not_python_is_null()
    {
        await using var workspace = await LspWorkspace.OpenAsync(new TemporaryDirectory());
        var response = await workspace.Client.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = workspace.Uri("never-opened.py") },
            ["position"] = new JsonObject { ["line"] = 0, ["character"] = 0 },
        });
        Assert.True(response.ContainsKey("result"));
        Assert.Null(response["result"]);
    }

    private static string Describe(JsonNode range) =>
        $"{range["start"]!["line"]}:{range["start"]!["character"]}-{range["end"]!["line"]}:{range["end"]!["character"]}";
}
