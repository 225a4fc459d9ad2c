using System.Text;

namespace ClawDev.Server.Lsp.Host;

/// <summary>
/// The header part of one base-protocol frame (<c>Content-Length: N\r\n</c>, optional <c>Content-Type</c>), parsed
/// strictly. Bytes in front of a valid header (what is left of a frame whose length was wrong) are measured as
/// <see cref="JunkLength"/> so the reader can recover at the header that follows them.
/// </summary>
/// <param name="ContentLength">The body length, or null when it is missing or unreadable.</param>
/// <param name="Problem">Why the header is not acceptable, or null.</param>
/// <param name="JunkLength">Bytes before the header that were skipped to find it.</param>
internal readonly record struct HeaderBlock(long? ContentLength, string? Problem, int JunkLength)
{
    private const int MaxContentLengthDigits = 12;

    private static ReadOnlySpan<byte> ContentLengthName => "content-length:"u8;

    /// <param name="block">The bytes before the blank line that ends the header, without that "\r\n\r\n".</param>
    public static HeaderBlock Parse(ReadOnlySpan<byte> block)
    {
        // Stray line breaks between frames are harmless; anything else in front of a header is not.
        var start = 0;
        while (start < block.Length && block[start] is (byte)'\r' or (byte)'\n' or (byte)' ' or (byte)'\t')
        {
            start++;
        }
        var whole = ParseFields(block[start..]);
        if (whole.Problem is null)
        {
            return whole;
        }

        var lastContentLength = LastIndexOfIgnoreCase(block, ContentLengthName);
        if (lastContentLength > start)
        {
            var recovered = ParseFields(block[lastContentLength..]);
            if (recovered.Problem is null)
            {
                return recovered with { JunkLength = lastContentLength };
            }
        }
        return whole;
    }

    private static HeaderBlock ParseFields(ReadOnlySpan<byte> fields)
    {
        long? contentLength = null;
        string? problem = null;
        while (!fields.IsEmpty)
        {
            var end = fields.IndexOf("\r\n"u8);
            var line = end < 0 ? fields : fields[..end];
            fields = end < 0 ? [] : fields[(end + 2)..];

            var colon = line.IndexOf((byte)':');
            if (colon <= 0 || !IsToken(line[..colon]))
            {
                problem ??= $"a header line is not 'Name: value': \"{Printable(line)}\"";
                continue;
            }
            var name = line[..colon];
            var value = line[(colon + 1)..].Trim(" \t"u8);
            if (Ascii.EqualsIgnoreCase(name, "Content-Length"u8))
            {
                if (!TryParseLength(value, out var length))
                {
                    problem ??= $"Content-Length is not a non-negative integer: \"{Printable(value)}\"";
                }
                else if (contentLength is { } earlier && earlier != length)
                {
                    problem ??= "two different Content-Length headers";
                }
                else
                {
                    contentLength = length;
                }
            }
            else if (Ascii.EqualsIgnoreCase(name, "Content-Type"u8) && UnsupportedCharset(value) is { } charset)
            {
                problem ??= $"unsupported charset \"{charset}\" (only utf-8 is supported)";
            }
        }
        if (contentLength is null)
        {
            problem ??= "the header has no Content-Length";
        }
        return new HeaderBlock(contentLength, problem, 0);
    }

    private static bool TryParseLength(ReadOnlySpan<byte> digits, out long length)
    {
        length = 0;
        if (digits.IsEmpty || digits.Length > MaxContentLengthDigits)
        {
            return false;
        }
        foreach (var digit in digits)
        {
            if (!char.IsAsciiDigit((char)digit))
            {
                return false;
            }
            length = length * 10 + (digit - '0');
        }
        return true;
    }

    /// <summary>The charset parameter of a Content-Type when it is not UTF-8 ("utf8" is accepted for old clients).</summary>
    private static string? UnsupportedCharset(ReadOnlySpan<byte> contentType)
    {
        foreach (var range in contentType.Split((byte)';'))
        {
            var parameter = contentType[range].Trim(" \t"u8);
            if (parameter.Length > 8 && Ascii.EqualsIgnoreCase(parameter[..8], "charset="u8))
            {
                var charset = parameter[8..].Trim("\""u8);
                return Ascii.EqualsIgnoreCase(charset, "utf-8"u8) || Ascii.EqualsIgnoreCase(charset, "utf8"u8)
                    ? null
                    : Printable(charset);
            }
        }
        return null;
    }

    private static bool IsToken(ReadOnlySpan<byte> name)
    {
        foreach (var b in name)
        {
            if (b <= 32 || b >= 127)
            {
                return false;
            }
        }
        return true;
    }

    private static int LastIndexOfIgnoreCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> lowerCaseNeedle)
    {
        for (var i = haystack.Length - lowerCaseNeedle.Length; i >= 0; i--)
        {
            if (Ascii.EqualsIgnoreCase(haystack.Slice(i, lowerCaseNeedle.Length), lowerCaseNeedle))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>At most 60 characters of the bytes, non-printable ones as '?', for a message.</summary>
    private static string Printable(ReadOnlySpan<byte> bytes)
    {
        var shown = bytes[..Math.Min(bytes.Length, 60)];
        var text = new StringBuilder(shown.Length + 3);
        foreach (var b in shown)
        {
            text.Append(b is >= 32 and < 127 ? (char)b : '?');
        }
        return bytes.Length > shown.Length ? text.Append("...").ToString() : text.ToString();
    }
}
