using ClawDev.Server.Lsp.Documents;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Host;

/// <summary>A handler class; it also carries <see cref="LspMethodAttribute"/>.</summary>
internal interface ILspHandler;

/// <summary>What a handler sees: the server state at the moment its message was taken from the queue.</summary>
/// <param name="ArrivedAt">The <see cref="System.Diagnostics.Stopwatch"/> timestamp at which the message was queued.</param>
internal sealed record RequestContext(ServerState State, long ArrivedAt)
{
    /// <summary>
    /// For an <see cref="ITextDocumentHandler{TParams}"/>: the document its request names, found once before the
    /// handler runs (as Roslyn's <c>RequestContext.Document</c>); null when the request names none, or it is neither
    /// open nor (for a handler that reads closed documents) a readable local file.
    /// </summary>
    public TextDocument? Document { get; init; }
}

internal interface IRequestHandler<in TParams, TResult> : ILspHandler
{
    Task<TResult> HandleAsync(TParams parameters, RequestContext context, CancellationToken cancellationToken);
}

internal interface INotificationHandler<in TParams> : ILspHandler
{
    Task HandleAsync(TParams parameters, RequestContext context, CancellationToken cancellationToken);
}

/// <summary>
/// A handler of a request about one text document (as Roslyn's <c>ITextDocumentIdentifierHandler</c>): the request
/// queue looks the document up in the state the handler runs on and hands it over in <see cref="RequestContext.Document"/>.
/// </summary>
internal interface ITextDocumentHandler<in TParams>
{
    /// <summary>The URI of the document the parameters name; null when they name none.</summary>
    string? GetTextDocumentUri(TParams parameters);

    /// <summary>True when a document that is not open is read from disk (the GitHub features take any file of the
    /// checkout); otherwise only open documents are found.</summary>
    bool ReadsClosedDocuments => false;
}
