using ClawDev.Core.Docstrings;

namespace ClawDev.Core.Tests.Docstrings;

public sealed class ParameterQueryTests
{
    [Theory]
    [InlineData("google/napoleon_example.py", 3, "param1 param2 args kwargs", "param1 param2 *args **kwargs")]
    [InlineData("numpy/functions.py", 2, "x1 x2 out where kwargs", "x1 x2 out where **kwargs")]
    [InlineData("numpy/classes.py", 2, "func arr args kwargs", "func arr \\\\*args \\\\*\\\\*kwargs")]
    [InlineData("numpy/classes.py", 3, "func args kwargs", "func \\*args \\*\\*kwargs")]
    [InlineData("sphinx/typed_fields.py", 1, "message recipients attachments priority headers", "message recipients \\\\*attachments priority \\\\*\\\\*headers")]
    [InlineData("huggingface/modeling.py", 2, "model args optimizers kwargs", "model args optimizers **kwargs")]
    [InlineData("google/style_guide.py", 3, "", "")]
    public void Documented_parameter_names_are_normalised_and_keep_the_written_form(string fixtureName, int number, string names, string written)
    {
        var parsed = Parse(fixtureName, number);

        Assert.Equal(Words(names), parsed.DocumentedParameterNames);
        Assert.Equal(Words(written), parsed.DocumentedParameters.Select(p => p.WrittenName));
    }

    [Fact]
    public void Names_sharing_a_numpy_line_share_one_entry()
    {
        var parsed = Parse("numpy/functions.py", 2);

        Assert.Same(parsed.FindParameter("x1"), parsed.FindParameter("x2"));
        Assert.Equal(["x1", "x2"], parsed.FindParameter("x1")!.Names);
        Assert.Equal("array_like", parsed.FindParameter("x2")!.Type);
    }

    [Theory]
    [InlineData("S.\n\nArgs:\n    pixel_mean (`float`), pixel_std (`float`):\n        Normalisation of the pixels.\n    vae (`AutoencoderKL`):\n        The VAE.\n", "pixel_mean pixel_std", "`float`")]
    [InlineData("S.\n\nArgs:\n    height, width (`int`, *optional*):\n        The size.\n    vae: The VAE.\n", "height width", "`int`")]
    [InlineData("S.\n\nArgs:\n    x (int), y (float): The point.\n    vae: The VAE.\n", "x y", "int")]
    public void Names_sharing_a_google_head_share_one_entry(string content, string names, string type)
    {
        var parsed = DocstringParser.Parse(content, 0, DocstringStyle.Google);

        var first = Words(names)[0];
        Assert.Equal([.. Words(names), "vae"], parsed.DocumentedParameterNames);
        Assert.Equal(Words(names), parsed.FindParameter(first)!.Names);
        Assert.Same(parsed.FindParameter(first), parsed.FindParameter(Words(names)[1]));
        Assert.Equal(type, parsed.FindParameter(first)!.Type);
        Assert.NotEmpty(parsed.FindParameter("vae")!.Description);
    }

    [Theory]
    [InlineData("S.\n\nArgs:\n    x: The x.\n    Note, see: the manual.\n")]
    [InlineData("S.\n\nArgs:\n    x: The x.\n    a, b: not a typed group.\n")]
    public void Prose_with_commas_is_no_group_of_names(string content)
    {
        var parsed = DocstringParser.Parse(content, 0, DocstringStyle.Google);

        Assert.Equal(["x"], parsed.DocumentedParameterNames);
    }

    [Theory]
    [InlineData("kwargs")]
    [InlineData("**kwargs")]
    [InlineData("\\*\\*kwargs")]
    public void Find_parameter_matches_with_or_without_stars(string name)
    {
        var entry = Parse("google/napoleon_example.py", 3).FindParameter(name);

        Assert.Equal("**kwargs", entry!.Name);
        Assert.Equal("Arbitrary keyword arguments.", entry.Description);
    }

    [Fact]
    public void Find_parameter_returns_null_for_undocumented_names()
    {
        Assert.Null(Parse("google/napoleon_example.py", 3).FindParameter("param3"));
    }

    [Theory]
    [InlineData("S.\n\nArgs:\n", true)]
    [InlineData("S.\n\nKeyword Args:\n    x: X.\n", true)]
    [InlineData("S.\n\nOther Parameters\n----------------\nx : int\n", true)]
    [InlineData("S.\n\n:keyword x: X.\n", true)]
    [InlineData("S.\n\n:type x: int\n", true)]
    [InlineData("S.\n\nReturns:\n    int: X.\n", false)]
    [InlineData("S.\n\nAttributes:\n    x: X.\n", false)]
    [InlineData("S.\n\nThe x argument is documented in prose.\n", false)]
    public void Knows_whether_there_is_any_parameter_section(string content, bool expected)
    {
        var parsed = DocstringParser.Parse(content, 0);

        Assert.Equal(expected, parsed.HasParameterSection);
        Assert.Equal(expected, parsed.ParameterSections.Any());
    }

    [Fact]
    public void Keyword_and_other_parameters_count_as_parameters()
    {
        var fetch = Parse("google/napoleon_example.py", 6);
        var interpolate = Parse("numpy/functions.py", 3);

        Assert.Equal(["url", "timeout", "retries"], fetch.DocumentedParameterNames);
        Assert.Equal(SectionKind.KeywordArguments, fetch.DocumentedParameters[1].Section.Kind);
        Assert.Contains("assume_sorted", interpolate.DocumentedParameterNames);
    }

    [Fact]
    public void Sphinx_fields_about_one_name_form_one_entry()
    {
        var send = Parse("sphinx/typed_fields.py", 1);
        var walk = Parse("sphinx/typed_fields.py", 2);

        var message = send.FindParameter("message")!;
        Assert.Equal("str", message.Type);
        Assert.Equal([":param str message:"], message.Fields.Select(f => f.Marker));
        var recipients = send.FindParameter("recipients")!;
        Assert.Equal([SphinxFieldKind.Parameter, SphinxFieldKind.ParameterType], recipients.Fields.Select(f => f.Kind));
        Assert.Equal(("list[str]", true), (recipients.Type, recipients.IsOptional));
        var priority = send.FindParameter("priority")!;
        Assert.Equal(("int", "1"), (priority.Type, priority.Default));
        var top = walk.FindParameter("top")!;
        Assert.Equal(["type", "param"], top.Fields.Select(f => f.Tag));
        Assert.Equal("Where to start.", top.Description);
    }

    [Fact]
    public void Sections_are_found_by_kind()
    {
        var parsed = Parse("google/napoleon_example.py", 3);

        Assert.Equal("bool", parsed.FindSection(SectionKind.Returns)!.Entries.Single().Type);
        Assert.Equal(["AttributeError", "ValueError"], parsed.FindSection(SectionKind.Raises)!.Entries.Select(e => e.Type));
        Assert.Null(parsed.FindSection(SectionKind.Yields));
    }

    private static ParsedDocstring Parse(string fixtureName, int number)
    {
        var fixture = FixtureFile.Load(fixtureName);
        return DocstringParser.Parse(fixture.Text, fixture.Docstrings[number - 1].ContentSpan);
    }

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
