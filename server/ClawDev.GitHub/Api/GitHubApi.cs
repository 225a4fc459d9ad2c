using System.Globalization;
using ClawDev.GitHub.Auth;
using ClawDev.GitHub.Cache;
using ClawDev.GitHub.Issues;
using ClawDev.GitHub.Upstream;
using Microsoft.Data.Sqlite;
using Octokit;
using Octokit.Internal;
using IssueComment = ClawDev.GitHub.Issues.IssueComment;

namespace ClawDev.GitHub.Api;

/// <summary>
/// Everything ClawDev asks GitHub, over Octokit's real HTTP stack. Calls go through Octokit's
/// <see cref="Connection"/> (its high-level clients take no CancellationToken and hide ETags) into Octokit's
/// models, then into ClawDev's records. Every call has a timeout and a CancellationToken; every failure is a
/// <see cref="GitHubProblemException"/>; reads are cached, revalidated with ETags, and served from the cache
/// (marked, with their age) when GitHub cannot be asked.
/// </summary>
public sealed class GitHubApi : IDisposable
{
    public const string UnauthenticatedNote = "unauthenticated: 60 requests/hour; set GITHUB_TOKEN or run `gh auth login`";

    private readonly GitHubApiOptions _options;
    private readonly IHttpClient _http;
    private readonly Connection _connection;
    private readonly SimpleJsonSerializer _json = new();

    public GitHubApi(GitHubApiOptions options)
    {
        _options = options;
        var apiBase = options.ApiBase;
        _http = new ConditionalGetHttpClient(new HttpClientAdapter(() => new TokenHostGuard(apiBase, HttpMessageHandlerFactory.CreateDefault())));
        // Connection(header, baseUri, …), not GitHubClient(header, Uri): the latter rewrites any host but
        // github.com to HOST/api/v3/, which breaks explicit API URLs.
        _connection = new Connection(new ProductHeaderValue("ClawDev", options.ProductVersion), apiBase, new TokenCredentialStore(options.Token), _http, _json);
        _connection.SetRequestTimeout(options.Timeout);
    }

    /// <summary>Whether requests carry a token (anonymous requests get the lower rate limit and cannot write).</summary>
    public bool IsAuthenticated => _options.Token is not null;

    /// <summary>Null with a token; else what the user should know about anonymous access.</summary>
    public string? AuthenticationNote => IsAuthenticated ? null : UnauthenticatedNote;

    /// <summary>Default branch, fork parent and push permission of a repository.</summary>
    public async Task<Fetched<RepositoryInfo>> GetRepositoryAsync(RepositoryId repository, CancellationToken cancellationToken)
    {
        var fetched = await ReadAsync<Repository>(repository, "repository", Relative($"repos/{repository.Owner}/{repository.Name}"),
            $"read the repository {repository.FullName}", cancellationToken);
        return Map(fetched, pages => OctokitMapping.ToInfo(pages[0], repository.Host));
    }

    /// <summary>One issue: its title, state and assignees.</summary>
    public async Task<Fetched<UpstreamIssue>> GetIssueAsync(RepositoryId repository, int issueNumber, CancellationToken cancellationToken)
    {
        var fetched = await ReadAsync<Issue>(repository, "issue", Relative($"repos/{repository.Owner}/{repository.Name}/issues/{issueNumber}"),
            $"read {repository.FullName}#{issueNumber}", cancellationToken);
        return Map(fetched, pages => OctokitMapping.ToIssue(pages[0]));
    }

    /// <summary>Every label of the repository (all pages).</summary>
    public async Task<Fetched<IReadOnlyList<RepositoryLabel>>> ListLabelsAsync(RepositoryId repository, CancellationToken cancellationToken)
    {
        var fetched = await ReadAsync<List<Label>>(repository, "labels", Relative($"repos/{repository.Owner}/{repository.Name}/labels?per_page=100"),
            $"list the labels of {repository.FullName}", cancellationToken);
        return Map<List<Label>, IReadOnlyList<RepositoryLabel>>(fetched, pages => pages.SelectMany(page => page).Select(OctokitMapping.ToLabel).ToList());
    }

    /// <summary>Open issues (pull requests included, marked as such), newest update first, all pages up to the limit.</summary>
    public async Task<Fetched<IReadOnlyList<UpstreamIssue>>> ListOpenIssuesAsync(RepositoryId repository, IssueFilter filter, CancellationToken cancellationToken)
    {
        var query = "state=open&sort=updated&direction=desc&per_page=100";
        if (filter.Label is { } label)
        {
            query += "&labels=" + Uri.EscapeDataString(label);
        }
        if (filter.Since is { } since)
        {
            query += "&since=" + Uri.EscapeDataString(since.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        }
        var fetched = await ReadAsync<List<Issue>>(repository, "issues", Relative($"repos/{repository.Owner}/{repository.Name}/issues?{query}"),
            $"list the open issues of {repository.FullName}", cancellationToken);
        return Map<List<Issue>, IReadOnlyList<UpstreamIssue>>(fetched, pages => pages.SelectMany(page => page).Select(OctokitMapping.ToIssue).ToList());
    }

    /// <summary>
    /// Issues and pull requests, open and closed, found by GitHub search (<c>search/issues</c>); the caller writes
    /// the query, qualifiers included (e.g. <c>repo:o/r "Trainer.train" in:title,body</c>). One page, best first.
    /// </summary>
    public async Task<Fetched<IReadOnlyList<UpstreamIssue>>> SearchIssuesAsync(RepositoryId repository, string query, int maxResults, CancellationToken cancellationToken)
    {
        var perPage = Math.Clamp(maxResults, 1, 100);
        var fetched = await ReadAsync<SearchIssuesResult>(repository, "search",
            Relative($"search/issues?q={Uri.EscapeDataString(query)}&per_page={perPage}"), $"search the issues of {repository.FullName}", cancellationToken, maxPages: 1);
        return Map<SearchIssuesResult, IReadOnlyList<UpstreamIssue>>(fetched, pages => pages[0].Items.Select(OctokitMapping.ToIssue).ToList());
    }

    /// <summary>The last <paramref name="count"/> comments of an issue, oldest first.</summary>
    public async Task<Fetched<IReadOnlyList<IssueComment>>> GetRecentCommentsAsync(RepositoryId repository, int issueNumber, int count, CancellationToken cancellationToken)
    {
        var fetched = await ReadAsync<List<Octokit.IssueComment>>(repository, "comments",
            Relative($"repos/{repository.Owner}/{repository.Name}/issues/{issueNumber}/comments?per_page=100"),
            $"read the comments of {repository.FullName}#{issueNumber}", cancellationToken);
        return Map<List<Octokit.IssueComment>, IReadOnlyList<IssueComment>>(fetched,
            pages => pages.SelectMany(page => page).TakeLast(count).Select(OctokitMapping.ToComment).ToList());
    }

    /// <summary>The issue's timeline: pull requests that reference it (<c>cross-referenced</c> events) and its
    /// <c>assigned</c>/<c>unassigned</c> events.</summary>
    public async Task<Fetched<IssueTimeline>> GetTimelineAsync(RepositoryId repository, int issueNumber, CancellationToken cancellationToken)
    {
        var fetched = await ReadAsync<List<TimelineEventInfo>>(repository, "timeline",
            Relative($"repos/{repository.Owner}/{repository.Name}/issues/{issueNumber}/timeline?per_page=100"),
            $"read the timeline of {repository.FullName}#{issueNumber}", cancellationToken);
        return Map<List<TimelineEventInfo>, IssueTimeline>(fetched, pages => OctokitMapping.ToTimeline([.. pages.SelectMany(page => page)]));
    }

    public Task<UpstreamIssue> CreateIssueAsync(RepositoryId repository, string title, string body, IReadOnlyList<string> labels, CancellationToken cancellationToken)
    {
        var issue = new NewIssue(title) { Body = body };
        foreach (var label in labels)
        {
            issue.Labels.Add(label);
        }
        return CallAsync($"create an issue in {repository.FullName}", async token =>
        {
            var response = await _connection.Post<Issue>(Relative($"repos/{repository.Owner}/{repository.Name}/issues"), issue, null, "application/json", token);
            return OctokitMapping.ToIssue(response.Body);
        }, cancellationToken);
    }

    /// <summary>The login of the token's user (<c>GET /user</c>); not cached, since it depends on the token.</summary>
    public Task<string> GetViewerLoginAsync(CancellationToken cancellationToken) =>
        CallAsync("read your GitHub login", async token => (await _connection.Get<User>(Relative("user"), null, null, token)).Body.Login, cancellationToken);

    /// <summary>
    /// Asks GitHub to fork the repository into the token's account and returns the fork it names (202: GitHub creates
    /// it asynchronously, so it may answer 404 for a while; an existing fork is returned as it is).
    /// </summary>
    public Task<RepositoryInfo> RequestForkAsync(RepositoryId repository, CancellationToken cancellationToken) =>
        CallAsync($"fork {repository.FullName}", async token =>
            OctokitMapping.ToInfo((await _connection.Post<Repository>(
                Relative($"repos/{repository.Owner}/{repository.Name}/forks"), new Dictionary<string, object>(), null, "application/json", token)).Body, repository.Host),
            cancellationToken);

    /// <summary>
    /// Forks the repository into the token's account and waits (backing off, within <see cref="GitHubApiOptions.ForkWait"/>)
    /// until GitHub serves the fork: forking is asynchronous, its 202 comes before the fork exists.
    /// </summary>
    public async Task<RepositoryInfo> CreateForkAsync(RepositoryId repository, CancellationToken cancellationToken)
    {
        var fork = (await RequestForkAsync(repository, cancellationToken)).Id;
        var policy = _options.ForkWait;
        var started = _options.Clock.GetUtcNow();
        var delay = policy.FirstDelay;
        while (true)
        {
            try
            {
                return await CallAsync($"read the new fork {fork.FullName}", async token =>
                    OctokitMapping.ToInfo((await _connection.Get<Repository>(Relative($"repos/{fork.Owner}/{fork.Name}"), null, null, token)).Body, fork.Host),
                    cancellationToken);
            }
            catch (GitHubProblemException e) when (e.Problem.Kind == GitHubProblemKind.NotFound)
            {
                if (_options.Clock.GetUtcNow() - started + delay > policy.Limit)
                {
                    throw new GitHubProblemException(new GitHubProblem(GitHubProblemKind.StillWorking,
                        $"GitHub accepted the fork {fork.FullName} but has not finished creating it after {policy.Limit.TotalSeconds:0} s.",
                        "Try again in a minute; your local branch and commit are kept."));
                }
            }
            await Task.Delay(delay, _options.Clock, cancellationToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, policy.MaxDelay.Ticks));
        }
    }

    /// <summary>
    /// Opens a draft pull request; when GitHub says one already exists for the same head (422), returns that one.
    /// A 403 is a <see cref="GitHubProblemKind.NoPermission"/> problem.
    /// </summary>
    public async Task<CreatedPullRequest> CreateDraftPullRequestAsync(RepositoryId repository, NewDraftPullRequest request, CancellationToken cancellationToken)
    {
        var what = $"open a pull request on {repository.FullName}";
        var body = new NewPullRequest(request.Title, request.Head, request.Base) { Body = request.Body, Draft = true, MaintainerCanModify = true };
        try
        {
            return await CallAsync(what, async token =>
            {
                var response = await _connection.Post<PullRequest>(Relative($"repos/{repository.Owner}/{repository.Name}/pulls"), body, null, "application/json", token);
                return OctokitMapping.ToCreated(response.Body, alreadyExisted: false);
            }, cancellationToken, keepValidationErrors: true);
        }
        catch (ApiValidationException e) when (IsPullRequestAlreadyExists(e))
        {
            var existing = await CallAsync($"find the existing pull request for {request.Head}", async token =>
                (await _connection.Get<List<PullRequest>>(
                    Relative($"repos/{repository.Owner}/{repository.Name}/pulls?state=open&head={Uri.EscapeDataString(request.Head)}"), null, null, token)).Body,
                cancellationToken);
            return existing.Count > 0
                ? OctokitMapping.ToCreated(existing[0], alreadyExisted: true)
                : throw new GitHubProblemException(GitHubProblems.From(e, _options.Clock.GetUtcNow(), what, _options.Token)!);
        }
        catch (ApiValidationException e)
        {
            throw new GitHubProblemException(GitHubProblems.From(e, _options.Clock.GetUtcNow(), what, _options.Token)!);
        }
    }

    private static bool IsPullRequestAlreadyExists(ApiValidationException e) =>
        e.ApiError?.Errors?.Any(error => error.Message?.Contains("A pull request already exists", StringComparison.OrdinalIgnoreCase) == true) == true
        || e.Message.Contains("A pull request already exists", StringComparison.OrdinalIgnoreCase);

    private static Uri Relative(string pathAndQuery) => new(pathAndQuery, UriKind.Relative);

    /// <summary>One call with the timeout; failures become <see cref="GitHubProblemException"/>s.</summary>
    private async Task<T> CallAsync<T>(string what, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken, bool keepValidationErrors = false)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            return await call(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Our timeout (or HttpClient's own) fired, not the caller's cancellation.
            throw new GitHubProblemException(GitHubProblems.TimedOut(what, _options.Timeout));
        }
        catch (ApiValidationException) when (keepValidationErrors)
        {
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException && GitHubProblems.From(e, _options.Clock.GetUtcNow(), what, _options.Token) is { } problem)
        {
            throw new GitHubProblemException(problem);
        }
    }

    /// <summary>
    /// A cached read of one resource and the pages its Link headers chain to: each page is revalidated with its
    /// ETag; when GitHub cannot be asked (offline, rate limit) the cached pages are the answer.
    /// </summary>
    private async Task<Fetched<List<T>>> ReadAsync<T>(RepositoryId repository, string kind, Uri relative, string what, CancellationToken cancellationToken, int? maxPages = null)
    {
        var scope = new CacheScope(_options.ApiBase.Authority, repository.FullName);
        var first = new Uri(_options.ApiBase, relative);
        try
        {
            return await CallAsync(what, token => ReadPagesAsync<T>(scope, kind, first, maxPages ?? _options.MaxPages, token), cancellationToken);
        }
        catch (GitHubProblemException e) when (e.Problem.CachedDataHelps && ReplayFromCache<T>(scope, first, maxPages ?? _options.MaxPages) is { } cached)
        {
            return cached with { Problem = e.Problem };
        }
    }

    private async Task<Fetched<List<T>>> ReadPagesAsync<T>(CacheScope scope, string kind, Uri first, int maxPages, CancellationToken cancellationToken)
    {
        var pages = new List<T>();
        var allRevalidated = true;
        var oldest = _options.Clock.GetUtcNow();
        for (Uri? url = first; url is not null && pages.Count < maxPages;)
        {
            var cached = FindCached(scope, url);
            var validator = cached?.ETag is { } etag ? new ConditionalGet(url, etag, cached.Body, cached.Link) : null;
            IApiResponse<T> response;
            using (validator is null ? null : ConditionalGet.Begin(validator))
            {
                response = await _connection.Get<T>(url, null, null, cancellationToken);
            }
            var now = _options.Clock.GetUtcNow();
            var link = Header(response.HttpResponse, "Link");
            if (validator?.NotModified == true)
            {
                TryCache(() => _options.Cache?.MarkFresh(scope, url.AbsoluteUri, now));
            }
            else
            {
                allRevalidated = false;
                if (response.HttpResponse.Body is string body)
                {
                    TryCache(() => _options.Cache?.Store(scope, new CachedResponse(kind, url.AbsoluteUri, body, response.HttpResponse.ApiInfo?.Etag, link, now)));
                }
            }
            pages.Add(response.Body);
            url = LinkHeader.Parse(link).GetValueOrDefault("next");
        }
        return new Fetched<List<T>>(pages, allRevalidated ? DataOrigin.Revalidated : DataOrigin.Network, oldest);
    }

    private Fetched<List<T>>? ReplayFromCache<T>(CacheScope scope, Uri first, int maxPages)
    {
        var pages = new List<T>();
        DateTimeOffset? oldest = null;
        for (Uri? url = first; url is not null && pages.Count < maxPages;)
        {
            if (FindCached(scope, url) is not { } cached)
            {
                return null;
            }
            pages.Add(_json.Deserialize<T>(cached.Body));
            oldest = oldest is null || cached.FetchedAt < oldest ? cached.FetchedAt : oldest;
            url = LinkHeader.Parse(cached.Link).GetValueOrDefault("next");
        }
        return new Fetched<List<T>>(pages, DataOrigin.Cache, oldest!.Value);
    }

    private CachedResponse? FindCached(CacheScope scope, Uri url)
    {
        CachedResponse? found = null;
        TryCache(() => found = _options.Cache?.Find(scope, url.AbsoluteUri));
        return found;
    }

    // The cache only saves requests and bridges outages; a failing cache file must never fail a GitHub call.
    private static void TryCache(Action action)
    {
        try
        {
            action();
        }
        catch (SqliteException)
        {
        }
    }

    private static string? Header(IResponse response, string name) =>
        response.Headers.FirstOrDefault(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static Fetched<TResult> Map<TPage, TResult>(Fetched<List<TPage>> fetched, Func<List<TPage>, TResult> map) =>
        new(map(fetched.Value), fetched.Origin, fetched.FetchedAt, fetched.Problem);

    public void Dispose() => _http.Dispose();
}
