using ClawDev.GitHub.Git;
using ClawDev.GitHub.PullRequests;
using ClawDev.GitHub.Upstream;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.Upstream;
using ClawDev.Server.Lsp.Workspace;
using StreamJsonRpc;
using Plan = ClawDev.GitHub.PullRequests.PullRequestPlan;

namespace ClawDev.Server.Lsp.PullRequests;

/// <summary>
/// <c>clawdev/draftPullRequest</c>: <c>execute: false</c> plans (nothing changes, nothing is sent) and keeps the plan
/// under a <c>planId</c>; <c>execute: true</c> carries out that plan — the target the user confirmed — step by step.
/// Without a GitHub session at execute time the client is asked for one (the user may sign in); without one the
/// local steps still happen and the answer carries the compare URL.
/// </summary>
[LspMethod(Methods.ClawDevDraftPullRequest)]
internal sealed class DraftPullRequestHandler(GitHubConnections github, PlanStore plans, LanguageClient client)
    : IRequestHandler<DraftPullRequestParams, DraftPullRequestResult>
{
    /// <summary>The longest planning may take (git, CONTRIBUTING.md, one or two GitHub reads).</summary>
    public static readonly TimeSpan PlanningLimit = TimeSpan.FromMinutes(1);

    /// <summary>The longest executing may take: a push and a new fork can be slow, but never endless.</summary>
    public static readonly TimeSpan ExecutionLimit = TimeSpan.FromMinutes(5);

    private readonly PullRequestDrafter _drafter = new(github.Git);

    public async Task<DraftPullRequestResult> HandleAsync(DraftPullRequestParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(parameters.Execute ? ExecutionLimit : PlanningLimit);
        try
        {
            return parameters.Execute
                ? await ExecuteAsync(parameters, limit.Token)
                : await PlanAsync(parameters, context.State, limit.Token);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw Failed($"drafting the pull request took longer than {(parameters.Execute ? ExecutionLimit : PlanningLimit).TotalMinutes:0} minute(s) and was stopped; nothing after the last finished step happened");
        }
        catch (Exception e) when (e is UpstreamNotFoundException or FormatException or GitCommandException or GitUnavailableException)
        {
            throw Failed(e.Message);
        }
        catch (ArgumentException e)
        {
            throw new LocalRpcException(e.Message) { ErrorCode = LspErrorCodes.InvalidParams };
        }
    }

    private async Task<DraftPullRequestResult> PlanAsync(DraftPullRequestParams parameters, ServerState state, CancellationToken cancellationToken)
    {
        var folder = Folder(parameters.Uri, state);
        var settings = GitHubConnections.UpstreamSettingsOf(state.Settings);
        var choices = new DraftChoices(parameters.Issue, parameters.Include, parameters.TemplateChoice, state.Settings.PullRequestRemote)
        {
            AiAssistance = parameters.AiAssistance is { } answer ? PullRequestProtocol.AiAssistanceOf(answer) : null,
        };
        // Planning only reads from GitHub: an existing session is used, nobody is asked to sign in.
        var token = await github.TokenAsync("to read your GitHub login for the pull request", createIfNone: false, cancellationToken);
        using var upstream = await github.ConnectAsync(folder, settings, token, cancellationToken);
        var plan = await new PullRequestConnection(upstream.Upstream, ProtocolAnswers.Sentence).PlanAsync(_drafter, github.Git, folder, choices, cancellationToken);
        github.Failed(plan.HostFailure, token);
        var id = plans.Add(new StoredPlan(plan, folder, settings, choices));
        return PullRequestProtocol.ToProtocol(plan, id);
    }

    private async Task<DraftPullRequestResult> ExecuteAsync(DraftPullRequestParams parameters, CancellationToken cancellationToken)
    {
        var stored = (parameters.PlanId is { } id ? plans.Find(id) : null)
            ?? throw new LocalRpcException("This pull-request plan is unknown or has expired; draft the pull request again to see a new plan.") { ErrorCode = LspErrorCodes.InvalidParams };
        if (stored.Plan.IsBlocked)
        {
            throw Failed($"This plan is blocked and cannot be carried out: {string.Join("; ", stored.Plan.Checklist.Where(c => c.Status == CheckStatus.Blocking).Select(c => c.Reason).DefaultIfEmpty("no files are chosen"))}");
        }
        var token = await github.TokenAsync($"to create the draft pull request in {stored.Plan.Upstream.FullName}", createIfNone: true, cancellationToken);
        using var upstream = await github.ConnectAsync(stored.Folder, stored.Settings, token, cancellationToken);
        var connection = new PullRequestConnection(upstream.Upstream, ProtocolAnswers.Sentence);
        if (connection.Upstream.Upstream != stored.Plan.Upstream)
        {
            throw Failed($"The upstream is now {connection.Upstream.Upstream.FullName}, not {stored.Plan.Upstream.FullName} as planned; draft the pull request again.");
        }
        var plan = await PlanWithChoicesAsync(stored, parameters, connection, cancellationToken);
        await using var progress = await StepProgress.BeginAsync(client, parameters.WorkDoneToken, plan.Target);
        PullRequestOutcome outcome;
        try
        {
            outcome = await _drafter.ExecuteAsync(plan, new PullRequestChoices(stored.Plan.Target), connection.Host, progress, cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            throw Failed($"The changes now go elsewhere than confirmed ({e.Message}); draft the pull request again.");
        }
        github.Failed(outcome.HostFailure, token);
        return PullRequestProtocol.ToProtocol(outcome);
    }

    /// <summary>
    /// The stored plan, or — when the user chose other files, another template or another AI-use answer with the
    /// confirmation — that plan made again, so that the body sent carries the answer; the drafter then refuses it
    /// unless its target is still the one confirmed.
    /// </summary>
    private async Task<Plan> PlanWithChoicesAsync(StoredPlan stored, DraftPullRequestParams parameters, PullRequestConnection connection, CancellationToken cancellationToken)
    {
        var include = parameters.Include ?? stored.Choices.Include ?? [];
        var template = parameters.TemplateChoice ?? stored.Choices.Template;
        var aiAssistance = parameters.AiAssistance is { } answer ? PullRequestProtocol.AiAssistanceOf(answer) : stored.Choices.AiAssistance;
        if (include.SequenceEqual(stored.Choices.Include ?? []) && template == stored.Choices.Template && aiAssistance == stored.Choices.AiAssistance)
        {
            return stored.Plan;
        }
        var choices = stored.Choices with { Include = include, Template = template, AiAssistance = aiAssistance };
        return await connection.PlanAsync(_drafter, github.Git, stored.Folder, choices, cancellationToken);
    }

    /// <summary>The directory of the file (or folder) named, else the first workspace folder.</summary>
    private static string Folder(string? uri, ServerState state)
    {
        if (uri is null)
        {
            return state.Roots.Length > 0
                ? state.Roots[0].Directory
                : throw new LocalRpcException("No workspace folder is open; open the repository's folder first.") { ErrorCode = LspErrorCodes.InvalidParams };
        }
        var path = DocumentUris.ToLocalPath(uri)
            ?? throw new LocalRpcException($"'{uri}' is not a file: URI") { ErrorCode = LspErrorCodes.InvalidParams };
        return Directory.Exists(path) ? path : Path.GetDirectoryName(path)!;
    }

    private static LocalRpcException Failed(string message) => new(message) { ErrorCode = LspErrorCodes.RequestFailed };
}
