using ClawDev.Core.Analysis;
using ClawDev.Core.Configuration;
using ClawDev.Core.Library;
using ClawDev.Server.Lsp.Indexing;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Diagnostics;

/// <summary>
/// A file's findings as its workspace folder reports them: Core's <see cref="FindingResolver"/> applied with the
/// folder's <see cref="ProjectFacts"/> (exposure, copies and, in the contribution profile, what is withheld and why).
/// A file outside every folder is judged on its own.
/// </summary>
internal sealed class ResolvedFindings(WorkspaceFacts workspaceFacts)
{
    public (IReadOnlyList<LocatedFinding> Reported, IReadOnlyList<WithheldFinding> Withheld) Of(
        IReadOnlyList<LocatedFinding> findings, string moduleName, WorkspaceRoot root, bool isInWorkspace, ServerState state)
    {
        if (findings.Count == 0 || root.Configuration is not { } configuration)
        {
            return (findings, []);
        }
        var project = isInWorkspace ? workspaceFacts.For(root, state.Index) : ProjectFacts.Empty;
        var profile = configuration.Profile.Profile;
        var reported = new List<LocatedFinding>(findings.Count);
        var withheld = new List<WithheldFinding>();
        foreach (var (finding, range) in findings)
        {
            var (kept, withholding) = FindingResolver.ResolveOne(finding, moduleName, project, profile);
            if (kept is not null)
            {
                reported.Add(new LocatedFinding(kept, range));
            }
            if (withholding is not null)
            {
                withheld.Add(withholding);
            }
        }
        return (reported, withheld);
    }

    /// <summary>The findings of an index entry, resolved; null when its folder is gone or it has no analysis.</summary>
    public IReadOnlyList<LocatedFinding>? Of(IndexedFile file, ServerState state) =>
        file.Facts is { } facts && state.Roots.FirstOrDefault(root => root.Directory == file.RootDirectory) is { } root
            ? Of(facts.Findings, facts.ModuleName, root, isInWorkspace: true, state).Reported
            : null;

    /// <summary>How exposed a definition of an indexed module is (public when nothing is known).</summary>
    public Exposure ExposureOf(IndexedFile file, string qualifiedName, ServerState state) =>
        file.Facts is { } facts && state.Roots.FirstOrDefault(root => root.Directory == file.RootDirectory) is { } root
            ? workspaceFacts.For(root, state.Index).ExposureOf(facts.ModuleName, qualifiedName)
            : Exposure.Public;
}
