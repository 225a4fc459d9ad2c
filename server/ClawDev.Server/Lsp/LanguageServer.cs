using System.Diagnostics;
using System.IO.Pipelines;
using ClawDev.GitHub.Git;
using ClawDev.Server.Lsp.Analysis;
using ClawDev.Server.Lsp.CodeActions;
using ClawDev.Server.Lsp.Coverage;
using ClawDev.Server.Lsp.Diagnostics;
using ClawDev.Server.Lsp.Documents;
using ClawDev.Server.Lsp.GitHubSession;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Hover;
using ClawDev.Server.Lsp.Indexing;
using ClawDev.Server.Lsp.Lifecycle;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.PullRequests;
using ClawDev.Server.Lsp.Upstream;
using ClawDev.Server.Lsp.Workspace;
using StreamJsonRpc;

namespace ClawDev.Server.Lsp;

/// <summary>
/// The composition root: builds every service and handler once and wires StreamJsonRpc between the framing layer
/// (which reads the client's stream) and the client's output stream.
/// </summary>
internal sealed class LanguageServer : IAsyncDisposable
{
    /// <summary>Frames larger than this are skipped with a ParseError; no Python file an editor opens comes near it.</summary>
    public const long MaxMessageBytes = 64L * 1024 * 1024;

    private static readonly TimeSpan FlushOnExitTimeout = TimeSpan.FromSeconds(2);

    private readonly Pipe _checkedInput = new();
    private readonly HeaderDelimitedMessageHandler _messageHandler;
    private readonly LspJsonRpc _rpc;
    private readonly InboundPump _pump;
    private readonly CancellationTokenSource _stopReading = new();
    private readonly ServerLog _log;

    /// <param name="extraHandlers">Handlers beyond the server's own (tests add a deliberately slow one).</param>
    public LanguageServer(Stream input, Stream output, TextWriter stderr, LspOptions options, IReadOnlyList<ILspHandler>? extraHandlers = null)
    {
        _log = new ServerLog(stderr);
        Lifetime = new ServerLifetime();
        Session = new ServerSession();

        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = LspJson.Options };
        _messageHandler = new HeaderDelimitedMessageHandler(PipeWriter.Create(output), _checkedInput.Reader, formatter);
        var outstanding = new OutstandingRequests();
        _rpc = new LspJsonRpc(_messageHandler, outstanding) { CancelLocallyInvokedMethodsWhenConnectionIsClosed = true };
        _rpc.TraceSource = new TraceSource("StreamJsonRpc", SourceLevels.Warning);
        _rpc.TraceSource.Listeners.Add(new TextWriterTraceListener(stderr));
        _rpc.Disconnected += (_, _) => Lifetime.Exit();

        Client = new LanguageClient(_rpc, stderr);
        var trace = new ProtocolTrace(Client, Session);
        Queue = new RequestQueue(Session, trace, _log);
        var processMonitor = new ClientProcessMonitor(Lifetime, _log);
        var workspaceFacts = new WorkspaceFacts();
        var resolved = new ResolvedFindings(workspaceFacts);
        var publisher = new DiagnosticPublisher(Client, Session, resolved);
        var descriptions = new WorkspaceDescriptions();
        var indexer = new WorkspaceIndexer(Session, Client, publisher, descriptions, workspaceFacts, new GitFileLister(), Lifetime, _log);
        var git = new GitCli();
        var fixes = new DocstringFixes(new DraftSources(descriptions, workspaceFacts, new CommittedFileReaders(git)), resolved);
        var diagnostics = new DiagnosticScheduler(publisher, indexer, resolved, trace, Lifetime, _log);
        indexer.FoldersIndexed += () => diagnostics.ScheduleAll(Session.Current);
        var changes = new WorkspaceChanges(Session, diagnostics, publisher, indexer, _log);
        var configuration = new ConfigurationPuller(Client, Queue, changes, Lifetime, _log);
        var watchedFiles = new WatchedFilesRegistrar(Client, Lifetime, _log);
        var gitHubTokens = new GitHubTokenHolder();
        var sessionOpener = new GitHubSessionOpener(options.SessionKey);
        GitHubSessions = new GitHubSessionRequester(Client, sessionOpener, gitHubTokens, _log);
        var github = new GitHubConnections(GitHubSessions, git, _log);

        var handled = HandlerRegistration.Register(_rpc, Queue,
        [
            new InitializeHandler(Session, Client, processMonitor, _log),
            new InitializedHandler(watchedFiles, configuration, indexer),
            new ShutdownHandler(Lifetime, _log),
            new ExitHandler(Lifetime),
            new SetTraceHandler(Session, _log),
            new DidOpenHandler(Session, diagnostics),
            new DidChangeHandler(Session, diagnostics, _log),
            new DidCloseHandler(Session, diagnostics, indexer),
            new DidSaveHandler(changes),
            new DidChangeConfigurationHandler(configuration),
            new DidChangeWatchedFilesHandler(changes),
            new DidChangeWorkspaceFoldersHandler(changes),
            new WorkDoneProgressCancelHandler(indexer, _log),
            new HoverHandler(resolved),
            new DocumentationCoverageHandler(resolved),
            new CodeActionHandler(fixes),
            new CodeActionResolveHandler(fixes),
            new GitHubSessionHandler(sessionOpener, gitHubTokens, _log),
            new DraftPullRequestHandler(github, new PlanStore(TimeProvider.System), Client),
            new FindFirstIssuesHandler(github, TimeProvider.System),
            new StartWorkingOnIssueHandler(github),
            new FindUpstreamIssuesHandler(github, TimeProvider.System),
            new DraftIssueHandler(github),
            new CreateIssueHandler(github),
            .. extraHandlers ?? [],
        ]);

        _pump = new InboundPump(new FrameReader(PipeReader.Create(input), MaxMessageBytes), new ProtocolGate(handled, outstanding), _checkedInput.Writer, _messageHandler, _log);
        if (options.ClientProcessId is { } processId)
        {
            processMonitor.Watch(processId);
        }
    }

    public ServerSession Session { get; }

    public ServerLifetime Lifetime { get; }

    public LanguageClient Client { get; }

    public RequestQueue Queue { get; }

    /// <summary>The user's GitHub token for the features that call GitHub.</summary>
    public GitHubSessionRequester GitHubSessions { get; }

    /// <returns>The process exit code.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        using var cancelled = cancellationToken.Register(Lifetime.Abort);
        _rpc.StartListening();
        var queue = Queue.RunAsync();
        var pump = _pump.RunAsync(_stopReading.Token);
        var exitCode = await Lifetime.ExitCode;
        await Client.FlushAsync().WaitAsync(FlushOnExitTimeout, CancellationToken.None).ContinueWith(_ => { }, TaskScheduler.Default);
        Queue.Complete();
        return exitCode;
    }

    public async ValueTask DisposeAsync()
    {
        _stopReading.Cancel();
        Queue.Complete();
        _rpc.Dispose();
        await _messageHandler.DisposeAsync();
        _stopReading.Dispose();
        Lifetime.Dispose();
        Session.Dispose();
    }
}
