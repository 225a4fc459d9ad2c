using System.Text;
using ClawDev.Core.Tests.Support;
using ClawDev.GitHub.Contributing;
using ClawDev.GitHub.Contributing.Detectors;
using ClawDev.GitHub.Tests.TestSupport;
using ClawDev.TestSupport;

namespace ClawDev.GitHub.Tests.Contributing;

/// <summary>
/// One repository per policy under Policies/ (guides modelled on real ones); each folder's expected.txt lists the
/// documents read and the rules found. CLAWDEV_UPDATE_SNAPSHOTS=1 rewrites them; read every change.
/// </summary>
public class ContributingPolicyTests
{
    private static readonly string PoliciesRoot = SourcePaths.Under("Contributing/Policies");

    public static TheoryData<string> Policies() =>
        new(Directory.EnumerateDirectories(PoliciesRoot).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Policies))]
    public void Reads_the_expected_rules(string policy)
    {
        var folder = Path.Combine(PoliciesRoot, policy);

        var loaded = ContributingPolicy.Load(folder);

        var rendered = new StringBuilder();
        rendered.Append("documents: ").AppendJoin(", ", loaded.Documents).Append('\n');
        foreach (var rule in loaded.Rules)
        {
            rendered.Append(rule).Append('\n');
        }
        Snapshot.Match(Path.Combine(folder, "expected.txt"), rendered.ToString());
    }

    [Fact]
    public void A_repository_without_a_guide_has_no_rules()
    {
        var policy = ContributingPolicy.Load(Path.Combine(PoliciesRoot, "none"));

        Assert.Empty(policy.Documents);
        Assert.Empty(policy.Rules);
    }

    [Theory]
    [InlineData("CONTRIBUTING.md", "docs/ai.md", "docs/ai.md")]
    [InlineData("docs/CONTRIBUTING.md", "ai.md#disclosure", "docs/ai.md")]
    [InlineData("docs/CONTRIBUTING.md", "../STYLE.md", "STYLE.md")]
    [InlineData("docs/CONTRIBUTING.md", "/STYLE.md", "STYLE.md")]
    [InlineData(".github/CONTRIBUTING.md", "./guides/Dev%20Guide.md", ".github/guides/Dev Guide.md")]
    [InlineData("CONTRIBUTING.md", "../outside.md", null)]
    [InlineData("CONTRIBUTING.md", "https://github.com/o/r/blob/main/docs/ai.md", null)]
    [InlineData("CONTRIBUTING.md", "//example.org/x.md", null)]
    [InlineData("CONTRIBUTING.md", "docs/setup.rst", null)]
    [InlineData("CONTRIBUTING.md", "#scope", null)]
    public void Resolves_only_relative_links_to_Markdown_inside_the_repository(string from, string link, string? expected)
    {
        Assert.Equal(expected, ContributingDocuments.ResolveRelativeLink(from, link));
    }

    [Fact]
    public void An_oversized_guide_is_a_problem_not_a_crash()
    {
        using var repository = new TemporaryDirectory();
        repository.Write("CONTRIBUTING.md", new string('x', 1024 * 1024 + 1));

        var policy = ContributingPolicy.Load(repository.Path);

        Assert.Empty(policy.Rules);
        Assert.Equal(["CONTRIBUTING.md: skipped, larger than 1024 KiB"], policy.Problems);
    }

    [Theory]
    [InlineData("make style", "make style")]
    [InlineData("$ pre-commit run --all-files", "pre-commit run --all-files")]
    [InlineData("python utils/check_copies.py --fix_and_overwrite", "python utils/check_copies.py --fix_and_overwrite")]
    [InlineData("python -m pytest tests", "python -m pytest tests")]
    [InlineData("uv run ruff check", "uv run ruff check")]
    [InlineData("tox -e lint", "tox -e lint")]
    [InlineData("pip install -e .[dev]", null)]
    [InlineData("git clone https://github.com/o/r", null)]
    [InlineData("python setup.py develop", null)]
    [InlineData("pre-commit install", null)]
    [InlineData("prek install-hooks", null)]
    [InlineData("make install", null)]
    [InlineData("pytest tests/<TEST_TO_RUN>.py", null)]
    [InlineData("python -m pytest tests/models/{model_name}", null)]
    [InlineData("make test > test.log", "make test > test.log")]
    [InlineData("$ make style   # auto-format code + regenerate generated files", "make style")]
    [InlineData("pytest -m \"not slow # nor flaky\"  # the quick ones", "pytest -m \"not slow # nor flaky\"")]
    [InlineData("ruff check --select E501#fix", "ruff check --select E501#fix")]
    [InlineData("# make style", null)]
    public void OnlyCheckToolsCountAsCommands(string text, string? expected)
    {
        Assert.Equal(expected, RequiredCommandDetector.AsCommand(text));
    }
}
