using ClawDev.Core.Configuration;

namespace ClawDev.Core.Tests.Configuration;

public sealed class ProjectConfigurationTests
{
    private static readonly string FixtureRoot = Path.Combine(ConfigurationTestFiles.SourceDirectory(), "Fixtures");

    [Fact]
    public void Files_without_per_file_ignores_share_one_settings_object()
    {
        var configuration = ProjectConfiguration.Load(Path.Combine(FixtureRoot, "ruff-pyproject"));

        Assert.Same(configuration.ForFile("src/pkg/core.py"), configuration.ForFile("src/pkg/other.py"));
    }

    [Fact]
    public void Files_with_the_same_ignored_codes_share_one_settings_object()
    {
        var configuration = ProjectConfiguration.Load(Path.Combine(FixtureRoot, "ruff-pyproject"));

        var first = configuration.ForFile("tests/test_a.py");
        var second = configuration.ForFile("tests/deep/er/test_b.py");

        Assert.Same(first, second);
        Assert.NotSame(configuration.ForFile("src/pkg/core.py"), first);
        Assert.DoesNotContain("D101", first.EnabledCodes);
    }

    [Fact]
    public void Concurrent_lookups_agree()
    {
        var configuration = ProjectConfiguration.Load(Path.Combine(FixtureRoot, "ruff-pyproject"));
        var paths = Enumerable.Range(0, 2000).Select(i => i % 3 == 0 ? $"tests/t{i}.py" : i % 3 == 1 ? $"src/pkg/__init__.py" : $"src/m{i}.py").ToArray();

        var results = paths.AsParallel().Select(path => (path, settings: configuration.ForFile(path))).ToList();

        foreach (var group in results.GroupBy(result => result.path[..5]))
        {
            Assert.Single(group.Select(result => result.settings).Distinct(ReferenceEqualityComparer.Instance));
        }
    }

    [Fact]
    public void Overrides_make_a_new_configuration_and_leave_the_loaded_one_alone()
    {
        var configuration = ProjectConfiguration.Load(Path.Combine(FixtureRoot, "no-config"));

        var overridden = configuration.WithOverrides(["D101"], null, 75);

        Assert.Equal(["D101"], overridden.ForFile("a.py").EnabledCodes);
        Assert.Equal(75, overridden.ForFile("a.py").Coverage.FailUnder);
        Assert.Contains("D417", configuration.ForFile("a.py").EnabledCodes);
        Assert.Null(configuration.ForFile("a.py").Coverage.FailUnder);
        Assert.Contains(new ConfigSetting("select", "D101", "command line"), overridden.Settings);
    }

    [Fact]
    public void A_missing_root_gives_defaults_without_problems()
    {
        var configuration = ProjectConfiguration.Load(Path.Combine(FixtureRoot, "does-not-exist"));

        Assert.Empty(configuration.Problems);
        Assert.Equal("ClawDev defaults", configuration.DocstringRulesFrom);
        Assert.Null(configuration.Exclusion("pkg/mod.py"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("bad\0path")]
    public void A_root_that_is_no_path_is_reported_not_thrown(string root)
    {
        var configuration = ProjectConfiguration.Load(root);

        Assert.Single(configuration.Problems);
        Assert.Equal("ClawDev defaults", configuration.DocstringRulesFrom);
    }

    [Theory]
    [InlineData("./tests/test_a.py")]
    [InlineData("tests\\test_a.py")]
    [InlineData("/tests/test_a.py")]
    public void Relative_paths_are_normalised(string path)
    {
        var configuration = ProjectConfiguration.Load(Path.Combine(FixtureRoot, "ruff-pyproject"));

        Assert.Same(configuration.ForFile("tests/test_a.py"), configuration.ForFile(path));
    }
}
