using ClawDev.GitHub.Api;
using ClawDev.GitHub.Git;
using ClawDev.GitHub.Issues.Labels;
using ClawDev.GitHub.Upstream;

namespace ClawDev.GitHub.Templates;

/// <summary>A symbol whose documentation is incomplete, as the analysis found it.</summary>
/// <param name="FilePath">Repository-relative, '/'-separated.</param>
/// <param name="QualifiedName">Within its module: "Trainer.train".</param>
/// <param name="StartLine">1-based first line of the definition.</param>
/// <param name="EndLine">1-based last line of the definition.</param>
/// <param name="Problems">One sentence each, from the findings: "Missing docstring in public function (D103)".</param>
public sealed record DocumentationGap(string FilePath, string QualifiedName, string ModuleName, int StartLine, int EndLine, IReadOnlyList<string> Problems);

/// <summary>
/// A new issue about a documentation gap, in the repository's own template (read from the checkout), with a
/// permalink at the checked-out commit; labelled with the repository's documentation label when GitHub (or the
/// cache) can tell which one that is.
/// </summary>
public static class IssueDrafting
{
    /// <param name="upstream">The connected upstream; its labels are read for the documentation label (a failure only leaves it out).</param>
    public static async Task<IssueDraft> DraftAsync(ConnectedUpstream upstream, GitSession git, DocumentationGap gap, CancellationToken cancellationToken)
    {
        LabelVocabulary? vocabulary = null;
        try
        {
            vocabulary = LabelVocabulary.Discover((await upstream.Api.ListLabelsAsync(upstream.Location.Upstream, cancellationToken)).Value);
        }
        catch (GitHubProblemException)
        {
            // The template's own labels still apply; the draft does not need GitHub.
        }
        return Draft(upstream.Location.Upstream, git, gap, vocabulary, cancellationToken);
    }

    /// <summary>The draft without asking GitHub (no repository labels).</summary>
    public static IssueDraft Draft(RepositoryId repository, GitSession git, DocumentationGap gap, LabelVocabulary? vocabulary, CancellationToken cancellationToken)
    {
        // A repository without commits has no SHA; "HEAD" still makes a link GitHub resolves to the default branch.
        var commit = git.TryRead(cancellationToken, "rev-parse", "--verify", "--quiet", "HEAD") ?? "HEAD";
        var missing = new MissingDocumentation(repository, commit, gap.FilePath, gap.StartLine, gap.EndLine, gap.QualifiedName, gap.ModuleName, gap.Problems);
        return IssueDrafter.Draft(IssueTemplateReader.ReadRepository(git.WorkTree), missing, vocabulary);
    }
}
