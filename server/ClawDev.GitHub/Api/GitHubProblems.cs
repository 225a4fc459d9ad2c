using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ClawDev.GitHub.Auth;
using Octokit;

namespace ClawDev.GitHub.Api;

/// <summary>
/// The one place that turns Octokit exceptions and transport failures into <see cref="GitHubProblem"/>s. It reads
/// the status and headers of the answer itself (Octokit maps only some 403s to rate-limit exceptions, none of the
/// 429s), never copies request data into a message, and passes what GitHub said through <see cref="SecretScrubber"/>
/// (an answer may echo the request's Authorization header), so a token cannot appear in one.
/// </summary>
public static class GitHubProblems
{
    public const string SignInHint = "set GITHUB_TOKEN or run `gh auth login`";

    /// <param name="token">The token the request carried, to be taken out of what GitHub answered.</param>
    /// <returns>The problem, or null when <paramref name="exception"/> is no GitHub or network failure.</returns>
    public static GitHubProblem? From(Exception exception, DateTimeOffset now, string what, GitHubToken? token)
    {
        return exception switch
        {
            ApiException api when api.HttpResponse is { } response => FromResponse(response, api, now, what, token),
            ApiException api => FromStatus(api.StatusCode, SecretScrubber.Scrub(api.Message, token), what),
            HttpRequestException or SocketException or IOException => Offline(what, "GitHub cannot be reached (no network, DNS or the connection was refused)."),
            TimeoutException => Offline(what, "GitHub did not answer in time."),
            _ => null,
        };
    }

    public static GitHubProblem TimedOut(string what, TimeSpan timeout) =>
        Offline(what, $"GitHub did not answer within {timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s.");

    private static GitHubProblem Offline(string what, string reason) =>
        new(GitHubProblemKind.Offline, $"Could not {what}: {reason}", "Check the network connection; cached data is shown where there is some.");

    private static GitHubProblem FromResponse(IResponse response, ApiException exception, DateTimeOffset now, string what, GitHubToken? token)
    {
        var status = (int)response.StatusCode;
        if (status is 403 or 429)
        {
            if (Header(response, "X-RateLimit-Remaining") == "0")
            {
                var reset = long.TryParse(Header(response, "X-RateLimit-Reset"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
                    ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                    : now.AddMinutes(60);
                return new GitHubProblem(GitHubProblemKind.RateLimited,
                    $"Could not {what}: the GitHub API rate limit is used up.",
                    $"Retry after {At(reset)}; authenticated requests get a higher limit ({SignInHint}).", reset);
            }
            var retryAfter = RetryAfter(response, now);
            if (retryAfter is not null || status == 429 || exception is SecondaryRateLimitExceededException
                || exception.Message.Contains("secondary rate limit", StringComparison.OrdinalIgnoreCase))
            {
                // GitHub asks for at least a minute when it sends no Retry-After with a secondary limit.
                var when = retryAfter ?? now.AddMinutes(1);
                return new GitHubProblem(GitHubProblemKind.SecondaryRateLimited,
                    $"Could not {what}: GitHub's secondary rate limit stopped the request (too many requests in a short time).",
                    $"Retry after {At(when)}.", when);
            }
        }
        return FromStatus(response.StatusCode, SecretScrubber.Scrub(exception.Message, token), what);
    }

    private static GitHubProblem FromStatus(HttpStatusCode statusCode, string githubMessage, string what) => (int)statusCode switch
    {
        401 => new(GitHubProblemKind.Unauthorized, $"Could not {what}: GitHub did not accept the token ({githubMessage}).",
            $"Sign in to GitHub again ({SignInHint})."),
        403 => new(GitHubProblemKind.NoPermission, $"Could not {what}: no permission ({githubMessage}).",
            "Use a token that may do this, or ask the maintainers for access."),
        404 => new(GitHubProblemKind.NotFound, $"Could not {what}: the repository is unknown or private.",
            $"Check the upstream (the clawdev.github.upstream setting, or --upstream OWNER/REPO); for a private repository, sign in ({SignInHint})."),
        422 => new(GitHubProblemKind.Invalid, $"Could not {what}: GitHub refused it ({githubMessage}).", "Correct the request and try again."),
        _ => new(GitHubProblemKind.ServerError, $"Could not {what}: GitHub answered {(int)statusCode} ({githubMessage}).", "Try again later."),
    };

    private static DateTimeOffset? RetryAfter(IResponse response, DateTimeOffset now)
    {
        var value = Header(response, "Retry-After");
        if (value is null)
        {
            return null;
        }
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            return now.AddSeconds(Math.Max(seconds, 0));
        }
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
    }

    private static string? Header(IResponse response, string name) =>
        response.Headers.FirstOrDefault(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static string At(DateTimeOffset time) => time.ToLocalTime().ToString("HH:mm", CultureInfo.InvariantCulture);
}
