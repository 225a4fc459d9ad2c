using ClawDev.Core.Python;

namespace ClawDev.Core.Docstrings;

/// <summary>A kind of marker that points at one docstring style.</summary>
public enum EvidenceKind
{
    /// <summary>A known NumPy header over a line of dashes or equals signs ("Parameters\n----------").</summary>
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
/// <param name="DocumentsParameters">Whether the marker opens or is a parameter's documentation ("Args:", a NumPy
/// "Parameters" header, ":param x:", ":type x:").</param>
public readonly record struct StyleEvidence(EvidenceKind Kind, TextSpan Span, bool DocumentsParameters = false)
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
