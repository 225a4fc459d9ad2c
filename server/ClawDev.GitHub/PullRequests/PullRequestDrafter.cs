using System.Security.Cryptography;
using ClawDev.Core.Changes;
using ClawDev.Core.Configuration;
using ClawDev.GitHub.Contributing;
using ClawDev.GitHub.Git;

namespace ClawDev.GitHub.PullRequests;

/// <summary>
/// Drafts a documentation pull request in two calls: <see cref="PlanAsync"/> works out everything and changes
/// nothing; <see cref="ExecuteAsync"/> carries out a plan the user confirmed — branch, commit, fork, push, draft
/// pull request — reporting each step, and stops at the first failure with nothing in the work tree lost.
/// </summary>
public sealed class PullRequestDrafter(GitCli git, PullRequestDrafterOptions? options = null)
{
    private readonly PullRequestDrafterOptions _options = options ?? new PullRequestDrafterOptions();

    public PullRequestDrafter()
        : this(new GitCli())
    {
    }

    /// <summary>
    /// The plan for <paramref name="request"/>. Reads the work tree, git's configuration and refs, the repository's
    /// CONTRIBUTING.md and templates; asks <paramref name="host"/>, when given, only read-only questions (the login,
    /// the default branch). Nothing is written, locally or remotely.
    /// </summary>
    /// <exception cref="GitCommandException">Not inside a git work tree, or git failed.</exception>
    /// <exception cref="GitUnavailableException">git cannot be started.</exception>
    public async Task<PullRequestPlan> PlanAsync(PullRequestRequest request, IPullRequestHost? host, CancellationToken cancellationToken)
    {
        var top = new GitSession(git, request.RepositoryPath).Read(cancellationToken, "rev-parse", "--show-toplevel");
        var session = new GitSession(git, top);
        var notes = new List<string>();
        HostError? hostFailure = null;

        var remotes = GitRemotes.List(session, cancellationToken);
        var upstreamRemote = request.UpstreamRemote is { } named
            ? remotes.FirstOrDefault(r => r.Name == named) ?? throw new ArgumentException($"no remote named '{named}'", nameof(request))
            : RemoteRoles.Upstream(remotes, request.Upstream);
        var login = request.Login ?? await ViewerLoginAsync(host, notes, error => hostFailure ??= error, cancellationToken);
        var forkRemote = request.PushToUpstream ? upstreamRemote
            : request.ForkRemote is { } fork ? remotes.FirstOrDefault(r => r.Name == fork) ?? throw new ArgumentException($"no remote named '{fork}'", nameof(request))
            : RemoteRoles.Fork(remotes, upstreamRemote, login);
        var headOwner = request.PushToUpstream ? request.Upstream.Owner : login ?? (forkRemote is null ? null : RemoteRoles.OwnerOf(forkRemote));
        if (upstreamRemote is null)
        {
            notes.Add($"no remote points at {request.Upstream.FullName}; the default branch is taken from the host or assumed");
        }

        var baseBranch = request.BaseBranch
            ?? (upstreamRemote is null ? null : GitBranches.RemoteDefault(session, upstreamRemote.Name, cancellationToken))
            ?? await HostDefaultBranchAsync(host, request, cancellationToken)
            ?? "main";
        var currentBranch = GitBranches.Current(session, cancellationToken);
        if (upstreamRemote is not null && EarlierCommitsNote(session, $"{upstreamRemote.Name}/{baseBranch}", cancellationToken) is { } earlier)
        {
            notes.Add(earlier);
        }

        var configuration = ProjectConfiguration.Load(top);
        var files = ChangeAnalyzer.Analyze(session, configuration, cancellationToken);
        var included = Choose(files, request.Files);
        var policy = ContributingPolicy.Load(top);
        notes.AddRange(policy.Problems);

        var description = new ChangeDescription(included);
        var titleStyle = TitleStyle.For(policy);
        var title = description.Title(titleStyle);
        var dco = policy.Strongest(PolicyRuleKind.DcoSignOff) is not null;
        var identity = GitIdentity.Read(session, cancellationToken);
        var commitMessage = CommitMessage.Write(title, description, dco ? identity : null);

        var createsBranch = currentBranch is null || currentBranch == baseBranch || IsCloneDefault(currentBranch);
        var branch = createsBranch
            ? BranchNames.Unused(session, BranchNames.ForDocumentation(request.IssueTitle ?? description.Subject(), request.IssueNumber), cancellationToken)
            : GitRefs.NotOptionLike(currentBranch!, "current branch");

        var templates = PullRequestTemplates.Find(top);
        var template = request.TemplatePath is { } chosen
            ? templates.FirstOrDefault(t => t.Path == chosen) ?? throw new ArgumentException($"no pull request template at '{chosen}'", nameof(request))
            : PullRequestTemplates.DefaultForDocumentation(templates);
        var disclosureRequired = policy.Strongest(PolicyRuleKind.AiDisclosure) is not null;
        var body = PullRequestBody.Write(template, new BodyContent(Summary(description), request.IssueNumber, request.AiAssistance, disclosureRequired));

        var assignedToYou = request.IssueAssignedToYou
            ?? (policy.Of(PolicyRuleKind.LinkedIssueRequired).Any(r => r.RequiresAssignedIssue)
                ? await IssueAssignedToAsync(host, request, login, notes, error => hostFailure ??= error, cancellationToken)
                : null);
        var checklist = PreflightChecklist.Build(policy, new PreflightFacts(
            StrongestKind(included), included.Sum(f => f.Documentation?.Documented.Count ?? 0), request.IssueNumber,
            assignedToYou, request.AiAssistance is not null, identity, titleStyle)
        {
            Placeholders = [.. included.SelectMany(f => (f.Documentation?.PlaceholderLines ?? []).Select(p => new PolicySource(f.Path, p.Line, p.Text)))],
        });

        return new PullRequestPlan
        {
            Request = request,
            WorkTree = top,
            Upstream = request.Upstream,
            UpstreamRemote = upstreamRemote?.Name ?? "upstream",
            BaseBranch = baseBranch,
            CurrentBranch = currentBranch,
            Branch = branch,
            CreatesBranch = createsBranch,
            HeadOwner = headOwner,
            PushRemote = forkRemote?.Name,
            Files = files,
            Included = included,
            Checklist = checklist,
            Title = title,
            Body = body,
            CommitMessage = commitMessage,
            AsksAiDisclosure = disclosureRequired || PullRequestBody.HasAiSection(template),
            Templates = templates,
            Template = template,
            Bundle = BundleNote(included),
            Notes = notes,
            HostFailure = hostFailure,
            StatusFingerprint = Fingerprint(session, cancellationToken),
        };
    }

    /// <summary>
    /// Carries out <paramref name="plan"/>: creates the branch (when planned), commits the included files, creates
    /// and adds the fork through <paramref name="host"/> when there is no fork remote, pushes (never forced), opens
    /// the draft pull request. Without a host, the local steps and the push (when a fork remote exists) still
    /// happen, and the outcome carries the prefilled compare URL. Each step is reported to <paramref name="progress"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException"><paramref name="choices"/> does not confirm this plan's target.</exception>
    public Task<PullRequestOutcome> ExecuteAsync(
        PullRequestPlan plan,
        PullRequestChoices choices,
        IPullRequestHost? host,
        IProgress<DraftStep>? progress,
        CancellationToken cancellationToken)
    {
        if (choices.ConfirmedTarget != plan.Target)
        {
            throw new InvalidOperationException($"the target shown to the user ({choices.ConfirmedTarget}) is not this plan's ({plan.Target})");
        }
        var session = new GitSession(git, plan.WorkTree);
        var stillCurrent = Fingerprint(session, cancellationToken) == plan.StatusFingerprint;
        return new PlanExecution(plan, session, host, progress, _options).RunAsync(stillCurrent, cancellationToken);
    }

    private static List<ChangedFile> Choose(IReadOnlyList<ChangedFile> files, IReadOnlyList<string>? chosen)
    {
        if (chosen is null)
        {
            return [.. files.Where(f => f.IsDocumentation)];
        }
        var unknown = chosen.Where(path => files.All(f => f.Path != path)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"not changed: {string.Join(", ", unknown)}", nameof(chosen));
        }
        return [.. files.Where(f => chosen.Contains(f.Path))];
    }

    private static DocumentationChangeKind StrongestKind(IReadOnlyList<ChangedFile> files) =>
        files.Count == 0 ? DocumentationChangeKind.Trivial : files.Min(f => f.Kind);

    private static List<string> Summary(ChangeDescription description)
    {
        var subject = description.Subject();
        List<string> lines = [char.ToUpperInvariant(subject[0]) + subject[1..] + "."];
        var symbols = description.SymbolLines();
        if (symbols.Count > 0)
        {
            lines.Add("");
            lines.AddRange(symbols.Select(s => $"- {s}"));
        }
        var coverage = description.CoverageLines();
        if (coverage.Count > 0)
        {
            lines.Add("");
            lines.Add("Docstring coverage of the changed files (before → after):");
            lines.AddRange(coverage.Select(c => $"- {c}"));
        }
        return lines;
    }

    /// <summary>
    /// Says when several files' documentation changes go into one pull request, and offers to bundle the small
    /// documentation fixes still open in the changed files (ClawDev's findings after the change) into it too.
    /// </summary>
    private static string? BundleNote(IReadOnlyList<ChangedFile> included)
    {
        var documentation = included.Where(f => f.IsDocumentation).ToList();
        var parts = new List<string>();
        if (documentation.Count > 1)
        {
            var symbols = documentation.Sum(f => f.Documentation?.Documented.Count ?? 0);
            parts.Add($"{documentation.Count} files with documentation changes ({symbols} symbol(s) documented) go into one pull request; choose files to split them");
        }
        var open = documentation.Where(f => f.Documentation is { FindingsAfter: > 0 }).ToList();
        if (open.Count > 0)
        {
            parts.Add($"{open.Sum(f => f.Documentation!.FindingsAfter)} more small documentation fix(es) in the changed files could go into this pull request "
                + $"({string.Join(", ", open.Select(f => $"{f.Path}: {f.Documentation!.FindingsAfter}"))}); make them before confirming to send one pull request instead of several");
        }
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    /// <summary>
    /// Commits already on HEAD that the upstream's base branch lacks are pushed with the new one and become part of
    /// the pull request: said, with each commit, so that nothing unrelated goes along unseen.
    /// </summary>
    private static string? EarlierCommitsNote(GitSession session, string baseRef, CancellationToken cancellationToken) =>
        GitBranches.CommitsNotOn(session, $"refs/remotes/{baseRef}", cancellationToken) is { Count: > 0 } commits
            ? $"{commits.Count} earlier commit(s) not on {baseRef} go into the pull request too (start from an up-to-date {baseRef} to leave them out): {string.Join("; ", commits)}"
            : null;

    private static async Task<string?> ViewerLoginAsync(IPullRequestHost? host, List<string> notes, Action<HostError> failed, CancellationToken cancellationToken)
    {
        if (host is null)
        {
            return null;
        }
        var login = await host.GetViewerLoginAsync(cancellationToken);
        if (!login.Succeeded)
        {
            notes.Add($"your GitHub login could not be read: {login.Error!.Message}");
            failed(login.Error);
        }
        return login.Value;
    }

    /// <summary>Whether the issue is assigned to <paramref name="login"/>; null when that cannot be known (no host,
    /// no login, no issue, or GitHub did not answer, which a note says).</summary>
    private static async Task<bool?> IssueAssignedToAsync(
        IPullRequestHost? host, PullRequestRequest request, string? login, List<string> notes, Action<HostError> failed, CancellationToken cancellationToken)
    {
        if (host is null || login is null || request.IssueNumber is not { } issue)
        {
            return null;
        }
        var assignees = await host.GetIssueAssigneesAsync(request.Upstream, issue, cancellationToken);
        if (!assignees.Succeeded)
        {
            notes.Add($"the assignees of #{issue} could not be read: {assignees.Error!.Message}");
            failed(assignees.Error);
            return null;
        }
        return assignees.Value!.Contains(login, StringComparer.OrdinalIgnoreCase);
    }

    private static async Task<string?> HostDefaultBranchAsync(IPullRequestHost? host, PullRequestRequest request, CancellationToken cancellationToken) =>
        host is null ? null : (await host.GetRepositoryAsync(request.Upstream, cancellationToken)).Value?.DefaultBranch;

    // HEAD, the index and the work tree as git status sees them, with the content of the changed files.
    internal static string Fingerprint(GitSession session, CancellationToken cancellationToken)
    {
        var status = session.Checked(session.Run(cancellationToken, GitStatus.Arguments), GitStatus.Arguments).Output;
        var head = session.TryRead(cancellationToken, "rev-parse", "--verify", "--quiet", "HEAD") ?? "";
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(head));
        hash.AppendData(status);
        foreach (var entry in GitStatus.Parse(status))
        {
            var path = Path.Combine(session.WorkTree, entry.Path);
            if (File.Exists(path))
            {
                hash.AppendData(File.ReadAllBytes(path));
            }
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>
    /// A clone's own default branch (a local <c>main</c> against an upstream on <c>master</c>, or the other way
    /// round) is no branch to send a pull request from either: the work gets a branch of its own.
    /// </summary>
    private static bool IsCloneDefault(string branch) => branch is "main" or "master";
}

/// <summary>What the user confirmed.</summary>
/// <param name="ConfirmedTarget">The <see cref="PullRequestPlan.Target"/> the user was shown and accepted.</param>
public sealed record PullRequestChoices(string ConfirmedTarget);

/// <summary>Timing of the steps that wait for GitHub.</summary>
public sealed record PullRequestDrafterOptions
{
    /// <summary>Pauses between checks whether a new fork exists yet (GitHub creates forks asynchronously).</summary>
    public IReadOnlyList<TimeSpan> ForkWaitDelays { get; init; } =
        [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30)];
}
