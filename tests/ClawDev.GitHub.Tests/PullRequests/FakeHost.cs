using ClawDev.GitHub.Api;
using ClawDev.GitHub.PullRequests;
using ClawDev.GitHub.Upstream;

namespace ClawDev.GitHub.Tests.PullRequests;

/// <summary>Answers like GitHub would for the cases drafting must handle: fork 202 then a wait, PR 201, 422, 403.</summary>
internal sealed class FakeHost(string login, string forkCloneUrl) : IPullRequestHost
{
    public int ForkBecomesVisibleAfter { get; init; } = 2;

    public HostResult<HostRepository>? ForkAnswer { get; init; }

    public HostResult<CreatedPullRequest>? PullRequestAnswer { get; init; }

    /// <summary>The assignees of every issue asked about.</summary>
    public IReadOnlyList<string> IssueAssignees { get; init; } = [];

    public List<string> Calls { get; } = [];

    public DraftPullRequest? LastPullRequest { get; private set; }

    private int _forkLookups;

    private bool _forked;

    public Task<HostResult<string>> GetViewerLoginAsync(CancellationToken cancellationToken)
    {
        Calls.Add("GET /user");
        return Task.FromResult(HostResult<string>.Success(login));
    }

    public Task<HostResult<HostRepository>> GetRepositoryAsync(RepositoryId repository, CancellationToken cancellationToken)
    {
        Calls.Add($"GET /repos/{repository.FullName}");
        if (repository.Owner != login)
        {
            return Task.FromResult(HostResult<HostRepository>.Success(new HostRepository(repository, "main", CanPush: false, "https://x/u.git", "git@x:u.git")));
        }
        // A new fork answers 404 for a while (GitHub creates it asynchronously).
        return Task.FromResult(_forked && ++_forkLookups >= ForkBecomesVisibleAfter
            ? HostResult<HostRepository>.Success(Fork(repository))
            : HostResult<HostRepository>.Failure(new GitHubProblem(GitHubProblemKind.NotFound, "Not Found", ""), "Not Found"));
    }

    public Task<HostResult<IReadOnlyList<string>>> GetIssueAssigneesAsync(RepositoryId repository, int issueNumber, CancellationToken cancellationToken)
    {
        Calls.Add($"GET /repos/{repository.FullName}/issues/{issueNumber}");
        return Task.FromResult(HostResult<IReadOnlyList<string>>.Success(IssueAssignees));
    }

    public Task<HostResult<HostRepository>> CreateForkAsync(RepositoryId upstream, CancellationToken cancellationToken)
    {
        Calls.Add($"POST /repos/{upstream.FullName}/forks");
        _forked = true;
        return Task.FromResult(ForkAnswer ?? HostResult<HostRepository>.Success(Fork(upstream with { Owner = login })));
    }

    public Task<HostResult<CreatedPullRequest>> CreateDraftPullRequestAsync(DraftPullRequest request, CancellationToken cancellationToken)
    {
        Calls.Add($"POST /repos/{request.Upstream.FullName}/pulls {request.HeadOwner}:{request.HeadBranch} -> {request.BaseBranch}");
        LastPullRequest = request;
        return Task.FromResult(PullRequestAnswer
            ?? HostResult<CreatedPullRequest>.Success(new CreatedPullRequest(42, new Uri($"https://github.com/{request.Upstream.FullName}/pull/42"), IsDraft: true, AlreadyExisted: false)));
    }

    private HostRepository Fork(RepositoryId id) => new(id, "main", CanPush: true, forkCloneUrl, $"git@github.com:{id.FullName}.git");
}
