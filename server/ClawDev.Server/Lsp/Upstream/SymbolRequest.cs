using ClawDev.GitHub.Git;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.Upstream;

/// <summary>The file and symbol a request is about: the symbol named, or the definition around the position.</summary>
internal static class SymbolRequest
{
    /// <param name="uri">The file the request names; <paramref name="context"/> carries its document.</param>
    /// <exception cref="StreamJsonRpc.LocalRpcException">The file cannot be read, or names no such symbol.</exception>
    public static (SourceFile Source, string Symbol) Resolve(string uri, string? symbol, Position? position, RequestContext context, GitCli git, CancellationToken cancellationToken)
    {
        var source = SourceFile.Open(context, git, cancellationToken)
            ?? throw RequestFailures.InvalidParams($"{uri} is not a readable local file");
        if (symbol is { Length: > 0 })
        {
            return (source, symbol);
        }
        if (position is null)
        {
            throw RequestFailures.InvalidParams("name a symbol or give a position");
        }
        var definition = source.DefinitionAt(position, context.State.Client.Encoding)
            ?? throw RequestFailures.Failed($"There is no function or class at line {position.Line + 1} of {source.RepositoryPath}: put the cursor inside one.");
        return (source, definition.QualifiedName);
    }
}
