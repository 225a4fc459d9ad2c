using System.Runtime.CompilerServices;
using System.Text;
using ClawDev.Core.Analysis;
using ClawDev.Core.Configuration;
using ClawDev.Core.Python;

namespace ClawDev.Core.Tests.Rules;

/// <summary>
/// One fixture: "Fixtures/&lt;group&gt;/&lt;relative path&gt;.py" with its expected output in
/// "&lt;relative path&gt;.expected.txt". The group is a rule code (only that rule runs unless the options select
/// others) or, for coverage, "Coverage". The path below the group folder is the file's path relative to the
/// scanned root, so "D100/_pkg/inner.py" is module "_pkg.inner". The same file runs once more under each
/// "&lt;name&gt;.&lt;variant&gt;.options" beside it, expecting "&lt;name&gt;.&lt;variant&gt;.expected.txt": one
/// fixture under several settings instead of copies. Such a case is named "group/path.py#variant".
/// </summary>
public sealed class FixtureCase(string fixturesRoot, string caseName)
{
    private readonly string path = caseName.Split('#')[0];

    /// <summary>The settings variant ("not_honoured"), or null for the file's own options.</summary>
    public string? Variant { get; } = caseName.Contains('#') ? caseName[(caseName.IndexOf('#') + 1)..] : null;

    /// <summary>The folder holding this test file's fixtures, found from the source file's location so snapshots can be rewritten in place.</summary>
    public static string FixturesFolder([CallerFilePath] string testSourcePath = "") =>
        Path.Combine(Path.GetDirectoryName(testSourcePath)!, "Fixtures");

    /// <summary>Every fixture below <paramref name="fixturesRoot"/>, as "group/relative/path.py".</summary>
    public static TheoryData<string> All(string fixturesRoot)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(fixturesRoot, "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(fixturesRoot, file).Replace('\\', '/');
            data.Add(relative);
            var stem = Path.GetFileNameWithoutExtension(file);
            foreach (var options in Directory.EnumerateFiles(Path.GetDirectoryName(file)!, stem + ".*.options").Order(StringComparer.Ordinal))
            {
                data.Add($"{relative}#{Path.GetFileNameWithoutExtension(options)[(stem.Length + 1)..]}");
            }
        }
        return data;
    }

    public string Group => path[..path.IndexOf('/')];

    /// <summary>The file's path relative to the scanned root: what follows the group folder.</summary>
    public string RelativePath => path[(path.IndexOf('/') + 1)..];

    public string FullPath => Path.Combine(fixturesRoot, path);

    public string ExpectedPath => Path.ChangeExtension(FullPath, Variant is null ? ".expected.txt" : $".{Variant}.expected.txt");

    public FileSettings Settings(IReadOnlySet<string> defaultCodes) => FixtureOptions.Read(FullPath, defaultCodes, Variant);

    public FileAnalysis Analyze(IReadOnlySet<string> defaultCodes)
    {
        var decoded = SourceDecoder.Decode(File.ReadAllBytes(FullPath));
        var module = PythonParser.Parse(decoded.Text);
        return FileAnalyzer.Analyze(module, RelativePath, Settings(defaultCodes));
    }

    /// <summary>"line:column CODE symbol message [parameters]" per finding, 1-based like editors show them.</summary>
    public static string RenderFindings(FileAnalysis analysis)
    {
        var text = new StringBuilder();
        foreach (var finding in analysis.Findings)
        {
            text.Append(finding.Line + 1).Append(':').Append(finding.Column + 1).Append(' ')
                .Append(finding.Code).Append(' ').Append(finding.Symbol).Append(' ').Append(finding.Message);
            if (finding.Parameters.Count > 0)
            {
                text.Append(" [").Append(string.Join(", ", finding.Parameters)).Append(']');
            }
            text.Append('\n');
        }
        AppendInternalErrors(analysis, text);
        return text.ToString();
    }

    /// <summary>Internal errors show up in every snapshot, so a bug can never hide behind an update.</summary>
    public static void AppendInternalErrors(FileAnalysis analysis, StringBuilder text)
    {
        foreach (var error in analysis.InternalErrors)
        {
            text.Append("! ").Append(error).Append('\n');
        }
    }

    public override string ToString() => caseName;
}
