using ClawDev.Core.Configuration;
using ClawDev.Core.Rules;

namespace ClawDev.Core.Tests.Rules;

public sealed class RuleRegistryTests
{
    public static TheoryData<string> Codes
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var doc in RuleRegistry.Descriptors)
            {
                data.Add(doc.Code);
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_rule_is_documented_in_full(string code)
    {
        var doc = RuleRegistry.Find(code)!;

        Assert.Matches("^[a-z]+(-[a-z0-9]+)*$", doc.Name);
        Assert.All(
            new[] { doc.Summary, doc.WhatItDoes, doc.WhyIsThisBad, doc.Example, doc.UseInstead },
            text => Assert.False(string.IsNullOrWhiteSpace(text)));
        Assert.NotEqual(doc.Example, doc.UseInstead);
        var markdown = doc.ToMarkdown();
        Assert.StartsWith($"# {code} ({doc.Name})", markdown);
        Assert.Contains("## Why is this bad?", markdown);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_rule_has_fixtures(string code)
    {
        var folder = Path.Combine(FixtureCase.FixturesFolder(), code);

        Assert.True(Directory.Exists(folder), $"no fixture folder for {code}");
        Assert.NotEmpty(Directory.EnumerateFiles(folder, "*.py", SearchOption.AllDirectories));
    }

    [Fact]
    public void Every_concrete_rule_class_is_registered()
    {
        var classes = typeof(Rule).Assembly.GetTypes().Where(type => type.IsSubclassOf(typeof(Rule)) && !type.IsAbstract);
        var registered = RuleRegistry.ModuleRules.Concat<Rule>(RuleRegistry.DefinitionRules).Select(rule => rule.GetType());

        Assert.Equal(classes.OrderBy(type => type.Name), registered.OrderBy(type => type.Name));
    }

    [Fact]
    public void Codes_and_names_are_unique_and_sorted()
    {
        var codes = RuleRegistry.Descriptors.Select(d => d.Code).ToList();

        Assert.Equal(codes.Distinct().Count(), codes.Count);
        Assert.Equal(RuleRegistry.Descriptors.Select(d => d.Name).Distinct().Count(), codes.Count);
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }

    [Fact]
    public void Terminal_rules_run_before_the_others()
    {
        var terminal = RuleRegistry.DefinitionRules.Select(rule => rule.IsTerminal).ToList();

        Assert.Contains(true, terminal);
        Assert.Equal(terminal.OrderByDescending(isTerminal => isTerminal), terminal);
    }

    [Theory]
    [InlineData("D102", AnalysisProfile.Contribution, true)]
    [InlineData("CD403", AnalysisProfile.Pydocstyle, true)]
    [InlineData("CD403", AnalysisProfile.Contribution, false)]
    [InlineData("CD404", AnalysisProfile.Pydocstyle, false)]
    [InlineData("CD404", AnalysisProfile.Contribution, false)]
    public void A_rule_is_on_by_default_where_its_descriptor_says(string code, AnalysisProfile profile, bool expected) =>
        Assert.Equal(expected, RuleRegistry.OnByDefault(profile).Contains(code));

    [Theory]
    [InlineData("D100", true)]
    [InlineData("d104", true)]
    [InlineData("D102", false)]
    [InlineData("D999", false)]
    public void Module_rules_are_known_by_their_class(string code, bool expected) => Assert.Equal(expected, RuleRegistry.IsAboutModule(code));

    [Theory]
    [InlineData("d102", "D102")]
    [InlineData("D417", "D417")]
    public void Find_ignores_case(string query, string expected) => Assert.Equal(expected, RuleRegistry.Find(query)?.Code);

    [Fact]
    public void Find_returns_null_for_unknown_codes() => Assert.Null(RuleRegistry.Find("D999"));
}
