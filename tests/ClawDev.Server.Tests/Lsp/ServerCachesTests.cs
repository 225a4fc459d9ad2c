using ClawDev.Server.Tests.Lsp.Infrastructure;

namespace ClawDev.Server.Tests.Lsp;

/// <summary>The analysis and drafting caches belong to one server: every state it publishes shares them, no other server does.</summary>
public sealed class ServerCachesTests
{
    [Fact]
    public async Task Every_state_of_a_server_shares_its_caches_and_no_other_server_has_them()
    {
        await using var first = new InProcessServer();
        await using var second = new InProcessServer();
        var before = first.State;
        await first.InitializeAsync();
        await first.Client.NotifyAsync("textDocument/didOpen", DocumentJson.Open("file:///a.py", "x = 1\n"));
        var after = await first.StateAsync(state => state.Documents.ContainsKey("file:///a.py"));

        Assert.NotSame(before, after);
        Assert.Same(before.Analyses, after.Analyses);
        Assert.Same(before.Drafters, after.Drafters);
        Assert.NotSame(first.State.Analyses, second.State.Analyses);
        Assert.NotSame(first.State.Drafters, second.State.Drafters);
    }
}
