using ClawDev.GitHub.Api;

namespace ClawDev.GitHub.Upstream;

/// <summary>
/// The API step of upstream detection: when the repository found locally is a fork, its parent is the upstream
/// and the local one is the user's fork. A setting is taken as it is. When GitHub cannot be asked, the local
/// answer stands and the problem is returned for the user to see.
/// </summary>
public static class UpstreamResolver
{
    public static async Task<(UpstreamLocation Location, GitHubProblem? Problem)> ResolveAsync(UpstreamLocation local, GitHubApi api, CancellationToken cancellationToken)
    {
        if (local.Origin == UpstreamOriginKind.Setting)
        {
            return (local, null);
        }
        try
        {
            var repository = (await api.GetRepositoryAsync(local.Upstream, cancellationToken)).Value;
            if (repository.IsFork && repository.Parent is { } parent)
            {
                var location = new UpstreamLocation(parent, UpstreamOriginKind.ApiParent, $"parent of {local.Upstream.FullName} ({local.Detail})")
                {
                    Fork = local.Upstream,
                    ForkRemote = local.UpstreamRemote,
                };
                return (location, null);
            }
            return (local, null);
        }
        catch (GitHubProblemException e)
        {
            return (local, e.Problem);
        }
    }
}
