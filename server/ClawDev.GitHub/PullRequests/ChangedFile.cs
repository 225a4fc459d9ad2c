using ClawDev.Core.Changes;
using ClawDev.GitHub.Git;

namespace ClawDev.GitHub.PullRequests;

/// <summary>One changed path of the work tree, classified for the pull request.</summary>
/// <param name="Status">What git says happened to it.</param>
/// <param name="Kind">What the change is (documentation of Python, code, another file).</param>
/// <param name="Stat">Lines added and removed (<c>git diff --numstat</c>).</param>
/// <param name="Documentation">For Python files: the symbols documented and coverage before → after.</param>
public sealed record ChangedFile(GitStatusEntry Status, DocumentationChangeKind Kind, DiffStat Stat, PythonDocumentationDiff? Documentation)
{
    public string Path => Status.Path;

    /// <summary>A Python file whose change is documentation only: included in the pull request unless left out.</summary>
    public bool IsDocumentation => Kind is DocumentationChangeKind.NewDocumentation or DocumentationChangeKind.Improvement or DocumentationChangeKind.Trivial;

    /// <summary>The paths a commit of this file must name (both sides of a rename).</summary>
    public IEnumerable<string> CommitPaths => Status.OriginalPath is { } original ? [Path, original] : [Path];

    /// <summary>Why it is, or is not, part of the documentation change; one phrase for the plan.</summary>
    public string Reason => Kind switch
    {
        DocumentationChangeKind.NewDocumentation => $"documents {Documentation!.Documented.Count} symbol(s)",
        DocumentationChangeKind.Improvement => "rewords docstrings",
        DocumentationChangeKind.Trivial => "whitespace or spelling edits of docstrings only",
        DocumentationChangeKind.CommentsOnly => "comments or whitespace only",
        DocumentationChangeKind.Code when Status.Kind is GitChangeKind.Untracked or GitChangeKind.Added => "new Python file",
        DocumentationChangeKind.Code when Status.Kind is GitChangeKind.Deleted => "deleted",
        DocumentationChangeKind.Code => "code outside docstrings and comments changed",
        _ => "not a Python file",
    };
}
