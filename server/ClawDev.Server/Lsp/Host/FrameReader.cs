using System.Buffers;
using System.IO.Pipelines;

namespace ClawDev.Server.Lsp.Host;

/// <summary>One unit of input: a message body, or a sentence saying why some input was not a usable frame.</summary>
internal readonly record struct InboundFrame(byte[]? Body, string? Problem)
{
    public static InboundFrame Malformed(string problem) => new(null, problem);
}

/// <summary>
/// Reads base-protocol frames (<c>Content-Length</c> header, blank line, body) and survives bad ones: a header it
/// cannot read is reported once, after which it looks for the next header and quietly drops the bytes in between
/// (the broken frame's body, whose length nobody knows). A length over the size limit is treated the same way:
/// counting off that many bytes would swallow every later frame whenever the length is wrong, so the body is
/// dropped up to the next header instead, without being held.
/// </summary>
internal sealed class FrameReader(PipeReader input, long maxBodyBytes)
{
    /// <summary>A header longer than this is not a header; the bytes are dropped while looking for the next one.</summary>
    public const int MaxHeaderBytes = 8 * 1024;

    private static ReadOnlySpan<byte> HeaderEnd => "\r\n\r\n"u8;

    /// <summary>True after a header whose body length is unknown, until the next header that reads cleanly.</summary>
    private bool _resynchronizing;

    /// <summary>The body length of a header found behind junk; its body is read on the next call, after the junk is reported.</summary>
    private long? _pendingBodyLength;

    /// <returns>The next frame, or null at the end of the input.</returns>
    public async ValueTask<InboundFrame?> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_pendingBodyLength is { } pending)
            {
                _pendingBodyLength = null;
                return await ReadBodyAsync(pending, cancellationToken);
            }

            var result = await input.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            var reader = new SequenceReader<byte>(buffer);
            if (!reader.TryReadTo(out ReadOnlySequence<byte> headerBytes, HeaderEnd, advancePastDelimiter: true))
            {
                if (buffer.Length > MaxHeaderBytes)
                {
                    // Keep the last bytes: they may be the start of a "\r\n\r\n".
                    input.AdvanceTo(buffer.GetPosition(buffer.Length - HeaderEnd.Length + 1));
                    if (EnterResynchronization())
                    {
                        return InboundFrame.Malformed($"no end of header within {MaxHeaderBytes} bytes");
                    }
                    continue;
                }
                if (result.IsCompleted)
                {
                    input.AdvanceTo(buffer.End);
                    return null;
                }
                input.AdvanceTo(buffer.Start, buffer.End);
                continue;
            }

            var header = HeaderBlock.Parse(headerBytes.IsSingleSegment ? headerBytes.FirstSpan : headerBytes.ToArray());
            input.AdvanceTo(reader.Position);

            if (header.ContentLength is not { } length)
            {
                if (EnterResynchronization())
                {
                    return InboundFrame.Malformed($"bad frame header: {header.Problem}");
                }
                continue;
            }
            if (header.Problem is not null)
            {
                _resynchronizing = false;
                return await SkipBodyAsync(length, $"bad frame header: {header.Problem}", cancellationToken);
            }
            if (header.JunkLength > 0 && !_resynchronizing)
            {
                _pendingBodyLength = length;
                return InboundFrame.Malformed($"{header.JunkLength} bytes that are not a frame header before the next header");
            }
            _resynchronizing = false;
            return await ReadBodyAsync(length, cancellationToken);
        }
    }

    /// <returns>True when this is the first broken header of a run (the one to report).</returns>
    private bool EnterResynchronization()
    {
        var first = !_resynchronizing;
        _resynchronizing = true;
        return first;
    }

    private async ValueTask<InboundFrame?> ReadBodyAsync(long length, CancellationToken cancellationToken)
    {
        if (length > maxBodyBytes)
        {
            return await SkipBodyAsync(length, $"a message of {length} bytes is larger than the limit of {maxBodyBytes} bytes", cancellationToken);
        }
        if (length == 0)
        {
            return new InboundFrame([], null);
        }
        var result = await input.ReadAtLeastAsync((int)length, cancellationToken);
        if (result.Buffer.Length < length)
        {
            input.AdvanceTo(result.Buffer.End);
            return null;
        }
        var body = result.Buffer.Slice(0, length);
        var bytes = body.ToArray();
        input.AdvanceTo(body.End);
        return new InboundFrame(bytes, null);
    }

    /// <summary>Drops the body of a frame that is reported with <paramref name="problem"/>.</summary>
    /// <returns>The report, or null when the input ended first.</returns>
    private async ValueTask<InboundFrame?> SkipBodyAsync(long length, string problem, CancellationToken cancellationToken)
    {
        if (length > maxBodyBytes)
        {
            _resynchronizing = true;
            return InboundFrame.Malformed(problem);
        }
        return await SkipAsync(length, cancellationToken) ? InboundFrame.Malformed(problem) : null;
    }

    /// <returns>False when the input ended first.</returns>
    private async ValueTask<bool> SkipAsync(long length, CancellationToken cancellationToken)
    {
        while (length > 0)
        {
            var result = await input.ReadAsync(cancellationToken);
            var take = Math.Min(length, result.Buffer.Length);
            input.AdvanceTo(result.Buffer.GetPosition(take));
            length -= take;
            if (length > 0 && result.IsCompleted)
            {
                return false;
            }
        }
        return true;
    }
}
