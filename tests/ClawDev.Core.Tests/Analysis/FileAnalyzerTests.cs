using ClawDev.Core.Analysis;
using ClawDev.Core.Configuration;
using ClawDev.Core.Python;

namespace ClawDev.Core.Tests.Analysis;

/// <summary>
/// The analyzer's own guarantees, on outlines built by hand so they hold whatever the parser produces.
/// </summary>
public sealed class FileAnalyzerTests
{
    private const string Source = "def broken(a):\n    \"\"\"Doc.\n\n    Args:\n        x: y\n    \"\"\"\n\ndef plain():\n    pass\n";

    [Fact]
    public void A_failing_definition_does_not_lose_the_rest_of_the_file()
    {
        // A malformed outline (no parameter list) makes D417 fail on the first function only.
        var broken = Function("broken", keywordOffset: 0, parameters: null!, docstring: Doc());
        var plain = Function("plain", keywordOffset: Source.IndexOf("def plain", StringComparison.Ordinal), parameters: []);
        var module = Module(broken, plain);

        var analysis = FileAnalyzer.Analyze(module, "pkg/mod.py", Settings("D103", "D417"));

        var finding = Assert.Single(analysis.Findings);
        Assert.Equal(("D103", "plain", 7, 0), (finding.Code, finding.Symbol, finding.Line, finding.Column));
        // The outline the rest of the repository reads keeps both definitions; the broken one measures no habit.
        Assert.Equal(["broken", "plain"], analysis.Outline!.Definitions.Select(d => d.QualifiedName));
        Assert.Null(analysis.Outline.Definitions[0].HasParameterSection);
        Assert.Collection(
            analysis.InternalErrors,
            error => Assert.StartsWith("internal error in D417 at broken: NullReferenceException", error),
            error => Assert.StartsWith("internal error in the parameter habit at broken: NullReferenceException", error));
    }

    [Fact]
    public void Module_findings_sit_at_the_start_and_name_the_dotted_module()
    {
        var analysis = FileAnalyzer.Analyze(Module(), "pkg/sub/mod.py", Settings("D100"));

        var finding = Assert.Single(analysis.Findings);
        Assert.Equal(("D100", "pkg.sub.mod", 0, 0, new TextSpan(0, 0)), (finding.Code, finding.Symbol, finding.Line, finding.Column, finding.Span));
    }

    [Fact]
    public void Disabled_codes_report_nothing_but_coverage_still_counts()
    {
        var plain = Function("plain", keywordOffset: Source.IndexOf("def plain", StringComparison.Ordinal), parameters: []);

        var analysis = FileAnalyzer.Analyze(Module(plain), "mod.py", Settings());

        Assert.Empty(analysis.Findings);
        Assert.Equal((2, 0), (analysis.Coverage.Total, analysis.Coverage.Documented));
        Assert.Equal(["mod", "plain"], analysis.Coverage.Missing);
    }

    [Fact]
    public void Coverage_says_where_each_undocumented_definition_is()
    {
        var plain = Function("plain", keywordOffset: Source.IndexOf("def plain", StringComparison.Ordinal), parameters: []);

        var coverage = FileAnalyzer.Analyze(Module(plain), "mod.py", Settings()).Coverage;

        Assert.Equal([new TextSpan(0, 0), plain.NameSpan], coverage.MissingSpans);
    }

    [Fact]
    public void A_cancelled_analysis_stops_instead_of_checking_the_definitions()
    {
        var plain = Function("plain", keywordOffset: Source.IndexOf("def plain", StringComparison.Ordinal), parameters: []);
        using var newerVersion = new CancellationTokenSource();
        newerVersion.Cancel();

        Assert.Throws<OperationCanceledException>(() => FileAnalyzer.Analyze(Module(plain), "mod.py", Settings("D103"), moduleName: null, newerVersion.Token));
    }

    private static FileSettings Settings(params string[] codes) => new() { EnabledCodes = codes.ToHashSet() };

    private static PythonModule Module(params Definition[] definitions) =>
        new() { Text = Source, Lines = LineIndex.Create(Source), Definitions = definitions };

    private static Docstring Doc()
    {
        var start = Source.IndexOf("\"\"\"", StringComparison.Ordinal);
        var end = Source.IndexOf("\"\"\"", start + 3, StringComparison.Ordinal) + 3;
        return new Docstring(Source, "", "\"\"\"", new TextSpan(start, end), new TextSpan(start + 3, end - 3), "    ", false);
    }

    private static Definition Function(string name, int keywordOffset, IReadOnlyList<Parameter> parameters, Docstring? docstring = null)
    {
        var nameStart = keywordOffset + 4;
        return new Definition
        {
            Kind = DefinitionKind.Function,
            Name = name,
            QualifiedName = name,
            Span = new TextSpan(keywordOffset, nameStart + name.Length),
            KeywordOffset = keywordOffset,
            NameSpan = new TextSpan(nameStart, nameStart + name.Length),
            Docstring = docstring,
            Parameters = parameters,
        };
    }
}
