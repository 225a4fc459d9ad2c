using System.Globalization;
using ClawDev.GitHub.Api;
using ClawDev.GitHub.Issues;
using ClawDev.GitHub.Upstream;
using ProtocolProblem = ClawDev.Server.Lsp.Upstream.GitHubProblem;

namespace ClawDev.Server.Lsp.Upstream;

/// <summary>The parts every GitHub answer shares, from ClawDev.GitHub's records to the protocol's.</summary>
internal static class ProtocolAnswers
{
    /// <summary>The editor's words for the anonymous limit (the library's note tells a terminal user to set GITHUB_TOKEN).</summary>
    public const string NotSignedInNote = "not signed in: GitHub allows 60 requests an hour";

    public static UpstreamRepository Upstream(UpstreamLocation location) =>
        new(location.Upstream.FullName, location.Upstream.WebUrl.AbsoluteUri, location.Detail);

    public static IReadOnlyList<string> Notes(AnswerContext about) =>
        about.Notes.Select(note => note == GitHubApi.UnauthenticatedNote ? NotSignedInNote : note).ToList();

    /// <summary>The problem with the button that helps: sign in (refused token, or an anonymous limit), or set the upstream (unknown repository).</summary>
    public static ProtocolProblem Problem(ClawDev.GitHub.Api.GitHubProblem problem, bool authenticated) => new(problem.Message)
    {
        RetryAfter = problem.RetryAfter,
        Kind = problem.Kind switch
        {
            GitHubProblemKind.Offline => GitHubProblemKinds.Offline,
            GitHubProblemKind.RateLimited or GitHubProblemKind.SecondaryRateLimited => GitHubProblemKinds.RateLimited,
            GitHubProblemKind.Unauthorized => GitHubProblemKinds.Unauthorized,
            GitHubProblemKind.NoPermission => GitHubProblemKinds.NoPermission,
            GitHubProblemKind.NotFound => GitHubProblemKinds.NotFound,
            _ => GitHubProblemKinds.GitHubError,
        },
        Action = problem.Kind switch
        {
            GitHubProblemKind.Unauthorized => GitHubProblemAction.SignIn,
            GitHubProblemKind.RateLimited or GitHubProblemKind.SecondaryRateLimited when !authenticated => GitHubProblemAction.SignIn,
            GitHubProblemKind.NotFound => authenticated ? GitHubProblemAction.SetUpstream : GitHubProblemAction.SignIn,
            _ => null,
        },
    };

    /// <summary>
    /// A problem as one sentence for the editor, where it is shown as text (the steps and notes of a pull-request
    /// draft): the library's terminal advice (GITHUB_TOKEN, <c>gh auth login</c>, --upstream) becomes what
    /// <see cref="Problem"/>'s button would do. Only drafts with a token reach GitHub, hence authenticated.
    /// </summary>
    public static string Sentence(ClawDev.GitHub.Api.GitHubProblem problem) => Problem(problem, authenticated: true) switch
    {
        { Action: GitHubProblemAction.SignIn } => $"{problem.Message} Sign in to GitHub again: ClawDev asks for it the next time GitHub is needed.",
        { Action: GitHubProblemAction.SetUpstream } => $"{problem.Message} Check the upstream in the clawdev.github.upstream setting.",
        { RetryAfter: { } at } => string.Create(CultureInfo.InvariantCulture, $"{problem.Message} Try again after {at.UtcDateTime:HH:mm} UTC."),
        _ => problem.ToString(),
    };

    /// <summary>No upstream could be found (or the setting is malformed): the user can name it.</summary>
    public static ProtocolProblem NoUpstream(string message) => new(message) { Action = GitHubProblemAction.SetUpstream, Kind = GitHubProblemKinds.NoUpstream };

    /// <summary>The feature ran out of time (<see cref="GitHubConnections.FeatureTimeout"/>).</summary>
    public static ProtocolProblem TimedOut() =>
        new($"GitHub did not answer within {GitHubConnections.FeatureTimeout.TotalSeconds:0} s; try again later.") { Kind = GitHubProblemKinds.Timeout };
}
