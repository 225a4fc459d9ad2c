using ClawDev.Server.Lsp.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace ClawDev.Server.Lsp.Host;

/// <summary>
/// StreamJsonRpc with LSP's error shape: parameters that do not fit the method's types are InvalidParams, a
/// handler's unexpected failure is an InternalError carrying its message. Every request it sends to the client is
/// recorded in <paramref name="outstanding"/> until its response arrives.
/// </summary>
internal sealed class LspJsonRpc(IJsonRpcMessageHandler messageHandler, OutstandingRequests outstanding) : JsonRpc(messageHandler)
{
    protected override RequestId CreateNewRequestId()
    {
        var id = base.CreateNewRequestId();
        outstanding.Sent(id);
        return id;
    }

    protected override void OnRequestTransmissionAborted(JsonRpcRequest request)
    {
        outstanding.Abandoned(request.RequestId);
        base.OnRequestTransmissionAborted(request);
    }

    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        return exception switch
        {
            LocalRpcException => base.CreateErrorDetails(request, exception),
            RpcArgumentDeserializationException or System.Text.Json.JsonException => new JsonRpcError.ErrorDetail
            {
                Code = JsonRpcErrorCode.InvalidParams,
                Message = $"invalid parameters for '{request.Method}': {exception.InnerException?.Message ?? exception.Message}",
            },
            _ => new JsonRpcError.ErrorDetail
            {
                Code = (JsonRpcErrorCode)LspErrorCodes.InternalError,
                Message = $"'{request.Method}' failed: {exception.Message}",
            },
        };
    }
}
