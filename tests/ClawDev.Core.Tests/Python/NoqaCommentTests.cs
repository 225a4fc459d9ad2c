namespace ClawDev.Core.Tests.Python;

/// <summary>
/// flake8's reading of <c># noqa</c> comments, by line (its pattern is <c># noqa(?::\s?codes)?</c>, searched,
/// case-insensitive), with ruff's leniency about the space after '#'.
/// </summary>
public sealed class NoqaCommentTests
{
    [Theory]
    [InlineData("x = 1  # noqa\n", "")]
    [InlineData("x = 1  # NOQA\n", "")]
    [InlineData("x = 1  #noqa\n", "")]
    [InlineData("x = 1  # noqa: D102\n", "D102")]
    [InlineData("x = 1  # noqa: D102,D103\n", "D102|D103")]
    [InlineData("x = 1  # noqa: D102, D103 E501\n", "D102|D103|E501")]
    [InlineData("x = 1  #noqa:D102\n", "D102")]
    [InlineData("x = 1  # NoQA: d102\n", "D102")]
    [InlineData("x = 1  # type: ignore # noqa: F401\n", "F401")]
    [InlineData("x = 1  # noqa: explain why\n", "")]
    [InlineData("x = 1  # noqa:\n", "")]
    [InlineData("x = 1  # noqa : D102\n", "")]
    [InlineData("x = 1  # noqa: D102 because reasons\n", "D102")]
    [InlineData("x = 1  # noqa-ish, as flake8 reads it\n", "")]
    public void Reads_codes(string source, string codes)
    {
        var comment = Assert.Single(Parsed.Module(source).Noqa.Values);

        Assert.Equal(codes.Length == 0 ? [] : codes.Split('|'), comment.Codes);
        Assert.Equal(codes.Length == 0, comment.SuppressesAll);
    }

    [Theory]
    [InlineData("x = 1  # not a no-qa comment\n")]
    [InlineData("x = 1  # an annoqance\n")]
    [InlineData("x = '# noqa'\n")]
    public void Ignores_what_is_not_a_noqa_comment(string source) =>
        Assert.Empty(Parsed.Module(source).Noqa);

    [Fact]
    public void Keys_comments_by_their_zero_based_line()
    {
        var noqa = Parsed.Module("\"\"\"Doc.\"\"\"\n\ndef f():  # noqa: D103\n    pass\n\n\nclass A:\n    x = '''\n'''  # noqa\n").Noqa;

        Assert.Equal([2, 8], noqa.Keys.Order());
        Assert.True(noqa[2].Suppresses("D103"));
        Assert.False(noqa[2].Suppresses("D102"));
        Assert.True(noqa[8].Suppresses("D101"));
    }
}
