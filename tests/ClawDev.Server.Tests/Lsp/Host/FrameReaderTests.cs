using System.IO.Pipelines;
using System.Text;
using ClawDev.Server.Lsp.Host;

namespace ClawDev.Server.Tests.Lsp.Host;

/// <summary>The frame reader on its own, with a small size limit, for bodies that really are over it.</summary>
public sealed class FrameReaderTests
{
    private const int Limit = 64;

    [Fact]
    public async Task A_body_over_the_limit_is_dropped_and_the_frame_after_it_is_read()
    {
        var oversized = "{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":{\"text\":\"" + new string('a', 5 * Limit) + "\"}}";
        const string next = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"shutdown\"}";

        var frames = await ReadAllAsync(Frame(oversized) + Frame(next));

        Assert.Equal(2, frames.Count);
        Assert.Equal($"a message of {oversized.Length} bytes is larger than the limit of {Limit} bytes", frames[0].Problem);
        Assert.Equal(next, Encoding.UTF8.GetString(frames[1].Body!));
    }

    [Fact]
    public async Task A_length_over_the_limit_that_the_body_does_not_have_loses_no_later_frame()
    {
        const string first = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"a\"}";
        const string second = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"b\"}";

        var frames = await ReadAllAsync("Content-Length: 999999999999\r\n\r\n{}" + Frame(first) + Frame(second));

        Assert.Equal(3, frames.Count);
        Assert.Contains("999999999999 bytes is larger than the limit", frames[0].Problem);
        Assert.Equal([first, second], frames.Skip(1).Select(f => Encoding.UTF8.GetString(f.Body!)));
    }

    private static string Frame(string body) => $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}";

    private static async Task<List<InboundFrame>> ReadAllAsync(string input)
    {
        var pipe = new Pipe();
        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes(input));
        await pipe.Writer.CompleteAsync();
        var reader = new FrameReader(pipe.Reader, Limit);
        var frames = new List<InboundFrame>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (await reader.ReadAsync(timeout.Token) is { } frame)
        {
            frames.Add(frame);
        }
        return frames;
    }
}
