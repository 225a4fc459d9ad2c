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
        CallAsync(async () =>
        {
            var draft = new NewDraftPullRequest(request.Title, request.Body, $"{request.HeadOwner}:{request.HeadBranch}", request.BaseBranch);
            var created = await api.CreateDraftPullRequestAsync(request.Upstream, draft, cancellationToken);
            return new CreatedPullRequest(created.Number, created.HtmlUrl, created.AlreadyExisted);
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
            return HostResult<T>.Failure(KindOf(e.Problem.Kind), _describe(e.Problem));
        }
    }

    private static HostErrorKind KindOf(GitHubProblemKind kind) => kind switch
    {
        GitHubProblemKind.Unauthorized => HostErrorKind.Unauthorized,
        GitHubProblemKind.NoPermission => HostErrorKind.Forbidden,
        GitHubProblemKind.NotFound => HostErrorKind.NotFound,
        GitHubProblemKind.Invalid => HostErrorKind.Invalid,
        GitHubProblemKind.RateLimited or GitHubProblemKind.SecondaryRateLimited => HostErrorKind.RateLimited,
        GitHubProblemKind.Offline => HostErrorKind.Offline,
        _ => HostErrorKind.Other,
    };
}
