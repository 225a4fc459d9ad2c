using ClawDev.Server.Cli;
using ClawDev.Server.Reports;
using ClawDev.Server.Tests.TestSupport;
using ClawDev.TestSupport;

namespace ClawDev.Server.Tests.Cli;

public class ConfigCommandTests
{
    [Fact]
    public void Shows_every_setting_with_its_origin()
    {
        using var repository = Fixture.Copy("sample-repo");

        var run = CliRun.Invoke(RuleCatalog.Builtin(), "config", repository.Path);

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        Assert.Equal("", run.Error);
        Snapshot.Match("config-sample.txt", Fixture.Normalize(run.Output, repository));
        Assert.Contains("(pyproject.toml [tool.ruff.lint.pydocstyle])", run.Output);
        Assert.Contains("(pyproject.toml [tool.interrogate])", run.Output);
    }

    [Fact]
    public void Configuration_problems_are_listed_and_exit_with_one()
    {
        using var repository = new TemporaryDirectory();
        repository.Write("pyproject.toml", "[tool.ruff.lint.pydocstyle]\nconvention = \"goggle\"\n");
        repository.Write("setup.cfg", "[pydocstyle\nconvention = numpy\n");

        var run = CliRun.Invoke(RuleCatalog.Builtin(), "config", repository.Path);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        var problems = run.Output[run.Output.IndexOf("Problems:\n", StringComparison.Ordinal)..];
        Assert.Contains("pyproject.toml, line 2: [tool.ruff.lint.pydocstyle] convention must be", problems);
        Assert.Contains("setup.cfg, line 1:", problems);
    }

    [Fact]
    public void A_repository_without_configuration_shows_the_defaults()
    {
        using var repository = new TemporaryDirectory();

        var run = CliRun.Invoke(RuleCatalog.Builtin(), "config", repository.Path);

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        Assert.StartsWith($"Configuration of {repository.Path}\n", run.Output);
        Assert.Contains("(default)", run.Output);
        Assert.DoesNotContain("Problems:", run.Output);
    }
}
