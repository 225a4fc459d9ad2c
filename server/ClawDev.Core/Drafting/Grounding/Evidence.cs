namespace ClawDev.Core.Drafting.Grounding;

/// <summary>A description found for a parameter, where it stands, and how near to the draft it is.</summary>
/// <param name="Type">The type written with it, or null.</param>
/// <param name="Count">How many docstrings at that distance say exactly this.</param>
/// <param name="Other">An equally near source saying something else, named in the provenance; null when none.</param>
internal sealed record Evidence(string Description, string? Type, GroundingSource Source, string Path, string Symbol, int Line, int Count, string? Other = null)
{
    /// <summary>How the text was adapted from its source ("source_mtime's entry, 'source' read as 'dest'"), or null when taken as written.</summary>
    public string? Adaptation { get; init; }
}

/// <summary>A type found for a parameter from other entries of its name, and where the nearest of them stands.</summary>
/// <param name="Count">How many entries at that distance write it.</param>
internal sealed record TypeEvidence(string Type, GroundingSource Source, string Path, string Symbol, int Line, int Count);

/// <summary>The origin a definition is a copy of: its file, its qualified name there, and the mark's replacements.</summary>
internal sealed record CopySource(string Path, string Symbol, Library.CopyMark Mark);
