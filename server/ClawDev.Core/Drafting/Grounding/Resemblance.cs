using System.Buffers;
using System.Text.RegularExpressions;

namespace ClawDev.Core.Drafting.Grounding;

/// <summary>
/// How much a documenting definition resembles the one being drafted, to choose among descriptions of the same
/// name: a sibling API (<c>create_commit</c> beside <c>preupload_lfs_files</c>) takes the same arguments and
/// documents them the same way, so its entry for the missing one is likelier the repository's word for it than the
/// most common entry of an unrelated function. Signs read from the repository's own text:
/// <list type="bullet">
/// <item>the parameters both have (the draft's signature against what the candidate's docstring documents);</item>
/// <item>the draft's own entries the candidate's docstring writes word for word, and those it writes otherwise;</item>
/// <item>the words the two definitions' names share (<c>set_variable</c> and <c>get_variable</c>), and the words of the
/// draft's name the description itself uses ("The model to evaluate." for <c>evaluate</c>);</item>
/// <item>against: the words of the candidate's own name its description uses, where the draft's name and prose do
/// not ("The serializer mode" from <c>inspect_field_serializer</c> for <c>apply_validators</c>);</item>
/// <item>against: the other parameters of its own definition it names in markup that the draft does not take
/// ("If ``block`` is set to False, …").</item>
/// </list>
/// </summary>
/// <param name="symbol">The definition being drafted.</param>
/// <param name="signature">Its parameter names (without self and cls).</param>
/// <param name="ownEntries">The entries its docstring (or its class's / __init__'s) already has.</param>
/// <param name="ownProse">The sentences of its docstring's prose (or its class's / __init__'s).</param>
internal sealed partial class Resemblance(string symbol, IReadOnlySet<string> signature, IEnumerable<ParameterRecord> ownEntries, IEnumerable<string> ownProse)
{
    // Floors keep a candidate that shares nothing in the running (the nearer or more common still wins among
    // strangers); the exponents make shared parameters and identical entries outweigh a few more votes.
    private const double SharedParametersFloor = 0.1;
    private const double SharedNameWordsFloor = 0.2;

    private readonly Dictionary<string, string> _own = ownEntries.DistinctBy(static r => r.Name).ToDictionary(static r => r.Name, static r => r.Description, StringComparer.Ordinal);
    private readonly HashSet<string> _nameWords = NameWords(symbol);
    private readonly HashSet<string> _qualifiedNameWords = QualifiedNameWords(symbol);
    private readonly List<string> _orderedNameWords = OrderedNameWords(symbol);
    private HashSet<string> OwnProseWords => _ownProseWords ??= new(ownProse.SelectMany(static s => s.Split(Separators, StringSplitOptions.RemoveEmptyEntries)).Select(static w => w.ToLowerInvariant()), StringComparer.Ordinal);
    private HashSet<string>? _ownProseWords;
    private readonly Dictionary<string, (double SharedNameWords, HashSet<string> Foreign)> _nameSigns = new(StringComparer.Ordinal);

    /// <summary>A factor for the candidate's vote: small for a definition with nothing in common, growing with each sign of kinship.</summary>
    public double Of(ParameterRecord record)
    {
        var (agree, disagree) = Entries(record);
        var sharedParameters = SharedParametersFloor + Jaccard(signature, record.Documented.Keys);
        var (sharedNameWords, foreign) = NameSigns(record.Symbol);
        return sharedParameters * sharedParameters * (1 + agree) * (1 + agree) * sharedNameWords * (1 + Mentions(record.Description))
            / (1 + disagree) / Math.Pow(1 + MentionsOwnDefinition(record, foreign), 2) / Math.Pow(1 + NamesAbsentParameters(record), 2);
    }

    /// <summary>
    /// How many other parameters of its own definition the candidate's description names in markup (``block``,
    /// `tz`, *takes_self*) that the draft does not take: copied, it would point the reader at an argument that is not
    /// there ("If ``block`` is set to False, …" for a container without <c>block</c>).
    /// </summary>
    internal int NamesAbsentParameters(ParameterRecord record)
    {
        var description = record.Description;
        if (description.AsSpan().IndexOfAny('`', '*') < 0)
        {
            return 0;
        }
        var count = 0;
        foreach (var other in record.Documented.Keys)
        {
            if (other != record.Name && !signature.Contains(other) && IsMarkedUp(description, other))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>Whether the text writes the name between backticks or stars (``x``, `x`, *x*).</summary>
    private static bool IsMarkedUp(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if (at > 0 && end < text.Length && text[at - 1] is '`' or '*' && text[end] is '`' or '*')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the candidate's docstring writes at least two of the draft's entries otherwise and none alike: another
    /// generation of the API (a <c>v1/</c> copy), whose counterpart entry is not the repository's current word.
    /// </summary>
    public bool Contradicts(ParameterRecord record) => Entries(record) is (0, >= 2);

    /// <summary>How many words of the description are words of the draft's name ("The model to evaluate." for <c>evaluate</c>).</summary>
    private int Mentions(string description) => Mentions(description, _nameWords);

    /// <summary>
    /// How many words of the candidate's description name its own definition and not the draft's ("The serializer
    /// mode" from <c>inspect_field_serializer</c>, "The other Dyadic or Vector" from <c>Dyadic.dot</c>): such an entry
    /// speaks of what its function does with the value, not of what the value is.
    /// </summary>
    /// <param name="foreign">The words of its own name the draft's does not have (<see cref="NameSigns"/>).</param>
    private int MentionsOwnDefinition(ParameterRecord record, HashSet<string> foreign)
    {
        // A name in backticks is a reference (":func:`open_tcp_listeners`"), not the entry's own words.
        var prose = record.Description.Contains('`') ? CodeSpans().Replace(record.Description, " ") : record.Description;
        // Most entries use none of them: nothing more to read.
        if (foreign.Count == 0 || Mentions(prose, foreign) == 0)
        {
            return 0;
        }
        var used = new HashSet<string>(foreign, StringComparer.Ordinal);
        // A word the draft's own prose uses is the draft's too ("uploading files" in create_commit's summary).
        used.RemoveWhere(w => NamesWord(w, OwnProseWords));
        // The source's name written as words is read as the draft's (ParallelEntry.NamePhrase).
        if (ParallelEntry.NamePhrase(record.Description, record.Name, record.Symbol, symbol) is var (_, phrase, _))
        {
            used.ExceptWith(phrase.Split(' ', '-'));
        }
        return used.Count == 0 ? 0 : Mentions(prose, used);
    }

    /// <summary>
    /// What a candidate definition's name says, once per candidate (a vote reads many entries of few definitions):
    /// the factor for the words it shares with the draft's name, and the words of its qualified name that the
    /// draft's name does not have, but the one a one-word-different name has read as the draft's
    /// (<see cref="ParallelEntry.ForDefinition"/>: <c>delete_branch</c>'s "branch" for <c>delete_tag</c>).
    /// </summary>
    private (double SharedNameWords, HashSet<string> Foreign) NameSigns(string candidate)
    {
        if (!_nameSigns.TryGetValue(candidate, out var signs))
        {
            var foreign = QualifiedNameWords(candidate);
            foreign.RemoveWhere(w => NamesWord(w, _qualifiedNameWords));
            var theirs = OrderedNameWords(candidate);
            if (ParallelEntry.OnlyDifference(theirs, _orderedNameWords) is { } differing)
            {
                foreign.Remove(theirs[differing]);
            }
            signs = (SharedNameWordsFloor + Jaccard(_nameWords, NameWords(candidate)), foreign);
            _nameSigns[candidate] = signs;
        }
        return signs;
    }

    /// <summary>How many words of the description name one of <paramref name="nameWords"/> (<see cref="NamesWord"/>);
    /// read in place, without a string per word: it runs for every candidate of a vote.</summary>
    private static int Mentions(string description, HashSet<string> nameWords)
    {
        if (!MayMention(description, nameWords))
        {
            return 0;
        }
        var exact = nameWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        var text = description.AsSpan();
        var count = 0;
        var at = 0;
        while (at < text.Length)
        {
            var length = text[at..].IndexOfAny(WordSeparators);
            var word = length < 0 ? text[at..] : text.Slice(at, length);
            at += word.Length + 1;
            // Two-letter name words ("to", "id", "hf") are too common in prose to say anything.
            if (word.Length <= 2)
            {
                continue;
            }
            var lower = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
            word.ToLowerInvariant(lower);
            count += NamesWord(lower, nameWords, exact) ? 1 : 0;
        }
        return count;
    }

    /// <summary>
    /// Whether the text holds, in any case, the beginning every word naming one of <paramref name="nameWords"/> starts
    /// with (<see cref="NamesWord"/>: its first six letters, or all but three, at least three): most descriptions hold
    /// none, and are not read word by word.
    /// </summary>
    private static bool MayMention(string text, HashSet<string> nameWords)
    {
        foreach (var nameWord in nameWords)
        {
            var length = Math.Min(Math.Min(6, nameWord.Length), Math.Max(3, nameWord.Length - 3));
            if (text.AsSpan().Contains(nameWord.AsSpan(0, length), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool NamesWord(string word, HashSet<string> nameWords) => NamesWord(word, nameWords, nameWords.GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>
    /// Whether a word of prose is a word of the draft's name, inflected or not: "deleted" for <c>delete_tag</c>,
    /// "classified" for <c>token_classification</c> (one begins the other and three letters at most follow, or they
    /// share their first six).
    /// </summary>
    private static bool NamesWord(ReadOnlySpan<char> word, HashSet<string> nameWords, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> exact)
    {
        if (exact.Contains(word))
        {
            return true;
        }
        foreach (var nameWord in nameWords)
        {
            if (nameWord.Length <= 2)
            {
                continue;
            }
            var common = word.CommonPrefixLength(nameWord);
            if (common >= 6 || (common == Math.Min(word.Length, nameWord.Length) && Math.Max(word.Length, nameWord.Length) - common <= 3))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly char[] Separators = [' ', '.', ',', '`', '(', ')', '\n', '_', '"', '\'', ':'];
    private static readonly SearchValues<char> WordSeparators = SearchValues.Create(Separators);

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

    /// <summary>The lower-case words of every part of a qualified name (a method's class too), dunders left out.</summary>
    private static HashSet<string> QualifiedNameWords(string qualifiedName) =>
        new(qualifiedName.Split('.').Where(static p => !p.StartsWith("__", StringComparison.Ordinal)).SelectMany(OrderedNameWords), StringComparer.Ordinal);

    /// <summary><see cref="NameWords"/> in the order the name has them, repeats kept.</summary>
    internal static List<string> OrderedNameWords(string qualifiedName) => SpelledNameWords(qualifiedName).ConvertAll(static w => w.ToLowerInvariant());

    /// <summary>The words of a definition's own name as it spells them ("HRAConfig": "HRA", "Config").</summary>
    internal static List<string> SpelledNameWords(string qualifiedName)
    {
        var name = EvidenceSearch.CounterpartKey(qualifiedName);
        var words = new List<string>();
        var start = 0;
        for (var i = 1; i <= name.Length; i++)
        {
            // An acronym ends where its last capital begins a word: "BOFTConfig" is "boft" and "config", and a number
            // where a capitalised word begins: "FP8RecipeKwargs" is "fp8", "recipe" and "kwargs" ("C3AConfig": "c3a").
            if (i == name.Length || name[i] == '_' || (char.IsUpper(name[i]) && char.IsLower(name[i - 1]))
                || (char.IsUpper(name[i]) && (char.IsUpper(name[i - 1]) || char.IsAsciiDigit(name[i - 1])) && i + 1 < name.Length && char.IsLower(name[i + 1])))
            {
                var word = name[start..i].Trim('_');
                if (word.Length > 0)
                {
                    words.Add(word);
                }
                start = i;
            }
        }
        return words;
    }

    [GeneratedRegex("``[^`]*``|`[^`]*`")]
    private static partial Regex CodeSpans();
}
