using System.Text.Json;
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
        Assert.Equal(DiagnosticSeverity.Information, settings.SeverityOf("D102"));
        Assert.Equal(DiagnosticSeverity.Error, settings.SeverityOf("D417"));
        Assert.Equal(DiagnosticSeverity.Hint, settings.SeverityOf("D100"));
        Assert.True(settings.WorkspaceDiagnostics);
        Assert.Equal("numpy", settings.DocstringStyle);
        Assert.Equal(0, settings.DebounceMilliseconds);
    }

    [Theory]
    [InlineData("""{"severity": {"D102": "loud"}}""", "clawdev.severity.D102 must be")]
    [InlineData("""{"severity": 3}""", "clawdev.severity must map")]
    [InlineData("""{"workspaceDiagnostics": "yes"}""", "clawdev.workspaceDiagnostics must be true or false")]
    [InlineData("""{"docstringStyle": "epytext"}""", "clawdev.docstringStyle must be")]
    [InlineData("""{"debounceMs": -1}""", "clawdev.debounceMs must be")]
    [InlineData("""{"debounceMs": 99999}""", "clawdev.debounceMs must be")]
    [InlineData("""[1, 2]""", "are not an object")]
    public void A_bad_value_is_reported_and_its_default_kept(string json, string problem)
    {
        var settings = Read(json, out var problems);
        Assert.Contains(problems, p => p.Contains(problem, StringComparison.Ordinal));
        Assert.Equal(ClawDevSettings.Default.DebounceMilliseconds, settings.DebounceMilliseconds);
        Assert.Equal(ClawDevSettings.Default.DefaultSeverity, settings.DefaultSeverity);
        Assert.False(settings.WorkspaceDiagnostics);
        Assert.Null(settings.DocstringStyle);
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
}
