namespace ClawDev.Server.Lsp.Protocol;

/// <summary>Every LSP method name the server handles or sends, written once.</summary>
public static class Methods
{
    public const string Initialize = "initialize";
    public const string Initialized = "initialized";
    public const string Shutdown = "shutdown";
    public const string Exit = "exit";
    public const string CancelRequest = "$/cancelRequest";
    public const string SetTrace = "$/setTrace";
    public const string LogTrace = "$/logTrace";
    public const string Progress = "$/progress";

    public const string TextDocumentDidOpen = "textDocument/didOpen";
    public const string TextDocumentDidChange = "textDocument/didChange";
    public const string TextDocumentDidClose = "textDocument/didClose";
    public const string TextDocumentDidSave = "textDocument/didSave";
    public const string TextDocumentPublishDiagnostics = "textDocument/publishDiagnostics";
    public const string TextDocumentHover = "textDocument/hover";
    public const string TextDocumentCodeAction = "textDocument/codeAction";
    public const string CodeActionResolve = "codeAction/resolve";

    public const string WorkspaceDidChangeWatchedFiles = "workspace/didChangeWatchedFiles";
    public const string WorkspaceDidChangeConfiguration = "workspace/didChangeConfiguration";
    public const string WorkspaceDidChangeWorkspaceFolders = "workspace/didChangeWorkspaceFolders";
    public const string WorkspaceConfiguration = "workspace/configuration";

    public const string ClientRegisterCapability = "client/registerCapability";
    public const string WindowLogMessage = "window/logMessage";
    public const string WindowWorkDoneProgressCreate = "window/workDoneProgress/create";
    public const string WindowWorkDoneProgressCancel = "window/workDoneProgress/cancel";

    /// <summary>ClawDev's own request: documentation coverage per module (see <see cref="DocumentationCoverageParams"/>).</summary>
    public const string ClawDevDocumentationCoverage = "clawdev/documentationCoverage";

    /// <summary>ClawDev's own notification to the client, without parameters: coverage changed, ask again.</summary>
    public const string ClawDevRefreshDocumentationCoverage = "clawdev/refreshDocumentationCoverage";

    /// <summary>ClawDev's own request: ranked beginner issues of the upstream and local micro-tasks (see <see cref="FindFirstIssuesParams"/>).</summary>
    public const string ClawDevFindFirstIssues = "clawdev/findFirstIssues";

    /// <summary>ClawDev's own request: a branch for an upstream issue (see <see cref="StartWorkingOnIssueParams"/>).</summary>
    public const string ClawDevStartWorkingOnIssue = "clawdev/startWorkingOnIssue";

    /// <summary>ClawDev's own request: upstream issues and pull requests about a symbol (see <see cref="FindUpstreamIssuesParams"/>).</summary>
    public const string ClawDevFindUpstreamIssues = "clawdev/findUpstreamIssues";

    /// <summary>ClawDev's own request: a new issue about a symbol from the repository's template (see <see cref="DraftIssueParams"/>).</summary>
    public const string ClawDevDraftIssue = "clawdev/draftIssue";

    /// <summary>ClawDev's own request: sends a drafted issue (see <see cref="CreateIssueParams"/>).</summary>
    public const string ClawDevCreateIssue = "clawdev/createIssue";

    /// <summary>ClawDev's own request: plans, or carries out, a draft pull request (see <see cref="DraftPullRequestParams"/>).</summary>
    public const string ClawDevDraftPullRequest = "clawdev/draftPullRequest";

    /// <summary>ClawDev's own notification from the client: the sealed GitHub session, or none (see <see cref="GitHubSessionParams"/>).</summary>
    public const string ClawDevGitHubSession = "clawdev/githubSession";

    /// <summary>ClawDev's own request to the client: the sealed GitHub session (see <see cref="RequestGitHubSessionParams"/>).</summary>
    public const string ClawDevRequestGitHubSession = "clawdev/requestGitHubSession";

    /// <summary>Methods starting with this prefix are protocol-internal: unknown ones are ignored when notified.</summary>
    public const string ProtocolImplementationPrefix = "$/";
}
