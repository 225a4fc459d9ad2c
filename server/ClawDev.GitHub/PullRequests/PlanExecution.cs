using ClawDev.GitHub.Api;
using ClawDev.GitHub.Git;
using ClawDev.GitHub.Upstream;

namespace ClawDev.GitHub.PullRequests;

/// <summary>Carries out one confirmed plan, step by step; the first failure ends it, with what was done kept.</summary>
internal sealed class PlanExecution(
    PullRequestPlan plan,
    GitSession git,
    IPullRequestHost? host,
    IProgress<DraftStep>? progress,
    PullRequestDrafterOptions options)
{
    private readonly List<DraftStep> _steps = [];
    private string? _commit;
    private string? _headOwner = plan.HeadOwner;
    private HostError? _hostFailure;

    public async Task<PullRequestOutcome> RunAsync(bool workTreeUnchanged, CancellationToken cancellationToken)
    {
        if (!Preflight(workTreeUnchanged) || !CreateBranch(cancellationToken) || !Commit(cancellationToken))
        {
            return Outcome(compareUrl: false);
        }
        var remote = plan.PushRemote ?? await ForkAsync(cancellationToken);
        if (remote is null)
        {
            return Outcome(compareUrl: true);
        }
        var push = GitPusher.Push(git, remote, plan.Branch, cancellationToken);
        if (!push.Succeeded)
        {
            Report(DraftStepKind.Push, StepStatus.Failed,
                $"{push.Failure}: {push.Message}. The branch {plan.Branch} and its commit are kept; retry with: {push.RetryCommand}");
            return Outcome(compareUrl: false, push.RetryCommand);
        }
        Report(DraftStepKind.Push, StepStatus.Done, $"pushed {plan.Branch} to {remote}");
        return await OpenPullRequestAsync(cancellationToken);
    }

    private bool Preflight(bool workTreeUnchanged)
    {
        if (plan.Included.Count == 0)
        {
            return Fail(DraftStepKind.Preflight, "no files are chosen for the pull request");
        }
        if (plan.Checklist.FirstOrDefault(c => c.Status == CheckStatus.Blocking) is { } blocking)
        {
            return Fail(DraftStepKind.Preflight, $"blocked by the repository's rules: {blocking.Reason}");
        }
        if (!workTreeUnchanged)
        {
            return Fail(DraftStepKind.Preflight, "the work tree changed since the plan was made; plan again");
        }
        Report(DraftStepKind.Preflight, StepStatus.Done, "checklist passed");
        return true;
    }

    private bool CreateBranch(CancellationToken cancellationToken)
    {
        if (!plan.CreatesBranch)
        {
            Report(DraftStepKind.CreateBranch, StepStatus.Skipped, $"already on {plan.Branch}");
            return true;
        }
        try
        {
            GitBranches.CreateAndSwitch(git, plan.Branch, cancellationToken);
        }
        catch (GitCommandException e)
        {
            return Fail(DraftStepKind.CreateBranch, e.Result.FirstErrorLine);
        }
        Report(DraftStepKind.CreateBranch, StepStatus.Done, $"created {plan.Branch} from {plan.CurrentBranch ?? "the detached HEAD"}");
        return true;
    }

    private bool Commit(CancellationToken cancellationToken)
    {
        try
        {
            _commit = GitCommitter.Commit(git, [.. plan.Included.SelectMany(f => f.CommitPaths).Distinct()], plan.CommitMessage, cancellationToken);
        }
        catch (GitCommandException e)
        {
            // The changes are still in the work tree: nothing to restore.
            return Fail(DraftStepKind.Commit, $"git commit failed ({e.Result.FirstErrorLine}); your changes are untouched on {plan.Branch}");
        }
        Report(DraftStepKind.Commit, StepStatus.Done, $"committed {plan.Included.Count} file(s) as {_commit[..Math.Min(12, _commit.Length)]}");
        return true;
    }

    /// <summary>Creates the fork through the host, waits until it exists, adds it as a remote; returns the remote's name.</summary>
    private async Task<string?> ForkAsync(CancellationToken cancellationToken)
    {
        if (host is null)
        {
            Report(DraftStepKind.Fork, StepStatus.Skipped,
                $"no fork remote and no GitHub connection: fork {plan.Upstream.FullName} on GitHub, add it with `git remote add {RemoteRoles.ForkRemoteName} URL`, then run `{GitPusher.CommandLine(RemoteRoles.ForkRemoteName, plan.Branch)}`");
            return null;
        }
        var fork = await host.CreateForkAsync(plan.Upstream, cancellationToken);
        if (!fork.Succeeded)
        {
            _hostFailure = fork.Error;
            Fail(DraftStepKind.Fork, $"GitHub did not fork {plan.Upstream.FullName}: {fork.Error!.Message}");
            return null;
        }
        var created = fork.Value!;
        if (!await WaitUntilExistsAsync(created.Id, cancellationToken))
        {
            Fail(DraftStepKind.Fork, $"the fork {created.Id.FullName} did not become available in time; run drafting again in a minute");
            return null;
        }
        _headOwner = created.Id.Owner;
        Report(DraftStepKind.Fork, StepStatus.Done, $"forked {plan.Upstream.FullName} to {created.Id.FullName}");

        var remotes = GitRemotes.List(git, cancellationToken);
        var name = RemoteRoles.NewForkRemoteName(remotes, created.Id.Owner);
        var url = RemoteRoles.ForkUrl(created, remotes.FirstOrDefault(r => r.Name == plan.UpstreamRemote));
        try
        {
            GitRemotes.Add(git, name, url, cancellationToken);
        }
        catch (GitCommandException e)
        {
            Fail(DraftStepKind.AddRemote, e.Result.FirstErrorLine);
            return null;
        }
        Report(DraftStepKind.AddRemote, StepStatus.Done, $"added remote {name} → {url}");
        return name;
    }

    private async Task<bool> WaitUntilExistsAsync(RepositoryId fork, CancellationToken cancellationToken)
    {
        foreach (var delay in options.ForkWaitDelays.Prepend(TimeSpan.Zero))
        {
            await Task.Delay(delay, cancellationToken);
            if ((await host!.GetRepositoryAsync(fork, cancellationToken)).Succeeded)
            {
                return true;
            }
        }
        return false;
    }

    private async Task<PullRequestOutcome> OpenPullRequestAsync(CancellationToken cancellationToken)
    {
        if (host is null)
        {
            Report(DraftStepKind.CreatePullRequest, StepStatus.Skipped, "no GitHub connection: open the prefilled compare URL to create the pull request");
            return Outcome(compareUrl: true);
        }
        var request = new DraftPullRequest(plan.Upstream, plan.BaseBranch, _headOwner!, plan.Branch, plan.Title, plan.Body);
        var created = await host.CreateDraftPullRequestAsync(request, cancellationToken);
        if (created.Error is { Kind: GitHubProblemKind.Offline })
        {
            // Every local step and the push are done: the compare URL is the supported way on from here.
            Report(DraftStepKind.CreatePullRequest, StepStatus.Skipped, "GitHub cannot be reached: open the prefilled compare URL to create the pull request");
            return Outcome(compareUrl: true);
        }
        if (!created.Succeeded)
        {
            _hostFailure = created.Error;
            Fail(DraftStepKind.CreatePullRequest, $"GitHub did not open the pull request: {created.Error!.Message}; the branch is pushed, open the compare URL instead");
            return Outcome(compareUrl: true);
        }
        var pullRequest = created.Value!;
        Report(DraftStepKind.CreatePullRequest, StepStatus.Done, pullRequest.AlreadyExisted
            ? $"a pull request for {plan.Branch} already exists: #{pullRequest.Number} {pullRequest.HtmlUrl}"
            : $"opened draft pull request #{pullRequest.Number} {pullRequest.HtmlUrl}");
        return Outcome(compareUrl: false, pullRequest: pullRequest);
    }

    private PullRequestOutcome Outcome(bool compareUrl, string? retryCommand = null, CreatedPullRequest? pullRequest = null)
    {
        var url = compareUrl && _headOwner is { } owner
            ? CompareUrl.For(plan.Upstream, plan.BaseBranch, owner, plan.Branch, plan.Title, plan.Body, plan.Templates.Count > 1 ? plan.Template?.Name : null)
            : null;
        return new PullRequestOutcome(_steps, plan.Branch, _commit, pullRequest, url, retryCommand, _hostFailure);
    }

    private bool Fail(DraftStepKind kind, string message)
    {
        Report(kind, StepStatus.Failed, message);
        return false;
    }

    private void Report(DraftStepKind kind, StepStatus status, string message)
    {
        var step = new DraftStep(kind, status, message);
        _steps.Add(step);
        progress?.Report(step);
    }
}
