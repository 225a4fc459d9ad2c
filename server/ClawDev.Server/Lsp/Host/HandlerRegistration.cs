using System.Reflection;
using ClawDev.Server.Lsp.Documents;
using ClawDev.Server.Lsp.Protocol;
using StreamJsonRpc;

namespace ClawDev.Server.Lsp.Host;

/// <summary>Registers each handler class with StreamJsonRpc under its method name, routed through the request queue.</summary>
internal static class HandlerRegistration
{
    /// <returns>The methods registered, by whether each is a request or a notification.</returns>
    public static HandledMethods Register(JsonRpc rpc, RequestQueue queue, IEnumerable<ILspHandler> handlers)
    {
        var requests = new HashSet<string>(StringComparer.Ordinal);
        var notifications = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            var type = handler.GetType();
            var method = type.GetCustomAttribute<LspMethodAttribute>()
                ?? throw new InvalidOperationException($"{type.Name} has no [LspMethod] attribute");
            var entry = CreateEntry(handler, method, queue);
            (entry.GetType().GetGenericTypeDefinition() == typeof(RequestEntry<,>) ? requests : notifications).Add(method.Method);
            var invoke = entry.GetType().GetMethod(nameof(RequestEntry<NoParams, object>.InvokeAsync))!;
            rpc.AddLocalRpcMethod(invoke, entry, new JsonRpcMethodAttribute(method.Method) { UseSingleObjectParameterDeserialization = true });
        }
        return new HandledMethods(requests, notifications);
    }

    private static object CreateEntry(ILspHandler handler, LspMethodAttribute method, RequestQueue queue)
    {
        foreach (var contract in handler.GetType().GetInterfaces())
        {
            if (!contract.IsGenericType)
            {
                continue;
            }
            var definition = contract.GetGenericTypeDefinition();
            var entryType =
                definition == typeof(IRequestHandler<,>) ? typeof(RequestEntry<,>)
                : definition == typeof(INotificationHandler<>) ? typeof(NotificationEntry<>)
                : null;
            if (entryType is not null)
            {
                return Activator.CreateInstance(entryType.MakeGenericType(contract.GetGenericArguments()), handler, method, queue)!;
            }
        }
        throw new InvalidOperationException($"{handler.GetType().Name} implements neither IRequestHandler nor INotificationHandler");
    }

    /// <summary>
    /// The parameters StreamJsonRpc passed. When there were none, a method whose parameters are all optional (its
    /// type can be made without arguments, like <see cref="NoParams"/>) gets that empty value; any other gets InvalidParams.
    /// </summary>
    private static TParams Require<TParams>(TParams? parameters, string method)
        where TParams : class =>
        parameters
        ?? (typeof(TParams).GetConstructor(Type.EmptyTypes) is { } empty
            ? (TParams)empty.Invoke(null)
            : throw new LocalRpcException($"'{method}' needs parameters") { ErrorCode = LspErrorCodes.InvalidParams });

    /// <summary>
    /// The context with the document of a text-document request, looked up once here (on the state the handler runs
    /// on, in the handler's turn, so that reading a closed file never holds up the queue).
    /// </summary>
    private static RequestContext WithDocument<TParams>(ILspHandler handler, TParams parameters, RequestContext context) =>
        handler is ITextDocumentHandler<TParams> documentHandler && documentHandler.GetTextDocumentUri(parameters) is { } uri
            ? context with { Document = DocumentLookup.Find(uri, context.State, documentHandler.ReadsClosedDocuments) }
            : context;

    private sealed class RequestEntry<TParams, TResult>(IRequestHandler<TParams, TResult> handler, LspMethodAttribute method, RequestQueue queue)
        where TParams : class
    {
        public Task<TResult> InvokeAsync(TParams? parameters = null, CancellationToken cancellationToken = default)
        {
            var checkedParameters = Require(parameters, method.Method);
            return queue.Enqueue(
                method.Method,
                method.MutatesState,
                (context, token) => handler.HandleAsync(checkedParameters, WithDocument(handler, checkedParameters, context), token),
                cancellationToken);
        }
    }

    private sealed class NotificationEntry<TParams>(INotificationHandler<TParams> handler, LspMethodAttribute method, RequestQueue queue)
        where TParams : class
    {
        public Task InvokeAsync(TParams? parameters = null, CancellationToken cancellationToken = default)
        {
            var checkedParameters = Require(parameters, method.Method);
            return queue.Enqueue(
                method.Method,
                method.MutatesState,
                async (context, token) =>
                {
                    await handler.HandleAsync(checkedParameters, WithDocument(handler, checkedParameters, context), token);
                    return true;
                },
                cancellationToken);
        }
    }
}
