using System.Text;
using ClawDev.Core.FileSystem;
using ClawDev.TestSupport;

namespace ClawDev.Core.Tests.FileSystem;

public sealed class BoundedFileTests
{
    public static TheoryData<string, byte[]> Encoded() => new()
    {
        { "no mark", Encoding.UTF8.GetBytes("[[autodoc]] Name é\n") },
        { "UTF-8 mark", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("[[autodoc]] Name é\n")] },
        { "UTF-16 LE mark", [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes("[[autodoc]] Name é\n")] },
        { "UTF-16 BE mark", [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes("[[autodoc]] Name é\n")] },
        { "UTF-32 LE mark", [.. Encoding.UTF32.Preamble, .. Encoding.UTF32.GetBytes("[[autodoc]] Name é\n")] },
    };

    [Theory]
    [MemberData(nameof(Encoded))]
    public void Text_is_read_as_its_byte_order_mark_says_and_as_UTF_8_without_one(string mark, byte[] bytes)
    {
        using var folder = new TemporaryDirectory();
        var path = Path.Combine(folder.Path, "page.md");
        File.WriteAllBytes(path, bytes);

        Assert.True("[[autodoc]] Name é\n" == BoundedFile.ReadText(path, 1024, out var problem), mark);
        Assert.Null(problem);
    }

    [Theory]
    [MemberData(nameof(Encoded))]
    public void Text_mentioning_a_marker_is_read_in_every_encoding(string mark, byte[] bytes)
    {
        using var folder = new TemporaryDirectory();
        var path = Path.Combine(folder.Path, "page.md");
        File.WriteAllBytes(path, bytes);

        Assert.True("[[autodoc]] Name é\n" == BoundedFile.ReadTextMentioning(path, 1024, ["nothing", "autodoc"], out var problem), mark);
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("UTF-8", false)]
    [InlineData("UTF-8 mark", false)]
    [InlineData("UTF-16 LE mark", true)]
    public void UTF_8_text_without_the_markers_is_not_decoded(string encoding, bool decoded)
    {
        using var folder = new TemporaryDirectory();
        var path = Path.Combine(folder.Path, "page.md");
        var text = "Prose without directives.\n";
        File.WriteAllBytes(path, encoding switch
        {
            "UTF-8" => Encoding.UTF8.GetBytes(text),
            "UTF-8 mark" => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)],
            _ => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)],
        });

        Assert.Equal(decoded ? text : null, BoundedFile.ReadTextMentioning(path, 1024, ["auto", ":::"], out var problem));
        Assert.Null(problem);
    }

    [Fact]
    public void Invalid_UTF_8_reads_as_replacement_characters()
    {
        using var folder = new TemporaryDirectory();
        var path = Path.Combine(folder.Path, "page.md");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("[[autodoc]] Name "), 0xFF, (byte)'\n']);

        Assert.Equal("[[autodoc]] Name \uFFFD\n", BoundedFile.ReadText(path, 1024, out _));
    }
}
