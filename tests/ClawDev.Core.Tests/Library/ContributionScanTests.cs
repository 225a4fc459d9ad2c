using ClawDev.Core.Configuration;
using ClawDev.Core.Library;
using ClawDev.Core.Workspace;
using ClawDev.TestSupport;

namespace ClawDev.Core.Tests.Library;

/// <summary>A whole scan in the contribution profile: only the library is analysed, everything else is counted with its reason.</summary>
public sealed class ContributionScanTests
{
    [Fact]
    public void Only_the_library_is_analysed_and_the_rest_is_excluded_by_category()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("pyproject.toml", "[tool.setuptools]\npackage-dir = {\"lib\" = \"lib\"}\n");
        tree.Write("lib/__init__.py", "\"\"\"Lib.\"\"\"\n");
        tree.Write("lib/api.py", "def run(x):\n    pass\n");
        tree.Write("lib/utils/dummy_pt_objects.py", "class Dummy:\n    pass\n");
        tree.Write("lib/_gen.py", "# This file is auto-generated. Do not edit.\ndef f():\n    pass\n");
        tree.Write("tests/test_api.py", "def test_run():\n    pass\n");
        tree.Write("examples/demo.py", "def main():\n    pass\n");

        var scan = ScanOf(tree);

        Assert.Equal(AnalysisProfile.Contribution, scan.Profile.Profile);
        Assert.Equal(["lib/__init__.py", "lib/api.py"], scan.Files.Select(file => file.RelativePath));
        Assert.Equal("lib.api", scan.Files[1].ModuleName);
        Assert.Equal(
            ["examples/demo.py: Examples", "lib/_gen.py: Generated", "lib/utils/dummy_pt_objects.py: Generated", "tests/test_api.py: Tests"],
            scan.Excluded.Select(file => $"{file.Path}: {file.Category}").Order(StringComparer.Ordinal));
        Assert.Equal(6, scan.FilesFound);
    }

    [Fact]
    public void The_pydocstyle_profile_analyses_every_file_with_importable_names()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("pyproject.toml", "[tool.ruff.lint]\nselect = [\"D1\"]\n[tool.setuptools.packages.find]\nwhere = [\"src\"]\n");
        tree.Write("src/lib/__init__.py", "");
        tree.Write("tests/test_api.py", "def test_run():\n    pass\n");

        var scan = ScanOf(tree);

        Assert.Equal(AnalysisProfile.Pydocstyle, scan.Profile.Profile);
        Assert.Equal(["lib", "tests.test_api"], scan.Files.Select(file => file.ModuleName));
        Assert.Empty(scan.Excluded);
    }

    [Fact]
    public void In_the_pydocstyle_profile_only_the_library_makes_the_project_facts()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("pyproject.toml", "[tool.ruff.lint]\nselect = [\"D1\"]\n[tool.setuptools.packages.find]\nwhere = [\"src\"]\n");
        tree.Write("src/lib/__init__.py", "\"\"\"Lib.\"\"\"\nfrom .api import run\n");
        tree.Write("src/lib/api.py", "def run(x):\n    pass\n");
        tree.Write("tests/__init__.py", "from .helpers import make\n");
        tree.Write("tests/helpers.py", "def make():\n    pass\n");

        var scan = ScanOf(tree);

        Assert.Equal(AnalysisProfile.Pydocstyle, scan.Profile.Profile);
        Assert.Equal(["lib", "lib.api"], scan.Files.Where(file => file.Outline is not null).Select(file => file.ModuleName));
        Assert.Equal("src/lib/api.py", scan.Facts.PathOf("lib.api"));
        Assert.Null(scan.Facts.PathOf("tests.helpers"));
        Assert.Equal(Exposure.Exported, FindingOf(scan, "lib.api", "D103").Exposure);
        // A test package's imports export nothing: its helpers are no API.
        Assert.Equal(Exposure.Public, FindingOf(scan, "tests.helpers", "D103").Exposure);
    }

    [Fact]
    public void A_private_package_s_exports_are_not_the_library_s_until_a_public_package_exports_them()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("pyproject.toml", "[tool.setuptools.packages.find]\nwhere = [\"src\"]\n");
        tree.Write("src/lib/__init__.py", "\"\"\"Lib.\"\"\"\nfrom ._providers.public import Shown\n");
        tree.Write("src/lib/_providers/__init__.py", "\"\"\"Providers.\"\"\"\nfrom .internal import Helper\nfrom .public import Shown\n");
        tree.Write("src/lib/_providers/internal.py", "\"\"\"Internal.\"\"\"\n\n\nclass Helper:\n    pass\n");
        tree.Write("src/lib/_providers/public.py", "\"\"\"Public.\"\"\"\n\n\nclass Shown:\n    pass\n");

        var scan = ScanOf(tree);

        // huggingface_hub's inference._providers imports every provider class; only what lib exports is its API.
        Assert.Equal(Exposure.Exported, FindingOf(scan, "lib._providers.public", "D101").Exposure);
        var helper = Assert.Single(scan.Files.Single(file => file.ModuleName == "lib._providers.internal").Withheld);
        Assert.Equal("the module lib._providers.internal is private (_providers) and the package neither exports nor documents it", helper.Reason);
    }

    private static WorkspaceScan ScanOf(TemporaryDirectory tree) =>
        new WorkspaceScanner(new DirectoryWalker()).Scan(tree.Path, ProjectConfiguration.Load(tree.Path), new ScanOptions(), CancellationToken.None);

    private static ClawDev.Core.Analysis.Finding FindingOf(WorkspaceScan scan, string module, string code) =>
        Assert.Single(scan.Files.Single(file => file.ModuleName == module).Findings, finding => finding.Code == code);
}
