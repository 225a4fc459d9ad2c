using System.Text.Json;
using System.Text.Json.Nodes;
using ClawDev.Server.Lsp.Diagnostics;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Tests.Lsp.Infrastructure;
using ClawDev.Server.Tests.TestSupport;
using ClawDev.TestSupport;

namespace ClawDev.Server.Tests.Lsp;

/// <summary>initialize → didOpen → publishDiagnostics → edits and settings, against the real rules.</summary>
public sealed class DiagnosticsTests
{
    private const string FixtureName = "lsp-diagnostics";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static TheoryData<string, string> FixtureFiles => new()
    {
        { "undocumented.py", "utf-16" },
        { "parameters.py", "utf-16" },
        { "clean.py", "utf-16" },
        { "half_typed.py", "utf-16" },
        { "non_ascii.py", "utf-16" },
        { "non_ascii.py", "utf-8" },
    };

    /// <summary>The published diagnostics of each fixture file (codes, ranges, severities, links, data) match their snapshot.</summary>
    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public async Task An_opened_file_gets_the_diagnostics_of_its_snapshot(string file, string encoding)
    {
        await using var workspace = await LspWorkspace.OpenAsync(Fixture.Copy(FixtureName), extraCapabilities: new JsonObject
        {
            ["general"] = new JsonObject { ["positionEncodings"] = new JsonArray(encoding) },
        });
        await workspace.OpenDocumentAsync(file, File.ReadAllText(workspace.Folder.Combine(file)), version: 7);

        var published = await workspace.DiagnosticsAsync(file, version: 7);
        var snapshot = $"lsp-diagnostics-{Path.GetFileNameWithoutExtension(file)}-{encoding}.json";
        Snapshot.Match(snapshot, Fixture.Normalize(published.ToJsonString(Indented), workspace.Folder) + "\n");
    }

    [Fact]
    public async Task Every_diagnostic_links_to_its_rule_and_carries_what_a_fix_needs()
    {
        await using var workspace = await LspWorkspace.OpenAsync(Fixture.Copy(FixtureName));
        await workspace.OpenDocumentAsync("parameters.py", File.ReadAllText(workspace.Folder.Combine("parameters.py")), version: 3);
        var diagnostics = (await workspace.DiagnosticsAsync("parameters.py", version: 3))["diagnostics"]!.AsArray();

        Assert.NotEmpty(diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            var code = (string)diagnostic!["code"]!;
            Assert.Equal("clawdev", (string?)diagnostic["source"]);
            Assert.StartsWith("https://", (string?)diagnostic["codeDescription"]!["href"]);
            Assert.Equal(code, (string?)diagnostic["data"]!["code"]);
            Assert.Equal(3, (int?)diagnostic["data"]!["version"]);
            Assert.False(string.IsNullOrEmpty((string?)diagnostic["data"]!["symbol"]));
        }
        var d417 = diagnostics.Single(d => (string?)d!["code"] == "D417")!;
        Assert.Equal(["timeout"], d417["data"]!["parameters"]!.AsArray().Select(p => (string?)p));
        Assert.Equal("connect", (string?)d417["data"]!["symbol"]);
    }

    [Fact]
    public async Task An_edit_that_adds_the_docstring_clears_the_diagnostic_and_closing_clears_the_rest()
    {
        await using var workspace = await LspWorkspace.OpenAsync(new TemporaryDirectory());
        const string text = "\"\"\"Module.\"\"\"\n\n\ndef fetch(url):\n    return url\n";
        await workspace.OpenDocumentAsync("m.py", text);
        var first = await workspace.DiagnosticsAsync("m.py", version: 1);
        var diagnostic = Assert.Single(first["diagnostics"]!.AsArray())!;
        Assert.Equal("D103", (string?)diagnostic["code"]);
        Assert.Equal(3, (int)diagnostic["range"]!["start"]!["line"]!);
        Assert.Equal(4, (int)diagnostic["range"]!["start"]!["character"]!);
        Assert.Equal(9, (int)diagnostic["range"]!["end"]!["character"]!);

        await workspace.Client.NotifyAsync("textDocument/didChange", DocumentJson.Change(workspace.Uri("m.py"), 2,
            DocumentJson.Edit(4, 0, 4, 0, "    \"\"\"Fetch a URL.\n\n    Args:\n        url: Where from.\n    \"\"\"\n")));
        var fixedVersion = await workspace.DiagnosticsAsync("m.py", version: 2);
        Assert.Empty(fixedVersion["diagnostics"]!.AsArray());

        await workspace.Client.NotifyAsync("textDocument/didChange", DocumentJson.Change(workspace.Uri("m.py"), 3, DocumentJson.Replace(text)));
        Assert.Single((await workspace.DiagnosticsAsync("m.py", version: 3))["diagnostics"]!.AsArray());

        await workspace.Client.NotifyAsync("textDocument/didClose", DocumentJson.Close(workspace.Uri("m.py")));
        var closed = await workspace.DiagnosticsAsync("m.py");
        Assert.Empty(closed["diagnostics"]!.AsArray());
        Assert.Null(closed["version"]);
    }

    [Fact]
    public async Task Severities_come_from_the_settings_and_a_change_republishes_open_documents()
    {
        // The pydocstyle profile: severity by code, else the default (the contribution profile's follows exposure).
        using var folder = new TemporaryDirectory();
        folder.Write("pyproject.toml", "[tool.clawdev]\nprofile = \"pydocstyle\"\n");
        await using var workspace = await LspWorkspace.OpenAsync(folder, new JsonObject
        {
            ["severity"] = new JsonObject { ["d103"] = "error" },
            ["defaultSeverity"] = "hint",
        });
        await workspace.OpenDocumentAsync("m.py", "def fetch(url):\n    return url\n");
        var diagnostics = (await workspace.DiagnosticsAsync("m.py", version: 1))["diagnostics"]!.AsArray();
        Assert.Equal((int)DiagnosticSeverity.Error, (int)diagnostics.Single(d => (string?)d!["code"] == "D103")!["severity"]!);
        Assert.Equal((int)DiagnosticSeverity.Hint, (int)diagnostics.Single(d => (string?)d!["code"] == "D100")!["severity"]!);

        workspace.Settings = new JsonObject { ["debounceMs"] = 0, ["defaultSeverity"] = "information" };
        await workspace.ChangeSettingsAsync(s => s.Settings.DefaultSeverity == DiagnosticSeverity.Information);
        var republished = (await workspace.DiagnosticsAsync("m.py", version: 1))["diagnostics"]!.AsArray();
        Assert.All(republished, d => Assert.Equal((int)DiagnosticSeverity.Information, (int)d!["severity"]!));
    }

    public static TheoryData<string[]?, string[]?, string[]> Selections => new()
    {
        { null, null, ["D100", "D103", "D417"] },
        { ["D1"], null, ["D100", "D103"] },
        { null, ["D100", "CD4"], ["D103", "D417"] },
        { ["D417", "CD401"], ["CD401"], ["D417"] },
        { ["d103"], null, ["D103"] },
    };

    [Theory]
    [MemberData(nameof(Selections))]
    public async Task The_select_and_ignore_settings_choose_the_rules(string[]? select, string[]? ignore, string[] expected)
    {
        var settings = new JsonObject();
        if (select is not null)
        {
            settings["select"] = new JsonArray([.. select.Select(code => JsonValue.Create(code))]);
        }
        if (ignore is not null)
        {
            settings["ignore"] = new JsonArray([.. ignore.Select(code => JsonValue.Create(code))]);
        }
        await using var workspace = await LspWorkspace.OpenAsync(new TemporaryDirectory(), settings);
        const string text = "def fetch(url, timeout):\n    return url\n\n\ndef send(data, retries):\n    \"\"\"Send.\n\n    Args:\n        data: What.\n    \"\"\"\n";
        await workspace.OpenDocumentAsync("m.py", text);
        var diagnostics = (await workspace.DiagnosticsAsync("m.py", version: 1))["diagnostics"]!.AsArray();
        Assert.Equal(expected, diagnostics.Select(d => (string)d!["code"]!).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_selector_that_names_no_rule_is_reported_in_the_log_and_ignored()
    {
        await using var workspace = await LspWorkspace.OpenAsync(new TemporaryDirectory(), new JsonObject { ["ignore"] = new JsonArray("D103", "X999") });
        var message = await workspace.Client.NotificationAsync("window/logMessage", m => ((string?)m["params"]!["message"])!.Contains("X999"));
        Assert.Contains("clawdev.ignore", (string?)message["params"]!["message"]);

        await workspace.OpenDocumentAsync("m.py", "\"\"\"Module.\"\"\"\n\n\ndef fetch(url):\n    return url\n");
        Assert.Empty((await workspace.DiagnosticsAsync("m.py", version: 1))["diagnostics"]!.AsArray());
    }
}
