using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace ClawDev.Server.Lsp.Host;

/// <summary>
/// The framing layer in front of StreamJsonRpc: reads the client's frames, answers the ones that are not valid
/// JSON-RPC (or not allowed in the current lifecycle phase) itself, and passes every other frame unchanged into the
/// pipe StreamJsonRpc reads. StreamJsonRpc ends the connection on the first message it cannot deserialize, so it
/// only ever sees messages checked here.
/// </summary>
internal sealed class InboundPump(FrameReader frames, ProtocolGate gate, PipeWriter forward, IJsonRpcMessageHandler replies, ServerLog log)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (await frames.ReadAsync(cancellationToken) is { } frame)
            {
                if (!await HandleAsync(frame, cancellationToken))
                {
                    return;
                }
            }
            log.Info("the client closed the input stream");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (IOException exception)
        {
            log.Error($"reading from the client failed: {exception.Message}");
        }
        finally
        {
            await forward.CompleteAsync();
        }
    }

    /// <returns>False when StreamJsonRpc no longer reads (the connection is over).</returns>
    private async Task<bool> HandleAsync(InboundFrame frame, CancellationToken cancellationToken)
    {
        if (frame.Body is not { } body)
        {
            log.Warning($"ignoring malformed input: {frame.Problem}");
            await ReplyAsync(RequestId.Null, JsonRpcErrorCode.ParseError, frame.Problem!, cancellationToken);
            return true;
        }
        if (!JsonRpcEnvelopeReader.TryRead(body, out var envelope, out var problem))
        {
            log.Warning($"ignoring a message: {problem.Message}");
            if (problem.Answer)
            {
                await ReplyAsync(problem.Id, (JsonRpcErrorCode)problem.Code, problem.Message, cancellationToken);
            }
            return true;
        }
        var verdict = gate.Admit(envelope);
        switch (verdict.Decision)
        {
            case GateDecision.Drop:
                log.Warning($"ignoring {verdict.Reason}");
                return true;
            case GateDecision.Reject:
                await ReplyAsync(envelope.Id, (JsonRpcErrorCode)verdict.ErrorCode, verdict.Reason!, cancellationToken);
                return true;
            default:
                return await ForwardAsync(body, cancellationToken);
        }
    }

    private async Task<bool> ForwardAsync(byte[] body, CancellationToken cancellationToken)
    {
        forward.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        forward.Write(body);
        var flushed = await forward.FlushAsync(cancellationToken);
        return !flushed.IsCompleted;
    }

    /// <summary>Answers through StreamJsonRpc's own writer, so the error never interleaves with its messages.</summary>
    private async Task ReplyAsync(RequestId id, JsonRpcErrorCode code, string message, CancellationToken cancellationToken)
    {
        var error = new JsonRpcError
        {
            RequestId = id,
            Error = new JsonRpcError.ErrorDetail { Code = code, Message = message },
        };
        try
        {
            await replies.WriteAsync(error, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            log.Error($"could not answer the client: {exception.Message}");
        }
    }
}
