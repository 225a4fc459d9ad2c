using System.Reflection;
using System.Text.Json.Nodes;
using ClawDev.Server.Lsp;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Tests.Lsp.Infrastructure;
using ClawDev.TestSupport;

namespace ClawDev.Server.Tests.Lsp;

/// <summary>Every method the server handles, sent parameters of every wrong shape, as a request and as a notification.</summary>
public sealed class GarbageParametersTests
{
    /// <summary>Methods that end the session by design (their own tests cover them).</summary>
    private static readonly string[] SessionEnders = [Methods.Exit, Methods.Shutdown];

    public static TheoryData<string> HandledMethods => new(
        typeof(LanguageServer).Assembly.GetTypes()
            .Select(type => type.GetCustomAttribute<LspMethodAttribute>()?.Method)
            .OfType<string>()
            .Where(method => !SessionEnders.Contains(method))
            .Order(StringComparer.Ordinal));

    /// <summary>Parameters of the wrong type, nulls where values belong, impossible numbers, deep nesting, a huge string.</summary>
    private static IEnumerable<JsonNode?> Garbage()
    {
        yield return new JsonObject();
        yield return new JsonArray();
        yield return new JsonArray(1, "two", null);
        yield return new JsonObject { ["textDocument"] = 5 };
        yield return new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = 7 }, ["position"] = "here" };
        yield return new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = "file:///garbage.py", ["languageId"] = null, ["version"] = null, ["text"] = null },
            ["position"] = new JsonObject { ["line"] = -5, ["character"] = int.MaxValue },
        };
        yield return new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = "file:///garbage.py", ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = new JsonObject { ["start"] = new JsonObject { ["line"] = 1e20 } }, ["text"] = 3 }),
        };
        yield return new JsonObject { ["uri"] = null, ["token"] = new JsonObject { ["a"] = 1 }, ["value"] = 42, ["settings"] = new JsonArray(1) };
        yield return new JsonObject { ["changes"] = new JsonArray(new JsonObject { ["uri"] = "::::", ["type"] = 99 }, null) };
        yield return new JsonObject { ["event"] = new JsonObject { ["added"] = null, ["removed"] = new JsonArray("x") } };
        yield return new JsonObject { ["uri"] = "file:///" + new string('a', 100_000), ["processId"] = "me", ["capabilities"] = null };
        JsonNode nested = new JsonObject();
        for (var depth = 0; depth < 40; depth++)
        {
            nested = new JsonObject { ["textDocument"] = nested };
        }
        yield return nested;
    }

    [Theory]
    [MemberData(nameof(HandledMethods))]
    public async Task Garbage_parameters_are_answered_per_the_spec_and_the_server_keeps_serving(string method)
    {
        using var folder = new TemporaryDirectory();
        folder.Write("real.py", "def fetch(url):\n    return url\n");
        await using var workspace = await LspWorkspace.OpenAsync(folder);
        await workspace.OpenDocumentAsync("real.py", "def fetch(url):\n    return url\n");
        await workspace.DiagnosticsAsync("real.py", version: 1);

        foreach (var parameters in Garbage())
        {
            var response = await workspace.Client.RequestAsync(method, parameters?.DeepClone());
            var error = response["error"];
            Assert.True(error is null || (int)error["code"]! is LspErrorCodes.InvalidParams or LspErrorCodes.InvalidRequest,
                $"{method} {parameters?.ToJsonString()[..Math.Min(200, parameters.ToJsonString().Length)]}: {response.ToJsonString()}");
            await workspace.Client.NotifyAsync(method, parameters?.DeepClone());
        }

        var coverage = await workspace.CoverageAsync();
        Assert.NotNull(coverage["modules"]);
        await workspace.Client.NotifyAsync("textDocument/didChange", DocumentJson.Change(workspace.Uri("real.py"), 50, DocumentJson.Replace("\"\"\"Fixed.\"\"\"\n")));
        Assert.Empty((await workspace.DiagnosticsAsync("real.py", version: 50))["diagnostics"]!.AsArray());
        Assert.Null((await workspace.Client.RequestAsync("shutdown"))["error"]);
        Assert.DoesNotContain("failed:", workspace.Server.Stderr, StringComparison.Ordinal);
    }
}
