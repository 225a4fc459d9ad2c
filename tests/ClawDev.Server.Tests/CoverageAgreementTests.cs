using System.Text.Json;
using System.Text.Json.Nodes;
using ClawDev.Server.Reports;
using ClawDev.Server.Tests.Lsp.Infrastructure;
using ClawDev.Server.Tests.TestSupport;
using ClawDev.TestSupport;

namespace ClawDev.Server.Tests;

/// <summary>Coverage is rounded once, in Core: the CLI's reports and the language server show the same number for a
/// half-way case (1 of 16 is 6.25%, shown as 6.3% everywhere; the extension's formatPercent test has the same case).</summary>
public sealed class CoverageAgreementTests
{
    private const string Module = "tools.py";

    private static TemporaryDirectory OneOfSixteenDocumented()
    {
        var folder = new TemporaryDirectory();
        var functions = string.Concat(Enumerable.Range(1, 15).Select(n => $"\n\ndef tool_{n}():\n    return {n}\n"));
        folder.Write(Module, "\"\"\"Small tools.\"\"\"" + functions);
        return folder;
    }

    [Fact]
    public async Task The_cli_and_the_language_server_show_the_same_rounded_percentage()
    {
        using var folder = OneOfSixteenDocumented();

        var json = JsonDocument.Parse(CliRun.Invoke(RuleCatalog.Builtin(), ["scan", folder.Path, "--format", "json"]).Output).RootElement;
        var total = json.GetProperty("coverage").GetProperty("total");
        Assert.Equal((16, 1, 6.3), (total.GetProperty("total").GetInt32(), total.GetProperty("documented").GetInt32(), total.GetProperty("percent").GetDouble()));
        Assert.Contains("6.3%", CliRun.Invoke(RuleCatalog.Builtin(), ["scan", folder.Path]).Output);

        await using var workspace = await LspWorkspace.OpenAsync(folder);
        var coverage = await workspace.CoverageAsync();
        Assert.Equal(6.3, (double)coverage["total"]!["percent"]!);
        Assert.Equal(6.3, (double)coverage["modules"]![0]!["percent"]!);

        await workspace.OpenDocumentAsync(Module, File.ReadAllText(folder.Combine(Module)));
        var hover = await workspace.Client.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = workspace.Uri(Module) },
            ["position"] = new JsonObject { ["line"] = 2, ["character"] = 5 },
        });
        Assert.Contains("1 of 16 documented (6.3%)", hover.ToJsonString());
    }
}
