using ClawDev.Core.Python;
using ClawDev.Core.Python.Tokens;

namespace ClawDev.Core.Tests.Python;

/// <summary><see cref="PythonStrings.TextValue"/>: the values <c>ast.literal_eval</c> gives.</summary>
public sealed class PythonStringsTests
{
    [Theory]
    [InlineData("'plain'", "plain")]
    [InlineData("\"double\"", "double")]
    [InlineData("'''triple'''", "triple")]
    [InlineData("'a\\\\.b'", "a\\.b")]
    [InlineData("r'a\\.b'", "a\\.b")]
    [InlineData("'tab\\there'", "tab\there")]
    [InlineData("'\\x41\\u00e9\\N{BULLET}'", "A\u00e9\\N{BULLET}")]
    [InlineData("u'unicode'", "unicode")]
    [InlineData("'it\\'s'", "it's")]
    public void A_str_literal_gives_its_value(string source, string expected)
    {
        var token = PythonTokenizer.Tokenize(source)[0];

        Assert.Equal(expected, PythonStrings.TextValue(source, token));
    }

    [Theory]
    [InlineData("b'bytes'")]
    [InlineData("rb'raw bytes'")]
    [InlineData("f'{name}'")]
    public void Bytes_and_f_strings_have_no_text_value(string source)
    {
        var token = PythonTokenizer.Tokenize(source)[0];

        Assert.Null(PythonStrings.TextValue(source, token));
    }

    [Fact]
    public void A_token_that_is_not_a_string_is_refused()
    {
        const string source = "name";

        Assert.Throws<ArgumentException>(() => PythonStrings.TextValue(source, PythonTokenizer.Tokenize(source)[0]));
    }
}
