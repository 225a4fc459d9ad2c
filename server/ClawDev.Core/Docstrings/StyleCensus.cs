namespace ClawDev.Core.Docstrings;

/// <summary>
/// Counts docstring styles over a repository to find its dominant one. Thread-safe: a parallel scan can feed one
/// census from every worker, or give each worker its own and <see cref="Merge"/> them.
/// </summary>
public sealed class StyleCensus
{
    private readonly int[] _counts = new int[Enum.GetValues<DocstringStyle>().Length];

    /// <summary>Counts a parsed docstring; one without structural markers counts as plain.</summary>
    public void Add(ParsedDocstring docstring) => Add(docstring.Detection);

    /// <summary>Counts a detection; one without structural markers (only "Example:" and the like) counts as plain.</summary>
    public void Add(StyleDetection detection) => Add(detection.IsStructured ? detection.Style : DocstringStyle.Plain);

    public void Add(DocstringStyle style) => Interlocked.Increment(ref _counts[(int)style]);

    /// <summary>Adds another census's counts to this one.</summary>
    public void Merge(StyleCensus other)
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            Interlocked.Add(ref _counts[i], Volatile.Read(ref other._counts[i]));
        }
    }

    /// <summary>The counts so far and the style they point to.</summary>
    public StyleCensusResult Result() => StyleCensusResult.From(
        Count(DocstringStyle.Plain),
        Count(DocstringStyle.Google),
        Count(DocstringStyle.HuggingFace),
        Count(DocstringStyle.NumPy),
        Count(DocstringStyle.Sphinx));

    private int Count(DocstringStyle style) => Volatile.Read(ref _counts[(int)style]);
}

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
