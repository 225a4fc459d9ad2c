using System.Text.Json;
using ClawDev.Core.Analysis;
using ClawDev.Core.Configuration;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Library;
using ClawDev.Server.Lsp.Diagnostics;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Tests.Lsp;

public sealed class SettingsReaderTests
{
    [Fact]
    public void Every_setting_is_read()
    {
        var settings = Read("""
            {"severity": {"d102": "information", "D417": "error"}, "defaultSeverity": "hint",
             "workspaceDiagnostics": true, "docstringStyle": "NumPy", "debounceMs": 0, "unknownKey": 1}
            """, out var problems);
        Assert.Empty(problems);
        Assert.Equal(DiagnosticSeverity.Information, SeverityOf(settings, "D102"));
        Assert.Equal(DiagnosticSeverity.Error, SeverityOf(settings, "D417"));
        Assert.Equal(DiagnosticSeverity.Hint, SeverityOf(settings, "D100"));
        Assert.True(settings.WorkspaceDiagnostics);
        Assert.Equal(DocstringStyle.NumPy, settings.DocstringStyle);
        Assert.Equal(0, settings.DebounceMilliseconds);
    }

    [Fact]
    public void In_the_contribution_profile_severity_follows_exposure_unless_the_code_has_its_own()
    {
        var settings = Read("""{"severity": {"D417": "error"}, "exposureSeverity": {"Public": "information"}}""", out var problems);
        Assert.Empty(problems);
        Assert.Equal(DiagnosticSeverity.Warning, SeverityOf(settings, "D102", Exposure.Rendered, AnalysisProfile.Contribution));
        Assert.Equal(DiagnosticSeverity.Information, SeverityOf(settings, "D102", Exposure.Exported, AnalysisProfile.Contribution));
        Assert.Equal(DiagnosticSeverity.Information, SeverityOf(settings, "D102", Exposure.Public, AnalysisProfile.Contribution));
        Assert.Equal(DiagnosticSeverity.Error, SeverityOf(settings, "D417", Exposure.Public, AnalysisProfile.Contribution));
        Assert.Equal(DiagnosticSeverity.Warning, SeverityOf(settings, "D102", Exposure.Public, AnalysisProfile.Pydocstyle));
    }

    [Theory]
    [InlineData("""{"exposureSeverity": {"hidden": "hint"}}""", "clawdev.exposureSeverity has an entry \"hidden\"")]
    [InlineData("""{"exposureSeverity": {"public": "loud"}}""", "clawdev.exposureSeverity.public must be")]
    [InlineData("""{"exposureSeverity": "hint"}""", "clawdev.exposureSeverity must map")]
    public void A_wrong_exposure_severity_is_a_problem_and_the_defaults_stay(string json, string problem)
    {
        var settings = Read(json, out var problems);
        Assert.Contains(problems, text => text.StartsWith(problem, StringComparison.Ordinal));
        Assert.Equal(ClawDevSettings.DefaultExposureSeverity, settings.ExposureSeverity);
    }

    [Theory]
    [InlineData("""{"github": {"upstream": " huggingface/transformers ", "apiUrl": "http://127.0.0.1:8080/"}, "pullRequest": {"remote": "fork"}}""",
        "huggingface/transformers", "http://127.0.0.1:8080", "fork")]
    [InlineData("""{"github": {"upstream": "", "apiUrl": null}, "pullRequest": {}}""", null, null, null)]
    public void The_GitHub_and_pull_request_settings_are_read_blank_meaning_detect(string json, string? upstream, string? apiUrl, string? remote)
    {
        var settings = Read(json, out var problems);
        Assert.Empty(problems);
        Assert.Equal((upstream, apiUrl, remote), (settings.GitHubUpstream, settings.GitHubApiUrl, settings.PullRequestRemote));
    }

    [Theory]
    [InlineData("""{"select": ["d1", " CD401 ", "", "D1"]}""", new[] { "D1", "CD401" }, null)]
    [InlineData("""{"ignore": ["D417"], "select": []}""", null, new[] { "D417" })]
    [InlineData("""{"select": null, "ignore": null}""", null, null)]
    public void Select_and_ignore_are_lists_of_codes_upper_cased_without_blanks_or_repeats(string json, string[]? select, string[]? ignore)
    {
        var settings = Read(json, out var problems);
        Assert.Empty(problems);
        Assert.Equal(select, settings.Rules.Select);
        Assert.Equal(ignore, settings.Rules.Ignore);
        Assert.Equal(select is null && ignore is null, settings.Rules.IsNone);
    }

    [Fact]
    public void Rule_overrides_compare_by_their_codes()
    {
        Assert.Equal(new RuleOverrides(["D1"], null), new RuleOverrides(["D1"], null));
        Assert.NotEqual(new RuleOverrides(["D1"], null), new RuleOverrides(null, ["D1"]));
        Assert.NotEqual(new RuleOverrides(["D1", "D417"], null), new RuleOverrides(["D417", "D1"], null));
    }

    [Theory]
    [InlineData("""{"select": "D102"}""", "clawdev.select must be a list")]
    [InlineData("""{"ignore": [1]}""", "clawdev.ignore must be a list")]
    [InlineData("""{"severity": {"D102": "loud"}}""", "clawdev.severity.D102 must be")]
    [InlineData("""{"severity": 3}""", "clawdev.severity must map")]
    [InlineData("""{"workspaceDiagnostics": "yes"}""", "clawdev.workspaceDiagnostics must be true or false")]
    [InlineData("""{"docstringStyle": "epytext"}""", "clawdev.docstringStyle must be")]
    [InlineData("""{"debounceMs": -1}""", "clawdev.debounceMs must be")]
    [InlineData("""{"debounceMs": 99999}""", "clawdev.debounceMs must be")]
    [InlineData("""{"github": {"upstream": 42}}""", "clawdev.github.upstream must be a string")]
    [InlineData("""{"pullRequest": {"remote": ["fork"]}}""", "clawdev.pullRequest.remote must be text")]
    [InlineData("""[1, 2]""", "are not an object")]
    public void A_bad_value_is_reported_and_its_default_kept(string json, string problem)
    {
        var settings = Read(json, out var problems);
        Assert.Contains(problems, p => p.Contains(problem, StringComparison.Ordinal));
        Assert.Equal(ClawDevSettings.Default.DebounceMilliseconds, settings.DebounceMilliseconds);
        Assert.Equal(ClawDevSettings.Default.DefaultSeverity, settings.DefaultSeverity);
        Assert.False(settings.WorkspaceDiagnostics);
        Assert.Null(settings.DocstringStyle);
        Assert.True(settings.Rules.IsNone);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("""{"docstringStyle": "auto"}""")]
    [InlineData("""{"docstringStyle": null}""")]
    public void Missing_or_automatic_values_are_the_defaults(string json)
    {
        var settings = Read(json, out var problems);
        Assert.Empty(problems);
        Assert.Null(settings.DocstringStyle);
    }

    private static ClawDevSettings Read(string json, out List<string> problems)
    {
        problems = [];
        using var document = JsonDocument.Parse(json);
        return SettingsReader.Read(document.RootElement.Clone(), problems);
    }

    private static DiagnosticSeverity SeverityOf(ClawDevSettings settings, string code, Exposure exposure = Exposure.Public, AnalysisProfile profile = AnalysisProfile.Pydocstyle) =>
        settings.SeverityOf(new Finding(code, "", "f", 0, 0, default, []) { Exposure = exposure }, profile);
}
