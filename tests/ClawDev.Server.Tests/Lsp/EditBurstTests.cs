using System.Text.Json.Nodes;
using ClawDev.Server.Tests.Lsp.Infrastructure;

namespace ClawDev.Server.Tests.Lsp;

/// <summary>Many edits to a large document: what "Replace All", a macro or a paste storm sends.</summary>
public sealed class EditBurstTests
{
    private const string Uri = "file:///workspace/big.py";

    private static readonly string Line = "    total = compute(value, factor)  # scale the value\n";

    /// <summary>About 1 MB of Python.</summary>
    private static readonly string Megabyte = "def scale(value, factor):\n" + string.Concat(Enumerable.Repeat(Line, 1024 * 1024 / Line.Length));

    [Fact]
    public async Task One_didChange_with_four_thousand_changes_to_a_megabyte_document_gives_the_replaced_text()
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();
        await server.Client.NotifyAsync("textDocument/didOpen", DocumentJson.Open(Uri, Megabyte));

        // Replace All sends the last match first; each change is against the text the previous one left.
        var lineCount = Megabyte.Split('\n').Length - 1;
        var changes = Enumerable.Range(0, 4000).Select(i => lineCount - 1 - i).Select(line => DocumentJson.Edit(line, 12, line, 19, "evaluate")).ToArray();
        await server.Client.NotifyAsync("textDocument/didChange", DocumentJson.Change(Uri, 2, changes));

        var state = await server.StateAsync(s => s.Documents.TryGetValue(Uri, out var d) && d.Version == 2);
        var lines = Megabyte.Split('\n');
        var expected = string.Join('\n', lines.Select((line, i) => i >= lineCount - 4000 && i < lineCount ? line.Replace("compute", "evaluate", StringComparison.Ordinal) : line));
        Assert.Equal(expected, state.Documents[Uri].Text);
    }

    [Fact]
    public async Task A_burst_of_ten_thousand_edits_to_a_megabyte_document_leaves_the_server_memory_near_where_it_was()
    {
        await using var server = ServerProcess.Start("--stdio");
        server.Client.ServerRequestAnswers["workspace/configuration"] = _ => new JsonArray(new JsonObject { ["debounceMs"] = 50 });
        await server.Client.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = null,
            ["capabilities"] = new JsonObject { ["workspace"] = new JsonObject { ["configuration"] = true } },
        });
        await server.Client.NotifyAsync("initialized", new JsonObject());
        await server.Client.NotifyAsync("textDocument/didOpen", DocumentJson.Open(Uri, Megabyte));
        await server.Client.NotificationAsync("textDocument/publishDiagnostics", m => (int?)m["params"]!["version"] == 1);
        var before = server.Memory();

        // Type a character and take it away again, 5,000 times, as fast as the pipe takes it.
        const int Edits = 10_000;
        for (var edit = 0; edit < Edits; edit++)
        {
            var change = edit % 2 == 0 ? DocumentJson.Edit(10, 4, 10, 4, "x") : DocumentJson.Edit(10, 4, 10, 5, "");
            await server.Client.NotifyAsync("textDocument/didChange", DocumentJson.Change(Uri, edit + 2, change));
        }
        var last = await server.Client.NotificationAsync("textDocument/publishDiagnostics", m => (int?)m["params"]!["version"] == Edits + 1, TimeSpan.FromMinutes(2));
        // Once the burst is over the server gives the memory back (a collection when no analysis runs): wait for it.
        var after = server.Memory();
        for (var waited = 0; waited < 100 && after.Resident - before.Resident >= 150; waited++)
        {
            await Task.Delay(100);
            after = server.Memory();
        }

        Assert.Equal("D100", (string?)last["params"]!["diagnostics"]![0]!["code"]);
        // Before: every edit copied the 2 MB text and its line index: 300-900 MiB at the peak, and it stayed near 946 MiB.
        // Now: the peak depends on when the collections fall: 66-320 MiB above the start in 16 runs (two of them over the
        // earlier 250 MiB bound, at this commit and before it); afterwards the memory comes back. The copying server
        // fails the second bound whatever its peak.
        Assert.True(after.Peak - before.Resident < 500, $"resident {before.Resident:0} MiB before the burst, peak {after.Peak:0} MiB");
        Assert.True(after.Resident - before.Resident < 150, $"resident {before.Resident:0} MiB before the burst, {after.Resident:0} MiB after it");
    }
}
