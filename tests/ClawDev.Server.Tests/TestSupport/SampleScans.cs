using ClawDev.Core.Analysis;
using ClawDev.Core.Configuration;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Library;
using ClawDev.Core.Python;
using ClawDev.Core.Workspace;
using ClawDev.Server.Reports;

namespace ClawDev.Server.Tests.TestSupport;

/// <summary>Hand-made scans, so the reports are tested apart from the analysis that normally fills them.</summary>
internal static class SampleScans
{
    public static readonly RuleCatalog Rules = new(
    [
        new RuleMetadata("D103", "undocumented-public-function", "Missing docstring in public function",
            "Checks for public functions without a docstring.", "# D103 (undocumented-public-function)\n\nMissing docstring in public function\n"),
        new RuleMetadata("D102", "undocumented-public-method", "Missing docstring in public method",
            "Checks for public methods without a docstring.", "# D102 (undocumented-public-method)\n\nMissing docstring in public method\n"),
        new RuleMetadata("D417", "undocumented-param", "Missing argument descriptions in the docstring",
            "Checks that every parameter is described in an Args section.", "# D417 (undocumented-param)\n\nMissing argument descriptions\n"),
        new RuleMetadata("D100", "undocumented-public-module", "Missing docstring in public module",
            "Checks for public modules without a docstring.", "# D100 (undocumented-public-module)\n\nMissing docstring in public module\n"),
    ]);

    public static WorkspaceScan WithFindings() => new()
    {
        Root = "/work/repo",
        ListingMethod = "git ls-files",
        Settings =
        [
            new ConfigSetting("convention", "google", "pyproject.toml [tool.ruff.lint.pydocstyle]"),
            new ConfigSetting("select", "D1, D417", "pyproject.toml [tool.ruff.lint]"),
            new ConfigSetting("fail-under", "80", "pyproject.toml [tool.interrogate]"),
        ],
        Profile = new ProfileChoice(AnalysisProfile.Pydocstyle, "ruff configures the docstring rules", "pyproject.toml [tool.ruff.lint]"),
        Tools = [new ToolUse("ruff", "pyproject.toml [tool.ruff]", "selects D codes → decides the docstring rules")],
        FilesFound = 5,
        Files =
        [
            Analysis("pkg/trainer.py", new ModuleCoverage(4, 1, ["Trainer.train", "Trainer.evaluate", "helper"]),
                Finding("D102", "Missing docstring in public method", "Trainer.train", 11, 4) with { Exposure = Exposure.Rendered },
                Finding("D417", "Missing argument descriptions in the docstring for `evaluate`: `dataset`", "Trainer.evaluate", 20, 4, "dataset"),
                Finding("D103", "Missing docstring in public function", "helper", 30, 0) with { Exposure = Exposure.Exported }),
            Analysis("pkg/utils/ünïcode name.py", new ModuleCoverage(2, 1, ["pkg.utils.ünïcode name"]),
                Finding("D100", "Missing docstring in public module", "pkg.utils.ünïcode name", 0, 0)),
            Analysis("setup.py", new ModuleCoverage(0, 0, [])),
        ],
        Excluded = [new ExcludedFile("docs/conf.py", "interrogate exclude \"docs\" (pyproject.toml [tool.interrogate])")],
        DocstringStyles = Census((DocstringStyle.Google, 5), (DocstringStyle.HuggingFace, 2), (DocstringStyle.Plain, 7)),
        Notes =
        [
            new ScanNote(NoteKind.Configuration, null, "setup.cfg [pydocstyle]: unknown convention 'goggle'"),
            new ScanNote(NoteKind.Skipped, "data/blob.py", "skipped: binary content (NUL bytes)"),
            new ScanNote(NoteKind.Decoding, "pkg/utils/ünïcode name.py", "invalid UTF-8: 2 bytes replaced"),
        ],
    };

    public static WorkspaceScan Clean(ModuleCoverage? coverage = null) => new()
    {
        Root = "/work/clean",
        ListingMethod = DirectoryWalker.MethodName,
        Settings = [new ConfigSetting("convention", "pep257", "default")],
        Profile = new ProfileChoice(AnalysisProfile.Contribution, "no tool configures docstring rules", "default"),
        FilesFound = 1,
        Files = [Analysis("mod.py", coverage ?? new ModuleCoverage(3, 3, []))],
        Excluded = [],
        Notes = [],
        DocstringStyles = Census((DocstringStyle.Plain, 3)),
    };

    private static StyleCensusResult Census(params (DocstringStyle Style, int Count)[] counts)
    {
        var census = new StyleCensus();
        foreach (var (style, count) in counts)
        {
            for (var i = 0; i < count; i++)
            {
                census.Add(style);
            }
        }
        return census.Result();
    }

    private static FileAnalysis Analysis(string path, ModuleCoverage coverage, params Finding[] findings) =>
        new(path, new PythonModule { Text = "", Lines = LineIndex.Create("") }, findings, coverage);

    private static Finding Finding(string code, string message, string symbol, int line, int column, params string[] parameters) =>
        new(code, message, symbol, line, column, new TextSpan(0, 0), parameters);
}
