using ClawDev.GitHub.Git;
using ClawDev.GitHub.Upstream;

namespace ClawDev.GitHub.PullRequests;

/// <summary>What the user chose for a draft, from the command line or the editor.</summary>
/// <param name="Issue">"Fixes #N"; null to take it from the branch name when it names one.</param>
/// <param name="Include">Unrelated changed files to include besides the documentation changes.</param>
/// <param name="Template">One of the repository's pull-request templates; null for the default.</param>
/// <param name="ForkRemote">The remote of the user's fork; null to find it (or fork on GitHub).</param>
public sealed record DraftChoices(int? Issue = null, IReadOnlyList<string>? Include = null, string? Template = null, string? ForkRemote = null)
{
    /// <summary>How AI tools helped, in the user's words (the disclosure, and the check of a repository that refuses
    /// AI-generated work); null when the user used none.</summary>
    public string? AiAssistance { get; init; }
}

/// <summary>
/// A draft's view of a connected upstream, the same connection (token, cache) the issue features use: the CLI gets
/// it from <see cref="UpstreamConnector"/>, the language server from its shared connections. A GitHub host exists
/// only with a token (none: the local steps and the compare URL). <paramref name="describeProblem"/> words GitHub's
/// problems for the user (default: the terminal's advice). The caller owns and disposes the upstream.
/// </summary>
public sealed class PullRequestConnection(ConnectedUpstream upstream, Func<Api.GitHubProblem, string>? describeProblem = null)
{
    private readonly ConnectedUpstream _upstream = upstream;

    public UpstreamLocation Upstream => _upstream.Location;

    /// <summary>Null without a token: nothing is sent to GitHub, and the outcome offers the compare URL.</summary>
    public IPullRequestHost? Host { get; } = upstream.Api.IsAuthenticated ? new GitHubPullRequestHost(upstream.Api, describeProblem) : null;

    /// <summary>What the user should know about the connection (GitHub not reachable, a rebuilt cache…). Anonymous
    /// access is not among them: without a token drafting sends nothing to GitHub, which the caller says in its words.</summary>
    public IReadOnlyList<string> Notes =>
        [.. _upstream.Notes.Where(note => note != Api.GitHubApi.UnauthenticatedNote), .. _upstream.Problem is { } problem ? [problem.Message] : Array.Empty<string>()];

    /// <summary>
    /// The plan for <paramref name="choices"/>: the documentation changes, plus the unrelated files the user included.
    /// </summary>
    /// <exception cref="ArgumentException">An included path is not changed, or the template or remote does not exist.</exception>
    public async Task<PullRequestPlan> PlanAsync(PullRequestDrafter drafter, GitCli git, string folder, DraftChoices choices, CancellationToken cancellationToken)
    {
        var request = new PullRequestRequest(folder, Upstream.Upstream)
        {
            IssueNumber = choices.Issue ?? IssueBranch.NumberIn(GitBranches.Current(new GitSession(git, folder), cancellationToken)),
            TemplatePath = choices.Template,
            ForkRemote = choices.ForkRemote,
            AiAssistance = choices.AiAssistance,
        };
        var plan = await drafter.PlanAsync(request, Host, cancellationToken);
        if (choices.Include is not { Count: > 0 } include)
        {
            return plan;
        }
        // The documentation changes found, and the files the user added to them; planning again keeps the plan whole.
        return await drafter.PlanAsync(request with { Files = [.. plan.Included.Select(f => f.Path), .. include.Except(plan.Included.Select(f => f.Path))] }, Host, cancellationToken);
    }
}
