namespace ClawDev.Core.Drafting.Grounding;

/// <summary>
/// How much a documenting definition resembles the one being drafted, to choose among descriptions of the same
/// name: a sibling API (<c>create_commit</c> beside <c>preupload_lfs_files</c>) takes the same arguments and
/// documents them the same way, so its entry for the missing one is likelier the repository's word for it than the
/// most common entry of an unrelated function. Three signs, each read from the repository's own text:
/// <list type="bullet">
/// <item>the parameters both have (the draft's signature against what the candidate's docstring documents);</item>
/// <item>the draft's own entries the candidate's docstring writes word for word, and those it writes otherwise;</item>
/// <item>the words the two definitions' names share (<c>set_variable</c> and <c>get_variable</c>), and the words of the
/// draft's name the description itself uses ("The model to evaluate." for <c>evaluate</c>).</item>
/// </list>
/// </summary>
/// <param name="symbol">The definition being drafted.</param>
/// <param name="signature">Its parameter names (without self and cls).</param>
/// <param name="ownEntries">The entries its docstring (or its class's / __init__'s) already has.</param>
internal sealed class Resemblance(string symbol, IReadOnlySet<string> signature, IEnumerable<ParameterRecord> ownEntries)
{
    // Floors keep a candidate that shares nothing in the running (the nearer or more common still wins among
    // strangers); the exponents make shared parameters and identical entries outweigh a few more votes.
    private const double SharedParametersFloor = 0.1;
    private const double SharedNameWordsFloor = 0.2;

    private readonly Dictionary<string, string> _own = ownEntries.DistinctBy(static r => r.Name).ToDictionary(static r => r.Name, static r => r.Description, StringComparer.Ordinal);
    private readonly HashSet<string> _nameWords = NameWords(symbol);

    /// <summary>A factor for the candidate's vote: small for a definition with nothing in common, growing with each sign of kinship.</summary>
    public double Of(ParameterRecord record)
    {
        var (agree, disagree) = Entries(record);
        var sharedParameters = SharedParametersFloor + Jaccard(signature, record.Documented.Keys);
        var sharedNameWords = SharedNameWordsFloor + Jaccard(_nameWords, NameWords(record.Symbol));
        return sharedParameters * sharedParameters * (1 + agree) * (1 + agree) * sharedNameWords * (1 + Mentions(record.Description)) / (1 + disagree);
    }

    /// <summary>
    /// Whether the candidate's docstring writes at least two of the draft's entries otherwise and none alike: another
    /// generation of the API (a <c>v1/</c> copy), whose counterpart entry is not the repository's current word.
    /// </summary>
    public bool Contradicts(ParameterRecord record) => Entries(record) is (0, >= 2);

    /// <summary>How many words of the description are words of the draft's name ("The model to evaluate." for <c>evaluate</c>).</summary>
    private int Mentions(string description)
    {
        var count = 0;
        foreach (var word in description.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            // Two-letter name words ("to", "id", "hf") are too common in prose to say anything.
            count += word.Length > 2 && NamesWord(word.ToLowerInvariant()) ? 1 : 0;
        }
        return count;
    }

    /// <summary>
    /// Whether a word of prose is a word of the draft's name, inflected or not: "deleted" for <c>delete_tag</c>,
    /// "classified" for <c>token_classification</c> (one begins the other and three letters at most follow, or they
    /// share their first six).
    /// </summary>
    private bool NamesWord(string word)
    {
        if (_nameWords.Contains(word))
        {
            return true;
        }
        foreach (var nameWord in _nameWords)
        {
            if (nameWord.Length <= 2)
            {
                continue;
            }
            var common = word.AsSpan().CommonPrefixLength(nameWord);
            if (common >= 6 || (common == Math.Min(word.Length, nameWord.Length) && Math.Max(word.Length, nameWord.Length) - common <= 3))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly char[] WordSeparators = [' ', '.', ',', '`', '(', ')', '\n', '_', '"', '\'', ':'];

    private (int Agree, int Disagree) Entries(ParameterRecord record)
    {
        int agree = 0, disagree = 0;
        foreach (var (name, description) in _own)
        {
            if (record.Documented.TryGetValue(name, out var theirs))
            {
                if (theirs == description)
                {
                    agree++;
                }
                else
                {
                    disagree++;
                }
            }
        }
        return (agree, disagree);
    }

    private static double Jaccard(IReadOnlySet<string> a, IEnumerable<string> b)
    {
        int count = 0, common = 0;
        foreach (var item in b)
        {
            count++;
            common += a.Contains(item) ? 1 : 0;
        }
        var union = a.Count + count - common;
        return union == 0 ? 0 : (double)common / union;
    }

    /// <summary>The lower-case words of a definition's own name (a class's for __init__): snake_case and CamelCase split.</summary>
    internal static HashSet<string> NameWords(string qualifiedName) => new(OrderedNameWords(qualifiedName), StringComparer.Ordinal);

    /// <summary><see cref="NameWords"/> in the order the name has them, repeats kept.</summary>
    internal static List<string> OrderedNameWords(string qualifiedName)
    {
        var name = EvidenceSearch.CounterpartKey(qualifiedName);
        var words = new List<string>();
        var start = 0;
        for (var i = 1; i <= name.Length; i++)
        {
            if (i == name.Length || name[i] == '_' || (char.IsUpper(name[i]) && char.IsLower(name[i - 1])))
            {
                var word = name[start..i].Trim('_');
                if (word.Length > 0)
                {
                    words.Add(word.ToLowerInvariant());
                }
                start = i;
            }
        }
        return words;
    }
}
