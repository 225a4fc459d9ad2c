using ClawDev.GitHub.Api;
using ClawDev.GitHub.Upstream;

namespace ClawDev.GitHub.PullRequests;

/// <summary>
/// <see cref="IPullRequestHost"/> over Octokit (<see cref="GitHubApi"/>): every <see cref="GitHubProblemException"/>
/// becomes a <see cref="HostResult{T}"/> failure whose message is the problem's sentence for the user (it never
/// holds the token), in <paramref name="describe"/>'s words: the editor words its advice otherwise than a terminal.
/// The fork request does not wait: the drafter polls for the new fork itself.
/// </summary>
public sealed class GitHubPullRequestHost(GitHubApi api, Func<GitHubProblem, string>? describe = null) : IPullRequestHost
{
    private readonly Func<GitHubProblem, string> _describe = describe ?? (problem => problem.ToString());

    public Task<HostResult<string>> GetViewerLoginAsync(CancellationToken cancellationToken) =>
        CallAsync(() => api.GetViewerLoginAsync(cancellationToken));

    public Task<HostResult<HostRepository>> GetRepositoryAsync(RepositoryId repository, CancellationToken cancellationToken) =>
        CallAsync(async () => ToHost((await api.GetRepositoryAsync(repository, cancellationToken)).Value));

    public Task<HostResult<IReadOnlyList<string>>> GetIssueAssigneesAsync(RepositoryId repository, int issueNumber, CancellationToken cancellationToken) =>
        CallAsync(async () => (await api.GetIssueAsync(repository, issueNumber, cancellationToken)).Value.Assignees);

    public Task<HostResult<HostRepository>> CreateForkAsync(RepositoryId upstream, CancellationToken cancellationToken) =>
        CallAsync(async () => ToHost(await api.RequestForkAsync(upstream, cancellationToken)));

    public Task<HostResult<CreatedPullRequest>> CreateDraftPullRequestAsync(DraftPullRequest request, CancellationToken cancellationToken) =>
        CallAsync(() =>
        {
            var draft = new NewDraftPullRequest(request.Title, request.Body, $"{request.HeadOwner}:{request.HeadBranch}", request.BaseBranch);
            return api.CreateDraftPullRequestAsync(request.Upstream, draft, cancellationToken);
        });

    private static HostRepository ToHost(RepositoryInfo repository) =>
        new(repository.Id, repository.DefaultBranch, repository.CanPush, repository.CloneUrl, repository.SshUrl);

    private async Task<HostResult<T>> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return HostResult<T>.Success(await call());
        }
        catch (GitHubProblemException e)
        {
            return HostResult<T>.Failure(e.Problem, _describe(e.Problem));
        }
    }
}
