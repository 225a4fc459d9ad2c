using ClawDev.Server.Cli;
using ClawDev.Server.Reports;
using ClawDev.Server.Tests.TestSupport;

namespace ClawDev.Server.Tests.Cli;

public class RuleCommandTests
{
    [Fact]
    public void Prints_the_documentation_of_one_rule_in_any_case()
    {
        var run = CliRun.Invoke(SampleScans.Rules, "rule", "d102");

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        Assert.Equal("# D102 (undocumented-public-method)\n\nMissing docstring in public method\n", run.Output);
    }

    [Fact]
    public void Lists_every_rule_by_code_without_an_argument()
    {
        var run = CliRun.Invoke(SampleScans.Rules, "rule");

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        Assert.Equal(
            """
            D100  undocumented-public-module    Missing docstring in public module
            D102  undocumented-public-method    Missing docstring in public method
            D103  undocumented-public-function  Missing docstring in public function
            D417  undocumented-param            Missing argument descriptions in the docstring

            """.Replace("\r\n", "\n"),
            run.Output);
    }

    [Fact]
    public void Every_builtin_rule_has_its_four_sections()
    {
        var rules = RuleCatalog.Builtin();

        Assert.Contains(rules.Rules, r => r.Code == "D102");
        Assert.Contains(rules.Rules, r => r.Code == "D417");
        Assert.All(rules.Rules, rule =>
        {
            var run = CliRun.Invoke(rules, "rule", rule.Code);
            Assert.Equal(ExitCodes.Clean, run.ExitCode);
            Assert.StartsWith($"# {rule.Code} ({rule.Name})", run.Output);
            Assert.Contains("## What it does", run.Output);
            Assert.Contains("## Why is this bad?", run.Output);
            Assert.Contains("## Example", run.Output);
            Assert.Contains("Use instead:", run.Output);
        });
    }

    [Fact]
    public void An_unknown_code_is_a_usage_error()
    {
        var run = CliRun.Invoke(SampleScans.Rules, "rule", "D999");

        Assert.Equal(ExitCodes.UsageOrIoError, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith("clawdev: unknown rule code D999 (known: D100, D102, D103, D417)", run.Error);
    }
}
