using StreamJsonRpc;
using StreamJsonRpc.Protocol;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.Host;

/// <summary>StreamJsonRpc with LSP's error shape: a handler's unexpected failure is an InternalError carrying its message.</summary>
internal sealed class LspJsonRpc(IJsonRpcMessageHandler messageHandler) : JsonRpc(messageHandler)
{
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        if (exception is LocalRpcException)
        {
            return base.CreateErrorDetails(request, exception);
        }
        return new JsonRpcError.ErrorDetail
        {
            Code = (JsonRpcErrorCode)LspErrorCodes.InternalError,
            Message = $"'{request.Method}' failed: {exception.Message}",
        };
    }
}
