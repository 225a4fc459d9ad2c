using System.Text;
using ClawDev.Core.Python;

namespace ClawDev.Core.Tests.Python;

public sealed class SourceDecoderTests
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    [Fact]
    public void Decodes_utf8_without_a_note()
    {
        var decoded = SourceDecoder.Decode(Encoding.UTF8.GetBytes("x = 'café'\n"));

        Assert.Equal(("x = 'café'\n", "utf-8", (string?)null), (decoded.Text, decoded.Encoding, decoded.Problem));
    }

    [Fact]
    public void Removes_a_utf8_byte_order_mark()
    {
        var decoded = SourceDecoder.Decode([0xEF, 0xBB, 0xBF, (byte)'x', (byte)'\n']);

        Assert.Equal(("x\n", "utf-8", (string?)null), (decoded.Text, decoded.Encoding, decoded.Problem));
    }

    [Theory]
    [InlineData("# -*- coding: latin-1 -*-\n", "iso-8859-1")]
    [InlineData("# coding=latin1\n", "iso-8859-1")]
    [InlineData("# vim: set fileencoding=iso-8859-1 :\n", "iso-8859-1")]
    [InlineData("#!/usr/bin/env python\n# -*- coding: ISO_8859_1 -*-\n", "iso-8859-1")]
    [InlineData("\n# coding: latin-1\n", "iso-8859-1")]
    [InlineData("  \f# coding: l1\n", "iso-8859-1")]
    [InlineData("# coding: cp1252\n", "cp1252")]
    [InlineData("# coding: windows-1252\n", "cp1252")]
    [InlineData("# coding: ascii\n", "ascii")]
    [InlineData("# coding: us-ascii\n", "ascii")]
    [InlineData("# coding: utf8\n", "utf-8")]
    [InlineData("# coding: UTF-8\n", "utf-8")]
    [InlineData("# coding: utf-8-sig\n", "utf-8")]
    public void Follows_a_pep263_coding_line(string header, string expected) =>
        Assert.Equal(expected, SourceDecoder.Decode(Encoding.ASCII.GetBytes(header + "x = 1\n")).Encoding);

    [Theory]
    [InlineData("x = 1\n# coding: latin-1\n")]
    [InlineData("#!/usr/bin/env python\n\n# coding: latin-1\n")]
    [InlineData("x = 1  # coding: latin-1\n")]
    [InlineData("# coding latin-1\n")]
    public void Ignores_a_coding_line_python_would_not_read(string source) =>
        Assert.Equal("utf-8", SourceDecoder.Decode(Encoding.ASCII.GetBytes(source)).Encoding);

    [Fact]
    public void Decodes_latin1_bytes_as_declared()
    {
        var bytes = Latin1.GetBytes("# -*- coding: latin-1 -*-\nname = 'Löwis'\n");

        var decoded = SourceDecoder.Decode(bytes);

        Assert.Equal("# -*- coding: latin-1 -*-\nname = 'Löwis'\n", decoded.Text);
        Assert.Null(decoded.Problem);
    }

    [Fact]
    public void Decodes_windows1252_punctuation()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("# coding: cp1252\nquote = '"), 0x93, (byte)'x', 0x94, 0x80, (byte)'\'', (byte)'\n'];

        var decoded = SourceDecoder.Decode(bytes);

        Assert.Equal("# coding: cp1252\nquote = '\u201Cx\u201D\u20AC'\n", decoded.Text);
        Assert.Null(decoded.Problem);
    }

    [Fact]
    public void Replaces_a_byte_windows1252_leaves_undefined()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("# coding: cp1252\nx = '"), 0x81, (byte)'\'', (byte)'\n'];

        var decoded = SourceDecoder.Decode(bytes);

        Assert.Equal("# coding: cp1252\nx = '\uFFFD'\n", decoded.Text);
        Assert.Equal("byte 0x81 at line 2 is not valid cp1252; undecodable bytes were replaced with U+FFFD.", decoded.Problem);
    }

    [Fact]
    public void Replaces_non_ascii_bytes_in_an_ascii_file()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("# coding: ascii\nx = '"), 0xE9, (byte)'\'', (byte)'\n'];

        var decoded = SourceDecoder.Decode(bytes);

        Assert.Equal("# coding: ascii\nx = '\uFFFD'\n", decoded.Text);
        Assert.Equal("byte 0xE9 at line 2 is not valid ascii; undecodable bytes were replaced with U+FFFD.", decoded.Problem);
    }

    [Fact]
    public void Reads_an_unknown_declared_encoding_as_utf8_with_a_note()
    {
        var decoded = SourceDecoder.Decode(Encoding.UTF8.GetBytes("# -*- coding: koi8-r -*-\nx = 'é'\n"));

        Assert.Equal(("# -*- coding: koi8-r -*-\nx = 'é'\n", "utf-8"), (decoded.Text, decoded.Encoding));
        Assert.Equal("line 1 declares encoding 'koi8-r', which ClawDev cannot decode; the file was read as UTF-8.", decoded.Problem);
    }

    [Fact]
    public void Prefers_the_byte_order_mark_to_a_conflicting_declaration()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.ASCII.GetBytes("# coding: latin-1\nx = 1\n")];

        var decoded = SourceDecoder.Decode(bytes);

        Assert.Equal(("# coding: latin-1\nx = 1\n", "utf-8"), (decoded.Text, decoded.Encoding));
        Assert.Equal("line 1 declares encoding 'latin-1' but the file starts with a UTF-8 byte order mark; the file was read as UTF-8.", decoded.Problem);
    }

    [Fact]
    public void Replaces_invalid_utf8_and_says_where()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("x = 1\ny = '"), 0xC3, 0x28, (byte)'\'', (byte)'\n', 0xFF, (byte)'\n'];

        var decoded = SourceDecoder.Decode(bytes);

        Assert.Equal("x = 1\ny = '\uFFFD('\n\uFFFD\n", decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Equal("the file is not valid UTF-8 (first invalid byte 0xC3 at line 2); invalid bytes were replaced with U+FFFD.", decoded.Problem);
    }

    [Fact]
    public void Reports_the_first_invalid_byte_beyond_the_first_kilobytes()
    {
        var prefix = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("# padding line\n", 1000)));
        byte[] bytes = [.. prefix, 0xFE, (byte)'\n'];

        var decoded = SourceDecoder.Decode(bytes);

        Assert.Equal("the file is not valid UTF-8 (first invalid byte 0xFE at line 1001); invalid bytes were replaced with U+FFFD.", decoded.Problem);
    }

    [Fact]
    public void Tells_binary_from_text()
    {
        Assert.True(SourceDecoder.LooksBinary([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]));
        Assert.False(SourceDecoder.LooksBinary(Encoding.UTF8.GetBytes("x = 1\n")));
    }
}
