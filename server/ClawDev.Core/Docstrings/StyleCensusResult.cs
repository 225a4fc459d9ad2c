namespace ClawDev.Core.Docstrings;

/// <summary>What a <see cref="StyleCensus"/> found.</summary>
/// <param name="Dominant">
/// The style to write new docstrings in: the family (Google with Hugging Face, NumPy, Sphinx) with most
/// structured docstrings, and within Google the Hugging Face variant when it is the majority. Plain only when no
/// docstring shows a style. Ties go NumPy, then Sphinx, then Google, and set <paramref name="IsTie"/>.
/// </param>
/// <param name="IsTie">True when another family has as many structured docstrings as the dominant one.</param>
/// <param name="Share">The dominant family's share of the structured docstrings (0 when there are none).</param>
public sealed record StyleCensusResult(
    DocstringStyle Dominant,
    int Plain,
    int Google,
    int HuggingFace,
    int NumPy,
    int Sphinx,
    bool IsTie,
    double Share)
{
    public int Total => Plain + Structured;

    /// <summary>Docstrings that show a style in their structure.</summary>
    public int Structured => Google + HuggingFace + NumPy + Sphinx;

    /// <summary>True when most docstrings show no style at all: the dominant style rests on a minority.</summary>
    public bool IsMostlyPlain => Plain > Structured;

    internal static StyleCensusResult From(int plain, int google, int huggingFace, int numPy, int sphinx)
    {
        (DocstringStyle Family, int Count)[] families =
        [
            (DocstringStyle.NumPy, numPy),
            (DocstringStyle.Sphinx, sphinx),
            (DocstringStyle.Google, google + huggingFace),
        ];
        var best = families[0];
        var tie = false;
        foreach (var family in families.AsSpan(1))
        {
            if (family.Count > best.Count)
            {
                best = family;
                tie = false;
            }
            else if (family.Count == best.Count)
            {
                tie = true;
            }
        }
        var structured = numPy + sphinx + google + huggingFace;
        if (structured == 0)
        {
            return new StyleCensusResult(DocstringStyle.Plain, plain, google, huggingFace, numPy, sphinx, false, 0);
        }
        var dominant = best.Family == DocstringStyle.Google && huggingFace > google ? DocstringStyle.HuggingFace : best.Family;
        return new StyleCensusResult(dominant, plain, google, huggingFace, numPy, sphinx, tie, (double)best.Count / structured);
    }

    public override string ToString() =>
        $"{Dominant} ({Share:P0} of {Structured} styled; plain {Plain}, Google {Google}, Hugging Face {HuggingFace}, NumPy {NumPy}, Sphinx {Sphinx}{(IsTie ? "; tie" : "")})";
}
