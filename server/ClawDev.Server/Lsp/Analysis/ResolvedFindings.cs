using ClawDev.Core.Analysis;
using ClawDev.Core.Library;
using ClawDev.Server.Lsp.Indexing;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Analysis;

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
        var project = FactsFor(root, isInWorkspace, state);
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

    /// <summary>A whole analysis of an open document resolved: reported findings with their exposure and copy facts,
    /// and what is withheld and why.</summary>
    public FileAnalysis Of(FileAnalysis analysis, AnalysisTarget target, ServerState state) =>
        target.Root.Configuration is { } configuration
            ? FindingResolver.Resolve(analysis, FactsFor(target.Root, target.IsInWorkspace, state), configuration.Profile.Profile)
            : analysis;

    /// <summary>One finding of an open document being drafted, with its exposure and copy facts (withheld or not).</summary>
    public Finding Of(Finding raw, CodeActions.DraftContext draft, ServerState state)
    {
        var (reported, withheld) = FindingResolver.ResolveOne(raw, draft.Analysis.ModuleName, FactsFor(draft.Target.Root, draft.Target.IsInWorkspace, state), draft.Target.Root.Profile);
        return reported ?? withheld!.Finding;
    }

    /// <summary>What the folder of an open document knows as a whole (nothing for a file outside every folder).</summary>
    public ProjectFacts FactsFor(WorkspaceRoot root, bool isInWorkspace, ServerState state) =>
        isInWorkspace ? workspaceFacts.For(root, state.Index) : ProjectFacts.Empty;

    /// <summary>The findings of an index entry, resolved; null when its folder is gone or it has no analysis.</summary>
    public IReadOnlyList<LocatedFinding>? Of(IndexedFile file, ServerState state) =>
        file.Facts is { } facts && RootOf(file, state) is { } root
            ? Of(facts.Findings, facts.ModuleName, root, isInWorkspace: true, state).Reported
            : null;

    /// <summary>How exposed a definition of an indexed module is (public when nothing is known).</summary>
    public Exposure ExposureOf(IndexedFile file, string qualifiedName, ServerState state) =>
        file.Facts is { } facts && RootOf(file, state) is { } root
            ? workspaceFacts.For(root, state.Index).ExposureOf(facts.ModuleName, qualifiedName)
            : Exposure.Public;

    /// <summary>The workspace folder of an index entry; null when it is gone.</summary>
    public static WorkspaceRoot? RootOf(IndexedFile file, ServerState state) =>
        state.Roots.FirstOrDefault(root => root.Directory == file.RootDirectory);
}
