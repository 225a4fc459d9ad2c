using ClawDev.Core.Python;
using ClawDev.Core.Rules;

namespace ClawDev.Core.Tests.Rules;

public sealed class ParameterMentionsTests
{
    private const string Source = "def f():\n    \"\"\"Scale `value` by factor_2; see value_max and the x-axis.\"\"\"\n";

    // The same names alone (searched for one by one) and among many (looked up word by word) give the same answer.
    [Theory]
    [InlineData("value", false)]
    [InlineData("factor_2", false)]
    [InlineData("factor", true)]
    [InlineData("value_max", false)]
    [InlineData("max", true)]
    [InlineData("axis", false)]
    [InlineData("x-axis", false)]
    [InlineData("scale", true)]
    public void A_name_is_mentioned_only_as_a_whole_word(string name, bool unmentioned)
    {
        var module = PythonParser.Parse(Source);
        var docstring = module.AllDefinitions().Single().Docstring;
        var many = Enumerable.Range(0, 20).Select(i => $"unused{i}").Append(name).ToList();

        Assert.Equal(unmentioned, ParameterMentions.NotMentioned(Source, [name], docstring).Contains(name));
        Assert.Equal(unmentioned, ParameterMentions.NotMentioned(Source, many, docstring).Contains(name));
    }
}
