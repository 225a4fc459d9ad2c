using ClawDev.Server.Lsp.Hover;

namespace ClawDev.Server.Tests.Lsp;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("argument(s) *args, **kwargs", "argument(s) \\*args, \\*\\*kwargs")]
    [InlineData("in '__init__' docstring", "in '\\_\\_init\\_\\_' docstring")]
    [InlineData("`x` [y](z) <b> a|b ~c~ \\", "\\`x\\` \\[y\\](z) \\<b\\> a\\|b \\~c\\~ \\\\")]
    [InlineData("Plain text, with (parentheses) and 1. dots.", "Plain text, with (parentheses) and 1. dots.")]
    public void Inline_markup_characters_are_escaped(string text, string escaped)
    {
        Assert.Equal(escaped, MarkdownText.Escape(text));
    }
}
