using ClawDev.Core.Configuration;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting.Grounding;
using ClawDev.Core.Library;

namespace ClawDev.Core.Drafting;

/// <summary>What drafting needs to know beyond the file and its settings.</summary>
public sealed record DraftingOptions
{
    /// <summary>
    /// The style new docstrings and sections are written in: normally [tool.clawdev] style, else the repository's
    /// dominant style (<see cref="StyleCensusResult.Dominant"/>). Null falls back to the settings' style, then
    /// their convention (google, numpy, pep257), then Google. Existing structured docstrings keep their own style.
    /// </summary>
    public DocstringStyle? Style { get; init; }

    /// <summary>
    /// True when <see cref="Style"/> is the repository's measured style, not a setting, [tool.clawdev] style or a
    /// linter's convention: a file whose own docstrings mostly show another style is then drafted in the file's.
    /// </summary>
    public bool FileStyleFirst { get; init; }

    /// <summary>The quotes new docstrings use (""" or '''); null takes the file's most used triple quote, """ when it has none.</summary>
    public string? Quote { get; init; }

    /// <summary>The workspace's documentation, for grounded descriptions and base-class lookups; null grounds on the current file only.</summary>
    public ParameterDescriptionIndex? Descriptions { get; init; }

    /// <summary>False while the workspace is still being indexed: drafts then say they used partial evidence.</summary>
    public bool EvidenceComplete { get; init; } = true;

    /// <summary>What the whole repository knows (copies and their origins); null when unknown (no copy-origin evidence).</summary>
    public ProjectFacts? Project { get; init; }

    /// <summary>The dotted name the file is imported as, as <see cref="Project"/> knows it; null derives it from the path.</summary>
    public string? ModuleName { get; init; }

    /// <summary>The files as last committed (renames in the working tree's diff); null when unknown.</summary>
    public ICommittedFiles? Committed { get; init; }

    /// <summary>
    /// The options of every draft a user is offered (the editor's quick fixes, <c>clawdev draft</c>, the quality
    /// benchmark): the style <see cref="DraftStyle.Choose"/> picks, and descriptions grounded on the whole workspace.
    /// </summary>
    /// <param name="setting">The editor's docstring-style setting, or null.</param>
    /// <param name="census">The docstring styles of the workspace, once known.</param>
    /// <param name="workspace">What the workspace documents; null for a file outside every workspace.</param>
    /// <param name="evidenceComplete">False while the workspace is still being indexed.</param>
    /// <param name="project">What the whole repository knows, when it is known.</param>
    /// <param name="moduleName">The file's dotted module name as <paramref name="project"/> knows it.</param>
    /// <param name="committed">The files as last committed, when the workspace is a git repository.</param>
    public static DraftingOptions For(
        DocstringStyle? setting,
        FileSettings file,
        StyleCensusResult? census,
        ParameterDescriptionIndex? workspace,
        bool evidenceComplete = true,
        ProjectFacts? project = null,
        string? moduleName = null,
        ICommittedFiles? committed = null) => new()
        {
            Style = DraftStyle.Choose(setting, file, census),
            FileStyleFirst = !DraftStyle.IsConfigured(setting, file),
            Descriptions = workspace,
            EvidenceComplete = evidenceComplete,
            Project = project,
            ModuleName = moduleName,
            Committed = committed,
        };
}
