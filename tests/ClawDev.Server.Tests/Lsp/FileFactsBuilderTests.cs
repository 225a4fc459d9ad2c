using ClawDev.Core.Analysis;
using ClawDev.Core.Configuration;
using ClawDev.Core.Python;
using ClawDev.Server.Lsp.Diagnostics;
using ClawDev.Server.Lsp.Documents;
using ClawDev.Server.Lsp.Indexing;
using ClawDev.TestSupport;

namespace ClawDev.Server.Tests.Lsp;

/// <summary>Where the index says each undocumented definition is: at its name, as Core's coverage locates it.</summary>
public sealed class FileFactsBuilderTests
{
    public static TheoryData<string, string, string, string[]> Sources => new()
    {
        {
            "the module first, then definitions in source order, nested ones included", "pkg/shapes.py",
            "class Square:\n    def area(self):\n        def inner():\n            pass\n        return 1\n",
            ["pkg.shapes@0:0-0", "Square@0:6-12", "Square.area@1:8-12", "Square.area.inner@2:12-17"]
        },
        {
            "two definitions with one name are each found", "m.py",
            "\"\"\"Doc.\"\"\"\nif X:\n    def f():\n        pass\nelse:\n    def f():\n        \"\"\"Doc.\"\"\"\n\n\ndef f():\n    pass\n",
            ["f@2:8-9", "f@9:4-5"]
        },
        {
            "a definition named like its module is not the module", "Trainer.py",
            "\"\"\"Doc.\"\"\"\n\n\nclass Trainer:\n    pass\n",
            ["Trainer@3:6-13"]
        },
        {
            "a module without a docstring next to a definition named like it", "Trainer.py",
            "class Trainer:\n    pass\n",
            ["Trainer@0:0-0", "Trainer@0:6-13"]
        },
        {
            "documented definitions are left out", "m.py",
            "\"\"\"Doc.\"\"\"\n\n\ndef f():\n    \"\"\"Doc.\"\"\"\n\n\ndef g():\n    pass\n",
            ["g@7:4-5"]
        },
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_missing_symbol_is_located_at_its_name(string what, string relativePath, string source, string[] expected)
    {
        var facts = Build(relativePath, source, PositionEncoding.Utf16);
        var located = facts.Missing.Select(m => $"{m.Symbol}@{m.Range.StartLine}:{m.Range.StartCharacter}-{m.Range.EndCharacter}").ToList();
        Assert.True(expected.SequenceEqual(located), $"{what}: {string.Join(", ", located)}");
        Assert.Equal(facts.Total - facts.Documented, facts.Missing.Count);
    }

    [Fact]
    public void Ranges_count_in_the_negotiated_encoding()
    {
        const string source = "\"\"\"Doc.\"\"\"\n\n\ndef größe():\n    pass\n";
        var utf16 = Build("m.py", source, PositionEncoding.Utf16);
        var utf8 = Build("m.py", source, PositionEncoding.Utf8);
        Assert.Equal(9, utf16.Missing.Single().Range.EndCharacter);
        Assert.Equal(11, utf8.Missing.Single().Range.EndCharacter);
        Assert.Equal(11, utf8.Findings.Single().Range.EndCharacter);
        Assert.Equal("m", utf8.ModuleName);
    }

    private static FileFacts Build(string relativePath, string source, PositionEncoding encoding)
    {
        using var folder = new TemporaryDirectory();
        var settings = ProjectConfiguration.Load(folder.Path).ForFile(relativePath);
        var analysis = FileAnalyzer.Analyze(PythonParser.Parse(source), relativePath, settings);
        var text = new TextDocument("file:///" + relativePath, "python", 1, source);
        return FileFactsBuilder.Build(analysis, DiagnosticFactory.Locate(analysis, text, encoding), text, encoding);
    }
}
