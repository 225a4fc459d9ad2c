using ClawDev.Core.Rules;

namespace ClawDev.Core.Tests.Rules;

public sealed class RuleRegistryTests
{
    public static TheoryData<string> Codes
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var doc in RuleRegistry.Docs)
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
    public void Codes_and_names_are_unique_and_sorted()
    {
        var codes = RuleRegistry.Docs.Select(d => d.Code).ToList();

        Assert.Equal(codes.Distinct().Count(), codes.Count);
        Assert.Equal(RuleRegistry.Docs.Select(d => d.Name).Distinct().Count(), codes.Count);
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }

    [Theory]
    [InlineData("d102", "D102")]
    [InlineData("D417", "D417")]
    public void Find_ignores_case(string query, string expected) => Assert.Equal(expected, RuleRegistry.Find(query)?.Code);

    [Fact]
    public void Find_returns_null_for_unknown_codes() => Assert.Null(RuleRegistry.Find("D999"));
}
