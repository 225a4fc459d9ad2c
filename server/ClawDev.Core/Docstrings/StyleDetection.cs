namespace ClawDev.Core.Docstrings;

/// <summary>Which style a docstring is written in, how sure that is, and why.</summary>
/// <param name="Style">The winning style; <see cref="DocstringStyle.Plain"/> when there is no marker.</param>
/// <param name="Confidence">The winning family's share of all evidence weight (1 when there is no competing evidence, and for plain docstrings).</param>
/// <param name="Evidence">Every marker found, in source order.</param>
public sealed record StyleDetection(DocstringStyle Style, double Confidence, IReadOnlyList<StyleEvidence> Evidence)
{
    public static readonly StyleDetection Plain = new(DocstringStyle.Plain, 1.0, []);

    /// <summary>
    /// True when the winning style shows in a structural marker (a parameter, return or raises section or
    /// field), not only in prose headers like "Example:"; a census counts only these.
    /// </summary>
    public bool IsStructured
    {
        get
        {
            foreach (var evidence in Evidence)
            {
                if (evidence.IsStructural && evidence.Family == Family(Style))
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>The summed evidence weight for a style family (Google and Hugging Face count together).</summary>
    public int Score(DocstringStyle style)
    {
        var family = Family(style);
        var score = 0;
        foreach (var evidence in Evidence)
        {
            if (evidence.Family == family)
            {
                score += evidence.Weight;
            }
        }
        return score;
    }

    internal static DocstringStyle Family(DocstringStyle style) =>
        style == DocstringStyle.HuggingFace ? DocstringStyle.Google : style;
}
