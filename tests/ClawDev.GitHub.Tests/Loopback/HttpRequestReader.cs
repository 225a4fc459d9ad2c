using System.Text;

namespace ClawDev.GitHub.Tests.Loopback;

/// <summary>Reads HTTP/1.1 requests (request line, headers, a Content-Length or chunked body) from a connection.</summary>
internal sealed class HttpRequestReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;

    /// <returns>The next request, or null when the client closed the connection.</returns>
    public async Task<LoopbackRequest?> ReadAsync(CancellationToken cancellationToken)
    {
        var requestLine = await ReadLineAsync(cancellationToken);
        if (string.IsNullOrEmpty(requestLine))
        {
            return null;
        }
        var parts = requestLine.Split(' ');
        if (parts.Length != 3)
        {
            throw new IOException($"Malformed request line: {requestLine}");
        }
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (await ReadLineAsync(cancellationToken) is { Length: > 0 } line)
        {
            var colon = line.IndexOf(':');
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            headers[name] = headers.TryGetValue(name, out var earlier) ? $"{earlier}, {value}" : value;
        }
        var body = await ReadBodyAsync(headers, cancellationToken);
        var (path, query) = LoopbackGitHubServer.SplitPathAndQuery(parts[1]);
        return new LoopbackRequest(parts[0].ToUpperInvariant(), path, query, headers, Encoding.UTF8.GetString(body));
    }

    private async Task<byte[]> ReadBodyAsync(Dictionary<string, string> headers, CancellationToken cancellationToken)
    {
        if (headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            var body = new MemoryStream();
            while (true)
            {
                var sizeLine = await ReadLineAsync(cancellationToken) ?? throw new IOException("Connection closed inside a chunked body");
                var size = Convert.ToInt32(sizeLine.Split(';')[0].Trim(), 16);
                if (size == 0)
                {
                    while (await ReadLineAsync(cancellationToken) is { Length: > 0 })
                    {
                        // Trailers are not used by any client we serve.
                    }
                    return body.ToArray();
                }
                body.Write(await ReadExactlyAsync(size, cancellationToken));
                await ReadLineAsync(cancellationToken);
            }
        }
        return headers.TryGetValue("Content-Length", out var length) && int.TryParse(length, out var count) && count > 0
            ? await ReadExactlyAsync(count, cancellationToken)
            : [];
    }

    private async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0)
            {
                var lineEnd = newline > _start && _buffer[newline - 1] == '\r' ? newline - 1 : newline;
                var line = Encoding.ASCII.GetString(_buffer, _start, lineEnd - _start);
                _start = newline + 1;
                return line;
            }
            if (!await FillAsync(cancellationToken))
            {
                return null;
            }
        }
    }

    private async Task<byte[]> ReadExactlyAsync(int count, CancellationToken cancellationToken)
    {
        var result = new byte[count];
        var copied = 0;
        while (copied < count)
        {
            if (_start == _end && !await FillAsync(cancellationToken))
            {
                throw new IOException("Connection closed inside a request body");
            }
            var take = Math.Min(count - copied, _end - _start);
            Array.Copy(_buffer, _start, result, copied, take);
            _start += take;
            copied += take;
        }
        return result;
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            throw new IOException("Request header line too long");
        }
        var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        _end += read;
        return read > 0;
    }
}
