using ClawDev.Core.Docstrings;

namespace ClawDev.Core.Tests.Docstrings;

/// <summary>Named entries whose type part gives no default take one stated in the description.</summary>
public sealed class DefaultPhraseTests
{
    [Theory]
    [InlineData("The x. Defaults to None.", "None")]
    [InlineData("Defaults to 10.0.", "10.0")]
    [InlineData("Activation. Defaults to `\"gelu\"`.", "`\"gelu\"`")]
    [InlineData("Default is 50. Must be non-negative.", "50")]
    [InlineData("Size of the window (default: 5).", "5")]
    [InlineData("Values, default=[1, 2], in order.", "[1, 2]")]
    [InlineData("Defaults to ``True``", "``True``")]
    [InlineData("How long to wait; defaults to\n        None.", "None")]
    // docker writes the value straight after "Default" as often as after "Default:".
    [InlineData("Get ``STDOUT``. Default ``True``.", "``True``")]
    [InlineData("Attach to stdout. Default: ``True``", "``True``")]
    [InlineData("Whether to pull. Default False.", "False")]
    [InlineData("Once killed it will then be restarted. Default\n        is 10 seconds.", "10 seconds")]
    // Not across a blank line: a paragraph that opens with "Is" is no connector.
    [InlineData("The mode. Default\n\n        Is the mode set?", null)]
    [InlineData("Default value of the field.", null)]
    [InlineData("Default Nonesuch applies.", null)]
    [InlineData("Will default to a basic instance.", null)]
    [InlineData("Uses the default settings.", null)]
    [InlineData("Overrides the defaults to be safe.", null)]
    [InlineData("Defaults to.", null)]
    public void Reads_the_default_from_the_description(string description, string? expected)
    {
        var content = $"S.\n\nArgs:\n    x: {description}\n";
        var entry = DocstringParser.Parse(content, 0).FindParameter("x")!;

        Assert.Equal(expected, entry.Default);
        if (entry.DefaultSpan is { } span)
        {
            Assert.True(span.Start >= entry.DescriptionSpan.Start && span.End <= entry.DescriptionSpan.End);
        }
    }

    [Fact]
    public void The_type_part_wins_over_the_description()
    {
        var entry = DocstringParser.Parse("S.\n\nArgs:\n    x (int, defaults to 3): Defaults to 4.\n", 0).FindParameter("x")!;

        Assert.Equal("3", entry.Default);
    }

    [Fact]
    public void Entries_without_names_have_no_default()
    {
        var returns = DocstringParser.Parse("S.\n\nReturns:\n    int: Defaults to 4.\n", 0).Sections.Single().Entries.Single();

        Assert.Null(returns.Default);
    }

    [Theory]
    [InlineData("x", true)]
    [InlineData("kwargs", true)]
    [InlineData("**kwargs", true)]
    [InlineData("y", false)]
    public void Entry_knows_which_parameters_it_documents(string name, bool expected)
    {
        var entries = DocstringParser.Parse("S.\n\nParameters\n----------\nx, **kwargs : int\n    Both.\n", 0).Sections.Single().Entries;

        Assert.Equal(expected, entries.Single().Documents(name));
    }
}
