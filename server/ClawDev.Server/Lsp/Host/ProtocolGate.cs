using ClawDev.Server.Lsp.Protocol;
using StreamJsonRpc;

namespace ClawDev.Server.Lsp.Host;

internal enum GateDecision
{
    Forward,
    Drop,
    Reject,
}

/// <summary>What happens to one message, with the error to answer when it is rejected.</summary>
internal readonly record struct GateVerdict(GateDecision Decision, int ErrorCode = 0, string? Reason = null)
{
    public static GateVerdict Forward { get; } = new(GateDecision.Forward);

    /// <param name="reason">What was dropped and why, for the log.</param>
    public static GateVerdict Drop(string reason) => new(GateDecision.Drop, 0, reason);

    public static GateVerdict Reject(int code, string reason) => new(GateDecision.Reject, code, reason);
}

/// <summary>The methods the server handles, by kind.</summary>
internal sealed record HandledMethods(IReadOnlySet<string> Requests, IReadOnlySet<string> Notifications);

/// <summary>
/// The LSP lifecycle rules applied to messages in the order they arrive, before any handler is looked up: before
/// <c>initialize</c> requests get ServerNotInitialized and notifications are dropped (except <c>exit</c>); after
/// <c>shutdown</c> requests get InvalidRequest. Deciding here, on the reading side, means the phase follows the
/// message order exactly and unknown methods are treated the same as known ones. A known method sent as the wrong
/// kind of message (an <c>initialize</c> notification, a <c>didOpen</c> request) never reaches its handler, and a
/// response reaches StreamJsonRpc only when it answers a request the server is waiting on.
/// </summary>
internal sealed class ProtocolGate(HandledMethods handled, OutstandingRequests outstanding)
{
    private enum Phase
    {
        AwaitingInitialize,
        Running,
        ShuttingDown,
    }

    private Phase _phase = Phase.AwaitingInitialize;

    public GateVerdict Admit(in JsonRpcEnvelope message)
    {
        return message.Kind switch
        {
            MessageKind.Response => outstanding.TryAnswer(message.Id)
                ? GateVerdict.Forward
                : GateVerdict.Drop($"a response to no request of the server (id {Shown(message.Id)})"),
            MessageKind.Notification => AdmitNotification(message.Method!),
            _ => AdmitRequest(message.Method!),
        };
    }

    private GateVerdict AdmitNotification(string method)
    {
        if (method == Methods.Exit)
        {
            return GateVerdict.Forward;
        }
        return _phase switch
        {
            Phase.AwaitingInitialize => GateVerdict.Drop($"a notification '{method}' before initialize"),
            Phase.ShuttingDown => GateVerdict.Drop($"a notification '{method}' after shutdown"),
            _ when handled.Requests.Contains(method) => GateVerdict.Drop($"a notification '{method}', which is a request"),
            _ => GateVerdict.Forward,
        };
    }

    private GateVerdict AdmitRequest(string method)
    {
        switch (_phase)
        {
            case Phase.AwaitingInitialize when method == Methods.Initialize:
                _phase = Phase.Running;
                return GateVerdict.Forward;
            case Phase.AwaitingInitialize:
                return GateVerdict.Reject(LspErrorCodes.ServerNotInitialized, $"the server is not initialized: '{method}' was sent before 'initialize'");
            case Phase.ShuttingDown:
                return GateVerdict.Reject(LspErrorCodes.InvalidRequest, $"the server is shutting down: '{method}' was sent after 'shutdown'");
            case Phase.Running when method == Methods.Initialize:
                return GateVerdict.Reject(LspErrorCodes.InvalidRequest, "'initialize' may only be sent once");
            case Phase.Running when method == Methods.Shutdown:
                _phase = Phase.ShuttingDown;
                return GateVerdict.Forward;
            case Phase.Running when handled.Notifications.Contains(method):
                return GateVerdict.Reject(LspErrorCodes.InvalidRequest, $"'{method}' is a notification; it cannot be sent as a request");
            default:
                return GateVerdict.Forward;
        }
    }

    /// <summary>An id as JSON, a long string id cut short: it only goes into the log.</summary>
    private static string Shown(RequestId id) =>
        id.String is { } text
            ? System.Text.Json.JsonSerializer.Serialize(text.Length > 40 ? text[..40] + "..." : text)
            : id.ToString();
}
