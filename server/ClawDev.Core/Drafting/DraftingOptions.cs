using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting.Grounding;

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

    /// <summary>The quotes new docstrings use (""" or '''); null takes the file's most used triple quote, """ when it has none.</summary>
    public string? Quote { get; init; }

    /// <summary>The workspace's documentation, for grounded descriptions and base-class lookups; null grounds on the current file only.</summary>
    public ParameterDescriptionIndex? Descriptions { get; init; }
}
