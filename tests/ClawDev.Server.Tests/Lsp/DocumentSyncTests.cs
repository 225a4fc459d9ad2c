using System.Text.Json.Nodes;
using ClawDev.Server.Tests.Lsp.Infrastructure;

namespace ClawDev.Server.Tests.Lsp;

public sealed class DocumentSyncTests
{
    private const string Uri = "file:///workspace/module.py";

    /// <summary>An opening text, the edits of one or more didChange notifications, and the text they must produce.</summary>
    public static TheoryData<string, string, string, JsonObject[][], string> Edits => new()
    {
        { "utf-16", "insert in the middle", "def f():\n    pass\n",
            [[DocumentJson.Edit(1, 4, 1, 8, "return 1")]], "def f():\n    return 1\n" },
        { "utf-16", "several changes in one notification apply in order", "abc\n",
            [[DocumentJson.Edit(0, 0, 0, 0, "x"), DocumentJson.Edit(0, 4, 0, 4, "y")]], "xabcy\n" },
        { "utf-16", "an edit across a CRLF line break", "a = 1\r\nb = 2\r\nc = 3\r\n",
            [[DocumentJson.Edit(0, 5, 1, 0, "")]], "a = 1b = 2\r\nc = 3\r\n" },
        { "utf-16", "a character past the line end means the line end, not the next line", "ab\r\ncd\n",
            [[DocumentJson.Edit(0, 99, 0, 99, "!")]], "ab!\r\ncd\n" },
        { "utf-16", "after a surrogate pair, characters count UTF-16 units", "s = '😀x'\n",
            [[DocumentJson.Edit(0, 7, 0, 8, "y")]], "s = '😀y'\n" },
        { "utf-16", "a position inside a surrogate pair moves to its start", "😀\n",
            [[DocumentJson.Edit(0, 1, 0, 1, "+")]], "+😀\n" },
        { "utf-8", "utf-8 positions count bytes", "s = 'é😀x'\n",
            [[DocumentJson.Edit(0, 11, 0, 12, "y")]], "s = 'é😀y'\n" },
        { "utf-8", "a byte position inside a character moves to its start", "é\n",
            [[DocumentJson.Edit(0, 1, 0, 1, "+")]], "+é\n" },
        { "utf-16", "a line past the end appends", "x\n",
            [[DocumentJson.Edit(5, 0, 5, 0, "y\n")]], "x\ny\n" },
        { "utf-16", "a full replacement among incremental changes", "old\n",
            [[DocumentJson.Replace("new\n"), DocumentJson.Edit(0, 0, 0, 0, "# ")]], "# new\n" },
        { "utf-16", "edits in successive notifications", "def f(a):\n    pass\n",
            [[DocumentJson.Edit(0, 7, 0, 7, ", b")], [DocumentJson.Edit(0, 10, 0, 10, ", c")], [DocumentJson.Edit(1, 0, 2, 0, "")]], "def f(a, b, c):\n" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task Incremental_changes_produce_the_expected_text(string encoding, string what, string initial, JsonObject[][] notifications, string expected)
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync(new JsonObject
        {
            ["general"] = new JsonObject { ["positionEncodings"] = new JsonArray(encoding) },
        });
        await server.Client.NotifyAsync("textDocument/didOpen", DocumentJson.Open(Uri, initial));
        var version = 1;
        foreach (var changes in notifications)
        {
            await server.Client.NotifyAsync("textDocument/didChange", DocumentJson.Change(Uri, ++version, changes));
        }
        var finalVersion = version;
        var state = await server.StateAsync(s => s.Documents.TryGetValue(Uri, out var d) && d.Version == finalVersion);
        Assert.True(expected == state.Documents[Uri].Text, $"{what}: got {state.Documents[Uri].Text}");
    }

    [Fact]
    public async Task Close_forgets_the_document_and_clears_its_diagnostics()
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();
        await server.Client.NotifyAsync("textDocument/didOpen", DocumentJson.Open(Uri, "x = 1\n"));
        await server.StateAsync(s => s.Documents.ContainsKey(Uri));
        await server.Client.NotifyAsync("textDocument/didClose", DocumentJson.Close(Uri));

        // The open document's own diagnostics (version 1) may come first; the close's have no version.
        var cleared = await server.Client.NotificationAsync("textDocument/publishDiagnostics", m => (string?)m["params"]!["uri"] == Uri && m["params"]!["version"] is null);
        Assert.Empty(cleared["params"]!["diagnostics"]!.AsArray());
        Assert.False(server.State.Documents.ContainsKey(Uri));
    }

    [Fact]
    public async Task A_change_to_a_document_that_is_not_open_is_ignored()
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();
        await server.Client.NotifyAsync("textDocument/didChange", DocumentJson.Change("file:///never-opened.py", 2, DocumentJson.Edit(0, 0, 0, 0, "x")));
        await server.Client.NotifyAsync("textDocument/didOpen", DocumentJson.Open(Uri, "y\n"));
        var state = await server.StateAsync(s => s.Documents.ContainsKey(Uri));
        Assert.Single(state.Documents);
    }

    [Fact]
    public async Task A_five_megabyte_document_and_a_binary_one_are_held_and_the_server_keeps_serving()
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();

        var line = "def function_with_a_long_name(argument_one, argument_two):  # comment\n";
        var big = string.Concat(Enumerable.Repeat(line, 5 * 1024 * 1024 / line.Length + 1));
        await server.Client.NotifyAsync("textDocument/didOpen", DocumentJson.Open("file:///big.py", big));

        // NULs, control characters, a lone surrogate and U+FFFF: what a binary file looks like once an editor opened it.
        var binary = "\0\u0001\u0002PK\u0003\u0004\uFFFD\uD800x\uFFFF\0\r\r\n\u0085\u2028";
        await server.Client.NotifyAsync("textDocument/didOpen", DocumentJson.Open("file:///binary.py", binary));
        await server.Client.NotifyAsync("textDocument/didChange", DocumentJson.Change("file:///binary.py", 2, DocumentJson.Edit(2, 0, 2, 1, "")));

        var state = await server.StateAsync(s => s.Documents.ContainsKey("file:///big.py")
            && s.Documents.TryGetValue("file:///binary.py", out var d) && d.Version == 2);
        Assert.Equal(big.Length, state.Documents["file:///big.py"].Text.Length);
        Assert.Equal(binary.Length - 1, state.Documents["file:///binary.py"].Text.Length);

        var response = await server.Client.RequestAsync("shutdown");
        Assert.Null(response["error"]);
    }
}
