using System.Text;

namespace ClawDev.Core.Drafting.Grounding;

/// <summary>
/// The entry of a parallel parameter of the same docstring, read for the missing one: parameters whose names differ
/// in one word are documented in parallel (<c>source_mtime</c>: "Mtime of the source file (milliseconds)." beside
/// <c>dest_mtime</c>; <c>min_items</c> beside <c>max_items</c>; <c>delta_in</c> beside <c>delta_out</c>), so the
/// sibling's sentence with its word swapped for the missing parameter's is the docstring's own wording for it. Only
/// where the sentence uses the sibling's distinguishing word (or a longer word it begins, "destination" for
/// <c>dest</c>): a sentence that does not say what sets the two apart would describe the sibling, not the parameter
/// ("Embeddings of desirable prompts." is not <c>rejected_embeddings</c>). A sentence that names both sets them
/// against each other, so the two words trade places ("only affects serialization, not validation." for
/// <c>validation_alias</c>); a spelled-out word keeps its ending where the repository writes that word
/// ("maximum" for <c>max_length</c> reads "minimum" for <c>min_length</c>). A plural word is never read as a singular
/// one or back ("The number of steps …" is no sentence of a <c>…_plugin</c>'s). Numbered parameters count the same way:
/// "The first sequence to compare." for <c>seq1</c> is "The second sequence to compare." for <c>seq2</c>, the nearest
/// number's ordinal moved by the numbers' difference.
/// </summary>
internal static partial class ParallelEntry
{
    /// <summary>The first entry among <paramref name="own"/> that reads for <paramref name="name"/>, a word spelled out before one it abbreviates; null when none.</summary>
    /// <param name="isWord">Whether the repository writes a word (lower case), for the ending of a spelled-out one.</param>
    public static (ParameterRecord Sibling, string Text, string From, string To)? For(string name, IEnumerable<ParameterRecord> own, Func<ParameterRecord, bool> usable, Func<string, bool> isWord)
    {
        if (Numbered(name) is var (stem, number))
        {
            return ByNumber(stem, number, own, usable, isWord);
        }
        var words = Words(name);
        if (words.Length < 2)
        {
            return null;
        }
        (ParameterRecord, string, string, string)? abbreviated = null;
        foreach (var record in own)
        {
            if (record.Name == name)
            {
                continue;
            }
            var theirs = Words(record.Name);
            if (OnlyDifference(theirs, words) is not { } differing || theirs[differing].Length < 2 || !usable(record))
            {
                continue;
            }
            var (from, to) = (theirs[differing], words[differing]);
            // A plural read as a singular breaks the sentence: "The number of steps that should pass" is no sentence
            // of a gradient_accumulation_plugin's, "the inner feed-forward layers" none of n_positions'.
            if (LooksPlural(from) != LooksPlural(to))
            {
                continue;
            }
            if (Swapped(record.Description, from, to, wholeWordOnly: true, isWord) is { } text)
            {
                return (record, text, from, to);
            }
            if (abbreviated is null && from.Length >= 3 && Swapped(record.Description, from, to, wholeWordOnly: false, isWord) is { } spelledOut)
            {
                abbreviated = (record, spelledOut, from, to);
            }
        }
        return abbreviated;
    }

    /// <summary>
    /// The sentence two or more entries of the docstring write alike but for their own names, with the parameter's name
    /// in their place: click's <c>style</c> documents <c>underline</c> and <c>overline</c> as "if provided this will
    /// enable or disable underline." and "… overline.", so its <c>italic</c> is "… disable italic.". One sibling's
    /// sentence alone may be that parameter's own ("The x coordinate." says nothing of a colour); the caller finds
    /// usable only siblings of the parameter's kind of type. Null when no two agree.
    /// </summary>
    public static (IReadOnlyList<ParameterRecord> Siblings, string Text)? Pattern(string name, IEnumerable<ParameterRecord> own, Func<ParameterRecord, bool> usable)
    {
        var bare = name.TrimStart('*');
        var patterns = new Dictionary<string, List<ParameterRecord>>(StringComparer.Ordinal);
        foreach (var record in own)
        {
            var theirs = record.Name.TrimStart('*');
            // A sentence opening with the sibling's name says what it is by its name alone: "Start of needed interval"
            // for start is no "Left of needed interval" for left.
            if (theirs == bare || theirs.Length < 2 || !usable(record) || NameReadAs(record, "\u0001") is not { } pattern || pattern.TrimStart().StartsWith('\u0001'))
            {
                continue;
            }
            var key = string.Join(' ', pattern.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            (patterns.TryGetValue(key, out var siblings) ? siblings : patterns[key] = []).Add(record);
        }
        var agreeing = patterns.Values.Where(static s => s.Count >= 2).MaxBy(static s => s.Count);
        // A snake_case name reads as a name only in code ("controls `wsgi.run_once`"): "if true, a resolve_path check
        // is performed." is no sentence.
        return agreeing is null || (bare.Contains('_') && !WritesItsNameAsCode(agreeing[0])) ? null : (agreeing, NameReadAs(agreeing[0], bare)!);
    }

    /// <summary>Whether each time the entry writes its parameter's name, it is code: marked up or a dotted name's part.</summary>
    private static bool WritesItsNameAsCode(ParameterRecord record)
    {
        var name = record.Name.TrimStart('*');
        var text = record.Description;
        for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.OrdinalIgnoreCase))
        {
            var whole = (at == 0 || !IsWordCharacter(text[at - 1])) && (at + name.Length == text.Length || !IsWordCharacter(text[at + name.Length]));
            if (whole && (at == 0 || text[at - 1] is not ('`' or '.' or '*' or '\'' or '"')))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The entry's sentence, line breaks and all, with its parameter's name (a word of it) read as <paramref name="name"/>; null where it does not write the name.</summary>
    private static string? NameReadAs(ParameterRecord record, string name) =>
        EachWord(record.Description, skipPathParts: true, word =>
            word.Equals(record.Name.TrimStart('*'), StringComparison.OrdinalIgnoreCase)
                ? (char.IsUpper(word[0]) && !name.Contains('_') ? char.ToUpperInvariant(name[0]) + name[1..] : name)
                : null);

    private static readonly string[] Ordinals =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    /// <summary>The entry of the nearest-numbered sibling whose sentence counts with an ordinal, the ordinal moved to the parameter's number.</summary>
    private static (ParameterRecord, string, string, string)? ByNumber(string stem, int number, IEnumerable<ParameterRecord> own, Func<ParameterRecord, bool> usable, Func<string, bool> isWord)
    {
        (ParameterRecord, string, string, string)? nearest = null;
        var nearestGap = int.MaxValue;
        foreach (var record in own)
        {
            if (Numbered(record.Name) is not var (theirStem, theirNumber) || theirStem != stem || theirNumber == number
                || Math.Abs(theirNumber - number) >= nearestGap || !usable(record))
            {
                continue;
            }
            var ordinal = ProseWords(record.Description).Select(static w => Array.IndexOf(Ordinals, w)).FirstOrDefault(static i => i >= 0, -1);
            var moved = ordinal + number - theirNumber;
            if (ordinal < 0 || moved < 0 || moved >= Ordinals.Length || Swapped(record.Description, Ordinals[ordinal], Ordinals[moved], wholeWordOnly: true, isWord) is not { } swapped
                || WithoutNumbers(swapped) is not { } text)
            {
                continue;
            }
            nearest = (record, text, Ordinals[ordinal], Ordinals[moved]);
            nearestGap = Math.Abs(theirNumber - number);
        }
        return nearest;
    }

    /// <summary>
    /// The sentences that state no number: numbered parameters' entries give each its own value ("The published value
    /// is ``0.433``."), which the sibling's sentence would state wrongly. Null when every sentence states one.
    /// </summary>
    private static string? WithoutNumbers(string text)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            // A sentence ends at a period followed by white space, or at the end.
            if (i < text.Length && !(text[i] == '.' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])))
            {
                continue;
            }
            var end = Math.Min(i + 1, text.Length);
            var sentence = text.AsSpan(start, end - start);
            if (!sentence.ContainsAnyInRange('0', '9'))
            {
                kept.Append(sentence);
            }
            start = end;
        }
        var result = kept.ToString().Trim();
        return result.Length == 0 ? null : result;
    }

    /// <summary>Whether a name's word reads as a plural noun: more than three letters ending in a lone "s" ("steps",
    /// "positions"; not "status", "alias", "process", "pos").</summary>
    private static bool LooksPlural(string word) => word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i');

    /// <summary>A name that is a stem and a number ("seq2", "c10"), split; null for any other.</summary>
    private static (string Stem, int Number)? Numbered(string name)
    {
        var trimmed = name.TrimStart('*');
        var digits = trimmed.Length;
        while (digits > 0 && char.IsAsciiDigit(trimmed[digits - 1]))
        {
            digits--;
        }
        return digits > 0 && digits < trimmed.Length && trimmed.Length - digits <= 3 && trimmed[digits - 1] != '_'
            ? (trimmed[..digits], int.Parse(trimmed[digits..], System.Globalization.CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>
    /// An entry borrowed from a definition whose name differs from the draft's in one word (<c>create_tag</c>'s for
    /// <c>create_branch</c>, <c>ModelCardData</c>'s for <c>SpaceCardData</c>), that word read as the draft's where the
    /// sentence uses it: "do not raise an error if tag already exists." is "… if branch already exists." A class the
    /// sentence names with the word as one of its parts is renamed too where the repository has the class so named
    /// (<c>LlamaConfig</c>'s "when calling [`LlamaModel`]" is <c>MistralConfig</c>'s "… [`MistralModel`]"). Null when
    /// the names differ otherwise, one is a class's and the other a function's (AcceleratedOptimizer's "accelerated"
    /// is no word of prepare_optimizer's "optimizer to prepare"), the sentence uses the word nowhere, or the word is the parameter's own
    /// (<c>revision_exists</c>' "The revision of the repository to check." speaks of <c>revision</c>, which
    /// <c>file_exists</c> takes too), or the sentence already uses the draft's word ("if the plugin is in use by a
    /// container" is no sentence of <c>remove_container</c>'s).
    /// </summary>
    /// <param name="isClass">Whether the repository defines a class of this name.</param>
    /// <param name="ownSpelling">How the draft's own docstring writes a word or name, compared case-insensitively
    /// ("RoBERTa" for "roberta"); null where it does not.</param>
    /// <param name="related">Whether one of two classes (simple names) derives from the other.</param>
    public static (string Text, string From, string To)? ForDefinition(string description, string parameter, string sourceSymbol, string draftSymbol, Func<string, bool> isWord, Func<string, bool> isClass, Func<string, string?> ownSpelling, Func<string, string, bool> related) =>
        Read(description, parameter, sourceSymbol, draftSymbol, isWord, isClass, ownSpelling, related) is var (text, from, to) && !RepeatsAWord(description, text) ? (text, from, to) : null;

    /// <summary>
    /// Whether the reading wrote a word twice in a row where the source did not: boto3's <c>is_in</c>'s "The value that
    /// the attribute is in." read for <c>attribute_type</c> is "… the attribute attribute type." — the source's words
    /// were no phrase the draft's name could stand in for.
    /// </summary>
    private static bool RepeatsAWord(string source, string read) => RepeatedWord().Count(read) > RepeatedWord().Count(source);

    /// <summary>A word, whitespace only, and the same word again.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(\w+)\s+\1\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase, 1000)]
    private static partial System.Text.RegularExpressions.Regex RepeatedWord();

    private static (string Text, string From, string To)? Read(string description, string parameter, string sourceSymbol, string draftSymbol, Func<string, bool> isWord, Func<string, bool> isClass, Func<string, string?> ownSpelling, Func<string, string, bool> related)
    {
        var theirs = Resemblance.OrderedNameWords(sourceSymbol);
        var ours = Resemblance.OrderedNameWords(draftSymbol);
        if (NamePhrase(description, parameter, sourceSymbol, draftSymbol) is { } phrase)
        {
            return phrase;
        }
        var fewestWords = SameClass(sourceSymbol, draftSymbol) ? 1 : 2;
        var classes = SiblingClasses(sourceSymbol, draftSymbol, theirs, ours);
        if (classes is var (theirClass, ourClass))
        {
            (theirs, ours, fewestWords) = (Resemblance.OrderedNameWords(theirClass), Resemblance.OrderedNameWords(ourClass), 1);
        }
        if (IsClassName(sourceSymbol) != IsClassName(draftSymbol) || DifferingWord(parameter, theirs, ours, fewestWords) is not var (from, to))
        {
            return null;
        }
        // A subclass is one of its base's kind, and writes of it so (traitlets' List says "the Container" as its base
        // does; click's Group is a Command): asked last, it looks through the hierarchy.
        if (classes is var (a, b) && (related(a, b) || related(b, a)))
        {
            return null;
        }
        // A word the source's name capitalises and its sentence writes in lower case is a thing the sentence speaks of
        // (trl's DistillationTrainer's "Teacher model for knowledge distillation"), not the class's name: an acronym
        // naming the draft's class (GOLDTrainer) is no reading of it.
        var (theirName, ourName) = classes ?? (EvidenceSearch.CounterpartKey(sourceSymbol), EvidenceSearch.CounterpartKey(draftSymbol));
        if (WritesAsAcronym(ourName, to) && !WritesAsAcronym(theirName, from) && ProseWordsAsWritten(description).Where(w => w.Equals(from, StringComparison.OrdinalIgnoreCase)).All(static w => w.All(char.IsLower)))
        {
            return null;
        }
        // A one-word method name is read as a word only where this file's entries or its own prose write it so ("Kill a
        // container"): "kill" and "pause" are verbs of docker's container API, "setitem" and "setdefault" only names.
        if (ours.Count == 1 && !isWord(to) && ownSpelling(to) is null)
        {
            return null;
        }
        // A text that already uses the draft's word names both things in their own roles (remove_plugin's "if the plugin
        // is in use by a container"): read for remove_container, trading the two would make nonsense of it.
        if (ProseWords(description).Contains(to))
        {
            return null;
        }
        var plural = Swapped(description, from, to, wholeWordOnly: true, isWord, ownSpelling);
        // list_models' "the model" is list_datasets' "the dataset".
        var singular = from.Length > 3 && to.Length > 3 && from[^1] == 's' && to[^1] == 's'
            ? Swapped(plural ?? description, from[..^1], to[..^1], wholeWordOnly: true, isWord, ownSpelling)
            : null;
        // upload_file's "the file will be uploaded" is delete_file's "the file will be deleted".
        var inflected = plural is null && singular is null
            ? Inflections(from).Zip(Inflections(to)).Select(pair => isWord(pair.Second) ? Swapped(description, pair.First, pair.Second, wholeWordOnly: true, isWord) : null).FirstOrDefault(static t => t is not null)
            : null;
        var swapped = singular ?? plural ?? inflected;
        return (Renamed(swapped ?? description, from, to, draftSymbol, isClass, ownSpelling) ?? swapped) is { } text ? (text, from, to) : null;
    }

    /// <summary>
    /// The classes whose words tell two definitions apart where their own names do not: a method's counterpart in
    /// another class (docker's <c>ImageCollection.get</c>'s "The name of the image." is <c>PluginCollection.get</c>'s
    /// "… of the plugin.", sortedcontainers' <c>SortedList.add</c>'s "value to add to sorted list" is
    /// <c>SortedSet.add</c>'s "… sorted set"), and classes of one word each (boto3's <c>Collection</c>'s "The name of the
    /// collection" is <c>Action</c>'s "… of the action"); the caller leaves out a class and one it derives from.
    /// </summary>
    private static (string Theirs, string Ours)? SiblingClasses(string sourceSymbol, string draftSymbol, List<string> theirs, List<string> ours) =>
        theirs.SequenceEqual(ours) && ClassOf(sourceSymbol) is { } theirClass && ClassOf(draftSymbol) is { } ourClass && theirClass != ourClass
            ? (theirClass, ourClass)
            : IsClassName(sourceSymbol) && IsClassName(draftSymbol) && theirs.Count == 1 && ours.Count == 1
                ? (EvidenceSearch.CounterpartKey(sourceSymbol), EvidenceSearch.CounterpartKey(draftSymbol))
                : null;

    /// <summary>Whether a class's name writes the word in capitals, as an acronym: "GOLD" in <c>GOLDTrainer</c>, "BOFT" in <c>BOFTConfig</c>.</summary>
    private static bool WritesAsAcronym(string className, string word) =>
        CapitalisedParts(className).Any(part => part.Length > 1 && part.Equals(word, StringComparison.OrdinalIgnoreCase) && part.All(char.IsUpper));

    /// <summary>The class a method (not a constructor) belongs to, by its simple name; null for a function's.</summary>
    private static string? ClassOf(string symbol)
    {
        var parts = symbol.Split('.');
        return parts.Length > 1 && parts[^1] != "__init__" && parts[^2].TrimStart('_') is [var first, ..] && char.IsUpper(first) ? parts[^2] : null;
    }

    /// <summary>Whether the definition (or its __init__'s class) is named as a class is: capitalised, leading underscores aside.</summary>
    private static bool IsClassName(string symbol) => EvidenceSearch.CounterpartKey(symbol).TrimStart('_') is { Length: > 0 } name && char.IsUpper(name[0]);

    /// <summary>
    /// The type an entry of a definition whose name differs from the draft's in one word writes, its classes named
    /// with that word renamed for the draft where the repository (or the draft's own docstring) has the class:
    /// <c>AlbertModel</c>'s "config ([`AlbertConfig`])" is <c>RobertaModel</c>'s "[`RobertaConfig`]". Null when nothing is renamed.
    /// </summary>
    public static (string Type, string From, string To)? TypeForDefinition(string type, string parameter, string sourceSymbol, string draftSymbol, Func<string, bool> isClass, Func<string, string?> ownSpelling) =>
        DifferingWord(parameter, Resemblance.OrderedNameWords(sourceSymbol), Resemblance.OrderedNameWords(draftSymbol)) is var (from, to)
        && Renamed(type, from, to, draftSymbol, isClass, ownSpelling) is { } renamed
            ? (renamed, from, to)
            : null;

    /// <summary>Whether two qualified names are methods of one class (constructors apart: their names are the class's).</summary>
    private static bool SameClass(string a, string b) =>
        a.LastIndexOf('.') is var i and > 0 && b.LastIndexOf('.') is var j and > 0 && !a.EndsWith(".__init__", StringComparison.Ordinal) && !b.EndsWith(".__init__", StringComparison.Ordinal)
        && a.AsSpan(0, i).SequenceEqual(b.AsSpan(0, j));

    /// <summary>
    /// The one word two definitions' names differ in, the source's and the draft's, both three letters or more; null
    /// when they differ otherwise, when either name has the other's word ("image" in image_to_image and text_to_image),
    /// when they differ in number only (json_schema, json_schemas) or when the parameter's own name has the word; for
    /// names of one word, when one reads as a plural and the other not (a verb's third person, "conforms", is no
    /// "check").
    /// </summary>
    /// <param name="fewestWords">The words the draft's name needs: two, one for methods of one class (docker's
    /// <c>restart</c> and <c>start</c>), whose one-word names are verbs of one vocabulary.</param>
    private static (string From, string To)? DifferingWord(string parameter, List<string> theirs, List<string> ours, int fewestWords = 2)
    {
        if (ours.Count < fewestWords || OnlyDifference(theirs, ours) is not { } differing || theirs[differing].Length < 3 || ours[differing].Length < 3)
        {
            return null;
        }
        var (from, to) = (theirs[differing], ours[differing]);
        return ours.Contains(from) || theirs.Contains(to) || from.StartsWith(to, StringComparison.Ordinal) || to.StartsWith(from, StringComparison.Ordinal)
            || Words(parameter).Contains(from) || (ours.Count == 1 && LooksPlural(from) != LooksPlural(to))
            ? null
            : (from, to);
    }

    /// <summary>The text with the classes named with the differing word renamed (<see cref="RenamedClasses"/>), its singular tried for plural words; a
    /// class the draft's own docstring names is one even where the workspace does not define it.</summary>
    private static string? Renamed(string text, string from, string to, string draftSymbol, Func<string, bool> isClass, Func<string, string?> ownSpelling)
    {
        bool IsClass(string name) => isClass(name) || ownSpelling(name) == name;
        var classes = RenamedClasses(text, from, to, draftSymbol, IsClass);
        if (classes is null && from.Length > 3 && to.Length > 3 && from[^1] == 's' && to[^1] == 's')
        {
            classes = RenamedClasses(text, from[..^1], to[..^1], draftSymbol, IsClass);
        }
        return classes;
    }

    /// <summary>
    /// Where the names differ in as many words, two or more (after the words both begin and end with), the
    /// description with the source's differing words, written together ("fill mask", "fill-mask" in
    /// <c>fill_mask</c>'s "The model to use for the fill mask task."), read as the draft's written the same way
    /// ("feature extraction"): a sibling API's template sentence naming its own task. Null when the description does
    /// not write them together, the names share a differing word or the parameter's own name has one, between a class
    /// and a function, and between names of different lengths (<c>parse_color_value</c>'s "color value" is no
    /// <c>parse_hsl</c>'s "hsl").
    /// </summary>
    internal static (string Text, string From, string To)? NamePhrase(string description, string parameter, string sourceSymbol, string draftSymbol)
    {
        if (IsClassName(sourceSymbol) != IsClassName(draftSymbol))
        {
            return null;
        }
        var theirs = Resemblance.OrderedNameWords(sourceSymbol);
        var ours = Resemblance.OrderedNameWords(draftSymbol);
        var head = 0;
        while (head < theirs.Count && head < ours.Count && theirs[head] == ours[head])
        {
            head++;
        }
        var tail = 0;
        while (tail < theirs.Count - head && tail < ours.Count - head && theirs[^(tail + 1)] == ours[^(tail + 1)])
        {
            tail++;
        }
        var from = theirs.GetRange(head, theirs.Count - head - tail);
        var to = ours.GetRange(head, ours.Count - head - tail);
        if (from.Count < 2 || to.Count != from.Count || from.Exists(ours.Contains) || to.Exists(theirs.Contains) || from.Exists(Words(parameter).Contains))
        {
            return null;
        }
        foreach (var separator in (ReadOnlySpan<char>)[' ', '-'])
        {
            var (phrase, replacement) = (string.Join(separator, from), string.Join(separator, to));
            if (ReplacedPhrase(description, phrase, replacement) is { } text)
            {
                return (text, phrase, replacement);
            }
        }
        return null;
    }

    /// <summary>The text with each whole-word occurrence of the phrase (any case) replaced, a capital kept; null when there is none.</summary>
    private static string? ReplacedPhrase(string text, string phrase, string replacement)
    {
        StringBuilder? builder = null;
        var copied = 0;
        for (var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(phrase, at + phrase.Length, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + phrase.Length;
            if ((at > 0 && IsWordCharacter(text[at - 1])) || (end < text.Length && IsWordCharacter(text[end])))
            {
                continue;
            }
            builder ??= new StringBuilder(text.Length + replacement.Length);
            builder.Append(text, copied, at - copied).Append(char.IsUpper(text[at]) ? char.ToUpperInvariant(replacement[0]) : replacement[0]).Append(replacement, 1, replacement.Length - 1);
            copied = end;
        }
        return builder?.Append(text, copied, text.Length - copied).ToString();
    }

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>
    /// The description with each class name that has <paramref name="from"/> as one of its capitalised parts
    /// (<c>LlamaModel</c>, <c>TFLlamaModel</c>) given <paramref name="to"/> in its place, written as the draft's own
    /// name writes it, where the repository defines a class of the new name; null when no name is changed. The module
    /// path a renamed class is written under names the word too where one of its parts is the word: trl's CPOTrainer
    /// links "[`experimental.cpo.CPOConfig`]", so BCOTrainer's reads "[`experimental.bco.BCOConfig`]".
    /// </summary>
    private static string? RenamedClasses(string description, string from, string to, string draftSymbol, Func<string, bool> isClass)
    {
        var cased = CapitalisedParts(EvidenceSearch.CounterpartKey(draftSymbol)).FirstOrDefault(part => part.Equals(to, StringComparison.OrdinalIgnoreCase))
            ?? char.ToUpperInvariant(to[0]) + to[1..];
        var renamed = EachWord(description, skipPathParts: false, word =>
        {
            var parts = char.IsUpper(word[0]) ? CapitalisedParts(word) : [];
            var at = parts.FindIndex(part => part.Equals(from, StringComparison.OrdinalIgnoreCase));
            return parts.Count > 1 && at >= 0 && string.Concat(parts.Take(at).Append(cased).Concat(parts.Skip(at + 1))) is var name && isClass(name) ? name : null;
        });
        var (fromPart, toPart) = (from.ToLowerInvariant(), to.ToLowerInvariant());
        // Only a class the reading renamed: a path and name the description already wrote stay as they are.
        return renamed is null ? null : ModulePathOfRenamedClass().Replace(renamed, match =>
            !description.Contains(match.Value, StringComparison.Ordinal) && match.Groups["path"].Value.Split('.') is var parts && parts.Contains(fromPart)
                ? $"{string.Join('.', parts.Select(part => part == fromPart ? toPart : part))}.{match.Groups["name"].Value}"
                : match.Value);
    }

    /// <summary>A dotted module path and the class name after it (<c>experimental.cpo.CPOConfig</c>).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<path>[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*)\.(?<name>[A-Z]\w*)", System.Text.RegularExpressions.RegexOptions.None, 1000)]
    private static partial System.Text.RegularExpressions.Regex ModulePathOfRenamedClass();

    /// <summary>A class name's parts, each starting at a capital that follows a small letter or a digit or that ends
    /// an acronym: "TFLlamaModel" is TF, Llama, Model; "GPT2Model" is GPT2, Model. Nothing for a name with underscores.</summary>
    private static List<string> CapitalisedParts(string name)
    {
        var parts = new List<string>();
        if (name.Contains('_'))
        {
            return parts;
        }
        var start = 0;
        for (var i = 1; i < name.Length; i++)
        {
            var startsPart = char.IsUpper(name[i]) && (!char.IsUpper(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (startsPart)
            {
                parts.Add(name[start..i]);
                start = i;
            }
        }
        parts.Add(name[start..]);
        return parts;
    }

    /// <summary>A word's regular past, gerund and third-person or plural forms ("deleted", "deleting", "deletes";
    /// "processes" after a sibilant), in that order.</summary>
    private static string[] Inflections(string verb) => verb[^1] == 'e'
        ? [verb + "d", verb[..^1] + "ing", verb + "s"]
        : [verb + "ed", verb + "ing", verb + (verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith("sh", StringComparison.Ordinal) ? "es" : "s")];

    /// <summary>The one position where two word lists of the same length differ; null when they differ in length, nowhere or in more places.</summary>
    internal static int? OnlyDifference(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count != b.Count)
        {
            return null;
        }
        int? differing = null;
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i] != b[i])
            {
                if (differing is not null)
                {
                    return null;
                }
                differing = i;
            }
        }
        return differing;
    }

    private static string[] Words(string name) => name.TrimStart('*').ToLowerInvariant().Split('_', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The lower-case words of a text, split at every character that is not a letter or digit.</summary>
    public static IEnumerable<string> ProseWords(string text) => ProseWordsAsWritten(text).Select(static w => w.ToLowerInvariant());

    /// <summary>The words of a text as it writes them, split at every character that is not a letter or digit.</summary>
    public static IEnumerable<string> ProseWordsAsWritten(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                start = start < 0 ? i : start;
            }
            else if (start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    /// <summary>
    /// The description with each word <paramref name="from"/> replaced by <paramref name="to"/> and, when the
    /// description also names <paramref name="to"/>, each <paramref name="to"/> by <paramref name="from"/>; when not
    /// whole-word only, each plain word that begins with <paramref name="from"/> instead, keeping its ending where the
    /// repository writes <paramref name="to"/> with it. Capitalised as the word was; null when no word
    /// <paramref name="from"/> was replaced.
    /// </summary>
    /// <param name="ownSpelling">How the draft's own docstring writes the word (<see cref="ForDefinition"/>); null: in the replaced word's case.</param>
    private static string? Swapped(string description, string from, string to, bool wholeWordOnly, Func<string, bool> isWord, Func<string, string?>? ownSpelling = null)
    {
        var trade = wholeWordOnly && ProseWords(description).Contains(to);
        // Only a sentence that uses the word it is read for is adapted; the other word alone says nothing of it.
        var replaced = false;
        // A file's or module's name in a path ("unix:///var/run/docker.sock") names a thing, not the role the word plays.
        var text = EachWord(description, skipPathParts: true, word =>
        {
            string? replacement = null;
            if (wholeWordOnly)
            {
                replacement = word.Equals(from, StringComparison.OrdinalIgnoreCase) ? to
                    : trade && word.Equals(to, StringComparison.OrdinalIgnoreCase) ? from
                    : RenamedIdentifier(word, from, to) is { } identifier && isWord(identifier) ? identifier
                    : null;
            }
            else if (word.Length > from.Length && word.StartsWith(from, StringComparison.OrdinalIgnoreCase) && IsPlainWord(word))
            {
                var ending = word[from.Length..].ToLowerInvariant();
                replacement = isWord(to + ending) ? to + ending : to;
            }
            if (replacement is null)
            {
                return null;
            }
            replaced |= replacement != from;
            return Cased(word, replacement, ownSpelling);
        });
        return replaced ? text : null;
    }

    /// <summary>
    /// A snake_case identifier with the word as one of its parts, that part replaced (peft's <c>'boft_only'</c> for
    /// VeraConfig is <c>'vera_only'</c>); null for a plain word or one without it.
    /// </summary>
    private static string? RenamedIdentifier(string word, string from, string to)
    {
        if (!word.Contains('_'))
        {
            return null;
        }
        var parts = word.Split('_');
        var at = Array.FindIndex(parts, part => part.Equals(from, StringComparison.OrdinalIgnoreCase));
        if (at < 0)
        {
            return null;
        }
        parts[at] = to;
        return string.Join('_', parts);
    }

    /// <summary>
    /// The replacement written as the replaced word is: capitalised, or in capitals (a model's name, "ALBERT"), as the
    /// draft's own docstring writes it where it does ("RoBERTa"); a word in lower case stays so (an identifier's
    /// spelling, "roberta" as a model type).
    /// </summary>
    private static string Cased(string word, string replacement, Func<string, string?>? ownSpelling)
    {
        if (!char.IsUpper(word[0]))
        {
            return replacement;
        }
        if (ownSpelling?.Invoke(replacement) is { } spelled && !spelled.All(char.IsLower))
        {
            return spelled;
        }
        return word.Length > 1 && word.All(static c => !char.IsLetter(c) || char.IsUpper(c))
            ? replacement.ToUpperInvariant()
            : char.ToUpperInvariant(replacement[0]) + replacement[1..];
    }

    /// <summary>The text with each word (a run of letters, digits and underscores) that <paramref name="replace"/>
    /// gives a replacement for replaced by it; null when none is.</summary>
    /// <param name="skipPathParts">Leave alone a word of a path (<see cref="InPath"/>).</param>
    private static string? EachWord(string text, bool skipPathParts, Func<string, string?> replace)
    {
        var builder = new System.Text.StringBuilder(text.Length + 16);
        var replaced = false;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                builder.Append(text[i++]);
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
            {
                i++;
            }
            var word = text[start..i];
            var replacement = skipPathParts && InPath(text, start, i) ? null : replace(word);
            if (replacement is not null)
            {
                ArticleFor(builder, replacement);
            }
            builder.Append(replacement ?? word);
            replaced |= replacement is not null;
        }
        return replaced ? builder.ToString() : null;
    }

    /// <summary>
    /// The indefinite article the text ends with ("a ", "An "), made the one the word that now follows takes: werkzeug's
    /// "Use a reloader process" read for <c>use_evalex</c> is "Use an evalex process", samtranslator's "connected to a
    /// layer" read for an alias "… to an alias".
    /// </summary>
    private static void ArticleFor(System.Text.StringBuilder text, string word)
    {
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        var article = end >= 2 && text[end - 1] is 'n' && text[end - 2] is 'a' or 'A' ? 2
            : end >= 1 && text[end - 1] is 'a' or 'A' ? 1
            : 0;
        var start = end - article;
        if (end == text.Length || article == 0 || (start > 0 && char.IsLetterOrDigit(text[start - 1])) || StartsWithVowelSound(word) is not { } vowel)
        {
            return;
        }
        // The whitespace after it stays as it was (a line break in a wrapped description).
        var written = (char.IsUpper(text[start]) ? "A" : "a") + (vowel ? "n" : "");
        text.Remove(start, article).Insert(start, written);
    }

    /// <summary>Whether a word is said beginning with a vowel ("evalex", "hour", "HTTP" as "aitch"), by its spelling; null for a number.</summary>
    private static bool? StartsWithVowelSound(string word)
    {
        if (!char.IsLetter(word[0]))
        {
            return null;
        }
        // An acronym is said letter by letter: "an HTTP", "a URL".
        if (word.Length > 1 && word.All(static c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return "AEFHILMNORSX".Contains(word[0]);
        }
        var lower = word.ToLowerInvariant();
        return lower.StartsWith("hour", StringComparison.Ordinal) || lower.StartsWith("honest", StringComparison.Ordinal) || lower.StartsWith("honor", StringComparison.Ordinal)
            || ("aeiou".Contains(lower[0]) && !ConsonantSounding.Any(prefix => lower.StartsWith(prefix, StringComparison.Ordinal)));
    }

    /// <summary>Beginnings written with a vowel and said with a consonant: "a unique", "a user", "a one-off", "a European".</summary>
    private static readonly string[] ConsonantSounding = ["uni", "use", "usa", "usu", "uti", "ure", "uri", "one", "once", "eu", "ubi"];

    /// <summary>Whether the word at [start, end) is a part of a path: a slash before it, or after it ("var/run/docker.sock"; an attribute's "Process.stderr" is no path).</summary>
    private static bool InPath(string text, int start, int end)
    {
        var stemEnd = end;
        while (stemEnd + 1 < text.Length && text[stemEnd] == '.' && char.IsLetterOrDigit(text[stemEnd + 1]))
        {
            stemEnd++;
            while (stemEnd < text.Length && IsWordCharacter(text[stemEnd]))
            {
                stemEnd++;
            }
        }
        return (start > 0 && text[start - 1] == '/') || (stemEnd < text.Length && text[stemEnd] == '/');
    }

    /// <summary>Letters only, capitalised at most at the start: a word of prose ("Destination"), not a class name ("ResultItems").</summary>
    private static bool IsPlainWord(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (!char.IsLetter(word[i]) || (i > 0 && char.IsUpper(word[i])))
            {
                return false;
            }
        }
        return true;
    }
}
