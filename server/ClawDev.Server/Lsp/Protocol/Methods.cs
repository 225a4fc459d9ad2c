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

    /// <summary>Methods starting with this prefix are protocol-internal: unknown ones are ignored when notified.</summary>
    public const string ProtocolImplementationPrefix = "$/";
}
