using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ClawDev.Server.Lsp.CodeActions;
using ClawDev.Server.Lsp.Coverage;
using ClawDev.Server.Lsp.Diagnostics;
using ClawDev.Server.Lsp.Documents;
using ClawDev.Server.Lsp.GitHubSession;
using ClawDev.Server.Lsp.Hover;
using ClawDev.Server.Lsp.Lifecycle;
using ClawDev.Server.Lsp.PullRequests;
using ClawDev.Server.Lsp.Upstream;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Protocol;

/// <summary>The one place the server's JSON options are made.</summary>
public static class LspJson
{
    /// <summary>
    /// Source-generated metadata for every protocol type; the reflection resolver behind it only serves the
    /// types StreamJsonRpc itself puts into messages (its error data), which the context cannot know.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new(LspJsonContext.Default.Options)
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(LspJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        Converters = { new NonNullListConverterFactory(), new UtcTimestampConverter() },
    };
}

[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(InitializedParams))]
[JsonSerializable(typeof(SetTraceParams))]
[JsonSerializable(typeof(LogTraceParams))]
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(DidCloseTextDocumentParams))]
[JsonSerializable(typeof(DidSaveTextDocumentParams))]
[JsonSerializable(typeof(DidChangeWatchedFilesParams))]
[JsonSerializable(typeof(DidChangeConfigurationParams))]
[JsonSerializable(typeof(DidChangeWorkspaceFoldersParams))]
[JsonSerializable(typeof(ConfigurationParams))]
[JsonSerializable(typeof(RegistrationParams))]
[JsonSerializable(typeof(LogMessageParams))]
[JsonSerializable(typeof(WorkDoneProgressCreateParams))]
[JsonSerializable(typeof(WorkDoneProgressCancelParams))]
[JsonSerializable(typeof(ProgressParams<WorkDoneProgressBegin>))]
[JsonSerializable(typeof(ProgressParams<WorkDoneProgressReport>))]
[JsonSerializable(typeof(ProgressParams<WorkDoneProgressEnd>))]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(HoverParams))]
[JsonSerializable(typeof(Hover.Hover))]
[JsonSerializable(typeof(DocumentationCoverageParams))]
[JsonSerializable(typeof(DocumentationCoverageResult))]
[JsonSerializable(typeof(FindFirstIssuesParams))]
[JsonSerializable(typeof(FindFirstIssuesResult))]
[JsonSerializable(typeof(StartWorkingOnIssueParams))]
[JsonSerializable(typeof(StartWorkingOnIssueResult))]
[JsonSerializable(typeof(FindUpstreamIssuesParams))]
[JsonSerializable(typeof(FindUpstreamIssuesResult))]
[JsonSerializable(typeof(DraftIssueParams))]
[JsonSerializable(typeof(DraftIssueResult))]
[JsonSerializable(typeof(CreateIssueParams))]
[JsonSerializable(typeof(CreateIssueResult))]
[JsonSerializable(typeof(DraftPullRequestParams))]
[JsonSerializable(typeof(DraftPullRequestResult))]
[JsonSerializable(typeof(PullRequestPlan))]
[JsonSerializable(typeof(PullRequestExecution))]
[JsonSerializable(typeof(GitHubSessionParams))]
[JsonSerializable(typeof(RequestGitHubSessionParams))]
[JsonSerializable(typeof(RequestGitHubSessionResult))]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(CodeAction))]
[JsonSerializable(typeof(IReadOnlyList<CodeAction>))]
[JsonSerializable(typeof(NoParams))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(JsonElement[]))]
[JsonSerializable(typeof(object))]
internal sealed partial class LspJsonContext : JsonSerializerContext;
