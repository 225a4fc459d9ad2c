using System.Text.Json.Serialization;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.Upstream;

// clawdev/findUpstreamIssues (request, client → server): upstream issues and pull requests about one symbol.
// clawdev/draftIssue, clawdev/createIssue (requests): a new issue from the repository's template, then sent.

/// <summary>
/// The symbol is named (a code action passes it) or found at <see cref="Position"/> (the palette command: the
/// definition at the cursor); one of the two is needed.
/// </summary>
public sealed record FindUpstreamIssuesParams(
    [property: JsonPropertyName("uri")] string Uri)
{
    /// <summary>The qualified name ("Trainer.train"); null to use the definition at <see cref="Position"/>.</summary>
    [JsonPropertyName("symbol")] public string? Symbol { get; init; }

    [JsonPropertyName("position")] public Position? Position { get; init; }
}

/// <param name="Symbol">The qualified name that was searched for (the one found at the cursor when none was given).</param>
/// <param name="Matches">Best first; empty when nothing upstream mentions the symbol.</param>
public sealed record FindUpstreamIssuesResult(
    [property: JsonPropertyName("symbol")] string Symbol,
    [property: JsonPropertyName("authenticated")] bool Authenticated,
    [property: JsonPropertyName("notes")] IReadOnlyList<string> Notes,
    [property: JsonPropertyName("matches")] IReadOnlyList<UpstreamMatch> Matches)
{
    [JsonPropertyName("upstream")] public UpstreamRepository? Upstream { get; init; }

    [JsonPropertyName("problem")] public GitHubProblem? Problem { get; init; }
}

/// <param name="Kind">One of <see cref="UpstreamMatchKind"/>.</param>
/// <param name="State">GitHub's state: "open", "closed", "merged".</param>
/// <param name="Reason">Why it matched ("its title names Trainer.train", "changes src/trainer.py").</param>
public sealed record UpstreamMatch(
    [property: JsonPropertyName("number")] int Number,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("reason")] string Reason);

public static class UpstreamMatchKind
{
    /// <summary>An open issue tracks the gap ("tracked by #N").</summary>
    public const string Tracked = "tracked";

    /// <summary>An open pull request changes it ("open PR #M touches this").</summary>
    public const string OpenPullRequest = "openPullRequest";

    /// <summary>A closed issue or merged pull request already fixed it upstream ("fixed upstream in #K").</summary>
    public const string Fixed = "fixed";
}

/// <summary>Like <see cref="FindUpstreamIssuesParams"/>: the symbol named, or the one at the position.</summary>
public sealed record DraftIssueParams(
    [property: JsonPropertyName("uri")] string Uri)
{
    [JsonPropertyName("symbol")] public string? Symbol { get; init; }

    [JsonPropertyName("position")] public Position? Position { get; init; }
}

/// <param name="Body">Markdown: the repository's issue template filled with the symbol, a permalink and what is missing.</param>
/// <param name="NewIssueUrl">GitHub's new-issue page prefilled with title, body, labels (and template), for use without a token.</param>
/// <param name="CanCreate">Whether <c>clawdev/createIssue</c> can send it (a token is at hand).</param>
public sealed record DraftIssueResult(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("labels")] IReadOnlyList<string> Labels,
    [property: JsonPropertyName("newIssueUrl")] string NewIssueUrl,
    [property: JsonPropertyName("canCreate")] bool CanCreate)
{
    /// <summary>The template file used (".github/ISSUE_TEMPLATE/docs.yml"); null when the repository has none.</summary>
    [JsonPropertyName("template")] public string? Template { get; init; }
}

/// <summary>Creates the issue in the upstream; a failure is a ResponseError whose message is for the user.</summary>
/// <param name="Uri">A file of the repository (it decides the upstream).</param>
public sealed record CreateIssueParams(
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("labels")] IReadOnlyList<string> Labels);

public sealed record CreateIssueResult(
    [property: JsonPropertyName("number")] int Number,
    [property: JsonPropertyName("url")] string Url);
