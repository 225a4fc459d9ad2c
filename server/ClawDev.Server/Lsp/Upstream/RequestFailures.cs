using ClawDev.Server.Lsp.Protocol;
using StreamJsonRpc;

namespace ClawDev.Server.Lsp.Upstream;

/// <summary>The ResponseErrors of the GitHub features: a message for the user, never a token or a stack trace.</summary>
internal static class RequestFailures
{
    public static LocalRpcException Failed(string message) => new(message) { ErrorCode = LspErrorCodes.RequestFailed };

    public static LocalRpcException InvalidParams(string message) => new(message) { ErrorCode = LspErrorCodes.InvalidParams };

    /// <summary>The repository of <paramref name="uri"/>: the top of its git work tree.</summary>
    public static string RepositoryOf(string uri, ClawDev.GitHub.Git.GitCli git, CancellationToken cancellationToken)
    {
        var path = Workspace.DocumentUris.ToLocalPath(uri) ?? throw InvalidParams($"'{uri}' is not a file: URI");
        var directory = Directory.Exists(path) ? path : Path.GetDirectoryName(path) ?? path;
        return SourceFile.RepositoryRootOf(git, directory, cancellationToken)
            ?? throw Failed($"{directory} is not in a git repository: ClawDev finds the upstream from its git remotes.");
    }
}
