using ClawDev.Core.Docstrings;
using ClawDev.Core.Python;
using ClawDev.Core.Rules;

namespace ClawDev.Core.Tests.Rules;

/// <summary>The pre-check may say "maybe" too often, never "no" for a docstring that has a parameter section.</summary>
public sealed class ParameterSectionHintTests
{
    [Theory]
    [InlineData("Do it.\n\n    Args:\n        x: The x.\n    ", true)]
    [InlineData("Do it.\n\n    ARGUMENTS:\n        x: The x.\n    ", true)]
    [InlineData("Do it.\n\n    Parameters\n    ----------\n    x : int\n    ", true)]
    [InlineData("Do it.\n\n    Params:\n        x: The x.\n    ", true)]
    [InlineData("Do it.\n\n    Other Parameters\n    ----------------\n    x : int\n    ", true)]
    [InlineData("Do it.\n\n    Keyword Arguments:\n        x: The x.\n    ", true)]
    [InlineData("Do it.\n\n    :param x: The x.\n    ", true)]
    [InlineData("Do it.\r\n\r\n    :kwarg x: The x.\r\n    ", true)]
    [InlineData("Do it with arguments and parameters.\n\n    Returns:\n        Nothing.\n    ", false)]
    [InlineData("", false)]
    public void Recognises_the_lines_that_open_parameter_sections(string content, bool expected)
    {
        var text = $"def f(x):\n    \"\"\"{content}\"\"\"\n";
        var docstring = PythonParser.Parse(text).Definitions[0].Docstring!;

        Assert.Equal(expected, ParameterSectionHint.MayHaveParameterSection(text, docstring));
    }

    public static TheoryData<string> Fixtures => FixtureCase.All(FixtureCase.FixturesFolder());

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Never_rules_out_a_docstring_with_a_parameter_section(string fixture)
    {
        var text = File.ReadAllText(new FixtureCase(FixtureCase.FixturesFolder(), fixture).FullPath);
        foreach (var definition in PythonParser.Parse(text).AllDefinitions())
        {
            if (definition.Docstring is { } docstring && DocstringParser.Parse(text, docstring).HasParameterSection)
            {
                Assert.True(ParameterSectionHint.MayHaveParameterSection(text, docstring), definition.QualifiedName);
            }
        }
    }
}
