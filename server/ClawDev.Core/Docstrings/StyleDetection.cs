using ClawDev.Core.Python;

namespace ClawDev.Core.Docstrings;

/// <summary>A kind of marker that points at one docstring style.</summary>
public enum EvidenceKind
{
    /// <summary>A known NumPy header with a dash underline ("Parameters\n----------").</summary>
    NumPySection,

    /// <summary>A Sphinx field ClawDev knows (":param x:", ":rtype:", ...).</summary>
    SphinxField,

    /// <summary>A Google header that opens entries ("Args:", "Returns:", "Raises:", "Attributes:", ...).</summary>
    GoogleSection,

    /// <summary>A Google prose header ("Example:", "Note:", "Warning:"): weak, plain reST docstrings write these too.</summary>
    GoogleProseSection,

    /// <summary>A Google entry with a backticked type or "*optional*": the Hugging Face variant.</summary>
    HuggingFaceEntry,
}

/// <summary>One marker found in a docstring, where it is.</summary>
public readonly record struct StyleEvidence(EvidenceKind Kind, TextSpan Span)
{
    /// <summary>The style family the marker belongs to (Hugging Face entries count towards Google).</summary>
    public DocstringStyle Family => Kind switch
    {
        EvidenceKind.NumPySection => DocstringStyle.NumPy,
        EvidenceKind.SphinxField => DocstringStyle.Sphinx,
        _ => DocstringStyle.Google,
    };

    /// <summary>How much the marker counts: headers weigh more than single fields; prose headers least.</summary>
    public int Weight => Kind switch
    {
        EvidenceKind.NumPySection or EvidenceKind.GoogleSection => 3,
        EvidenceKind.SphinxField => 2,
        _ => 1,
    };

    /// <summary>Whether this marker alone shows the docstring is written in a style (not just prose with a "Note:").</summary>
    public bool IsStructural => Kind != EvidenceKind.GoogleProseSection;
}

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
