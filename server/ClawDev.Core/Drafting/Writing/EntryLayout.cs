using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting.Signature;
using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting.Writing;

/// <summary>Where a Google-family entry states its default.</summary>
internal enum DefaultPlacement
{
    /// <summary>In the head: "x (`int`, *optional*, defaults to 3):".</summary>
    Head,

    /// <summary>As the description's last sentence: "Defaults to 3.".</summary>
    Description,

    /// <summary>Not at all (the neighbours of parameters with a default do not say it).</summary>
    None,
}

/// <summary>Where a Sphinx entry writes its type.</summary>
internal enum SphinxTypePlacement
{
    /// <summary>A ":type x: int" field after the ":param x:" field.</summary>
    FieldAfter,

    /// <summary>A ":type x: int" field before the ":param x:" field (as botocore writes them).</summary>
    FieldBefore,

    /// <summary>In the ":param int x:" field itself.</summary>
    InParameterField,
}

/// <summary>
/// How a Google-family entry is laid out: Google writes "x (int, optional): Text. Defaults to 3." on one line,
/// Hugging Face "x (`int`, *optional*, defaults to 3):" with the text below. A docstring's own entries decide
/// for the entries added to it (<see cref="Measure"/>), so a one-line Google list gets one-line entries.
/// </summary>
/// <param name="OptionalMarker">How "optional" is written ("optional", "*optional*", "`optional`"), or "" for not at all.</param>
/// <param name="StatesNone">Whether a default of None is stated where <paramref name="Default"/> says: entries often
/// leave it to "optional", or say what None means, and state only real values literally (huggingface_hub's
/// "Defaults to `False`." beside "Defaults to the locally saved token."). A measured list states it only where a
/// neighbour does: "Defaults to None." under entries that never show one is noise they do not write.</param>
/// <param name="SphinxTypes">Where a Sphinx entry writes its type; other families ignore it.</param>
/// <param name="ValuesAsCode">Whether the neighbours write a stated default that is not a number in backticks
/// (huggingface_hub's "Defaults to `False`."), or bare; null when none states one.</param>
/// <param name="TypeRole">The role the neighbours write their types' names in, where most typed entries write every
/// name so (":obj:" in transformers' older docstrings: ":obj:`int`"); null where they write code or plain names.</param>
/// <param name="Typed">Whether the neighbours write types: those of parameters whose signature gives one (an annotation,
/// a literal default), where there are any.</param>
/// <param name="TypedWithoutSignatureType">Whether the neighbours whose parameters' signature gives no type write one;
/// null where there are none. A list may type one kind and not the other: sortedcontainers writes ":param int index:"
/// for <c>index=-1</c> and a bare ":param value:", s3transfer types its unannotated parameters and leaves
/// <c>override=False</c> bare.</param>
/// <param name="TightTypeColon">Whether the neighbours write a NumPy entry's colon against its name ("value: int", as
/// pyasn1 does), where numpydoc puts a space before it ("value : int"); only entries whose type follows a colon tell.</param>
/// <param name="ParenthesizedDefault">Whether the neighbours stating a default in the head put it in brackets after
/// the type ("str, None (default='params.pt')", as skorch does), where numpydoc writes ", default=...".</param>
/// <param name="StringQuote">The quote most of the neighbours' stated string defaults open with; null where none states one.</param>
internal sealed record EntryLayout(
    bool DescriptionBelow,
    bool Typed,
    bool Backticks,
    string OptionalMarker,
    DefaultPlacement Default,
    bool StatesNone = true,
    SphinxTypePlacement SphinxTypes = SphinxTypePlacement.FieldAfter,
    bool? ValuesAsCode = null,
    string? TypeRole = null,
    bool? TypedWithoutSignatureType = null,
    bool TightTypeColon = false,
    bool ParenthesizedDefault = false,
    char? StringQuote = null)
{
    /// <summary>A string default in the quotes the neighbours write theirs in (skorch's 'params.pt' beside a signature's
    /// "optimizer.pt"); any other value, or a string holding a quote or an escape, as it is.</summary>
    public string InNeighboursQuotes(string value) =>
        StringQuote is { } quote && value.Length >= 2 && value[0] is '\'' or '"' && value[^1] == value[0] && value[0] != quote
        && value.AsSpan(1, value.Length - 2).IndexOfAny('\'', '"', '\\') < 0
            ? $"{quote}{value[1..^1]}{quote}"
            : value;

    public static readonly EntryLayout Google = new(false, true, false, "optional", DefaultPlacement.Description);

    public static readonly EntryLayout HuggingFace = new(true, true, true, "*optional*", DefaultPlacement.Head);

    /// <summary>Sphinx fields': ":param x: Text. Defaults to 3." (the type in its own ":type" field).</summary>
    public static readonly EntryLayout Sphinx = new(false, true, false, "", DefaultPlacement.Description);

    /// <summary>numpydoc's: "x : int, default=3" and "x : int, optional" for None, the description below.</summary>
    public static readonly EntryLayout NumPy = new(true, true, false, "optional", DefaultPlacement.Head);

    /// <summary>
    /// What most of a list's named entries do, trait by trait; a trait none of them shows (no entry states a
    /// default) follows their family (Google for one-line entries, Hugging Face for descriptions below the head),
    /// or <paramref name="preset"/> when no entry has a description. Null when the list has no entries.
    /// </summary>
    /// <param name="typingOf">What the signature says of an entry's parameter, or null where it has none of that name:
    /// an entry of one with a default that states none, even without an "optional" marker, is silent about it; an
    /// entry of one whose type the signature does not give says whether the list types such parameters too.</param>
    public static EntryLayout? Measure(string text, IReadOnlyList<DocEntry> entries, EntryLayout preset, Func<DocEntry, ParameterTyping?> typingOf)
    {
        if (entries.Count == 0)
        {
            return null;
        }
        int described = 0, below = 0, typed = 0, typesInNotation = 0, backticked = 0, starred = 0, quoted = 0, optional = 0, unmarked = 0, inHead = 0, inDescription = 0, silent = 0;
        var roles = new Dictionary<string, int>(StringComparer.Ordinal);
        int noneStated = 0, noneSilent = 0, typeInField = 0, typeBefore = 0, typeAfter = 0, codeValues = 0, bareValues = 0;
        // Entries of parameters whose signature gives a type (an annotation, a literal default) and of those whose
        // signature gives none, and how many of each write one; an entry naming no parameter of the signature is neither.
        int given = 0, typedGiven = 0, notGiven = 0, typedNotGiven = 0, tightColons = 0, spacedColons = 0;
        int parenthesized = 0, singleQuoted = 0, doubleQuoted = 0;
        foreach (var entry in entries)
        {
            var typing = typingOf(entry);
            if (typing is { Type: not null })
            {
                given++;
                typedGiven += entry.Type is null ? 0 : 1;
            }
            else if (typing is not null)
            {
                notGiven++;
                typedNotGiven += entry.Type is null ? 0 : 1;
            }
            // A Sphinx entry's head is its ":param" line, wherever its ":type" field stands.
            var parameterField = entry.Fields.FirstOrDefault(static f => f.Kind is SphinxFieldKind.Parameter or SphinxFieldKind.Keyword);
            var headEnd = LineEnd(text, parameterField?.Span.Start ?? entry.Span.Start);
            if (entry.DescriptionSpan.Length > 0)
            {
                described++;
                below += entry.DescriptionSpan.Start > headEnd ? 1 : 0;
            }
            if (entry.Type is { } type)
            {
                typed++;
                // What a starred entry writes where a type stands is most often words, "**kwargs (additional keyword
                // arguments, *optional*)": no notation for types (accelerate's WandBTracker writes run_name (`str`)).
                var starredEntry = entry.Name is ['*', ..];
                typesInNotation += starredEntry ? 0 : 1;
                backticked += !starredEntry && TypeNotation.HasCodeBackticks(type) ? 1 : 0;
                if (TypeNotation.RoleOf(type) is { } typeRole)
                {
                    roles[typeRole] = roles.GetValueOrDefault(typeRole) + 1;
                }
                if (ColonBefore(text, entry.TypeSpan) is { } spaced)
                {
                    spacedColons += spaced ? 1 : 0;
                    tightColons += spaced ? 0 : 1;
                }
                if (parameterField is not null && entry.TypeSpan is { } typeSpan)
                {
                    typeInField += parameterField.Span.Contains(typeSpan.Start) ? 1 : 0;
                    typeBefore += typeSpan.Start < parameterField.Span.Start ? 1 : 0;
                    typeAfter += typeSpan.Start >= parameterField.Span.End ? 1 : 0;
                }
            }
            var declared = typing?.Default;
            var defaulted = declared is not null;
            if (declared == "None")
            {
                // "Defaults to the locally saved token." says what None means: a literal "Defaults to None." is not
                // what such neighbours write.
                var statesNone = entry.DefaultSpan is { } stated && text.AsSpan(stated.Start, stated.Length).Trim("`'\" .").SequenceEqual("None");
                noneStated += statesNone ? 1 : 0;
                noneSilent += statesNone ? 0 : 1;
            }
            if (entry.OptionalSpan is { } marker)
            {
                optional++;
                starred += text[marker.Start] == '*' ? 1 : 0;
                quoted += text[marker.Start] == '`' ? 1 : 0;
            }
            else if (defaulted)
            {
                unmarked++;
            }
            if (entry.DefaultSpan is { } value)
            {
                if (IsLiteralWord(text.AsSpan(value.Start, value.Length)))
                {
                    codeValues += text[value.Start] == '`' ? 1 : 0;
                    bareValues += text[value.Start] == '`' ? 0 : 1;
                }
                var opening = text.AsSpan(value.Start, value.Length).TrimStart('`');
                singleQuoted += opening.StartsWith("'") ? 1 : 0;
                doubleQuoted += opening.StartsWith("\"") ? 1 : 0;
                if (value.Start < headEnd && (entry.DescriptionSpan.Length == 0 || value.Start < entry.DescriptionSpan.Start))
                {
                    inHead++;
                    parenthesized += InBrackets(text, value.Start) ? 1 : 0;
                }
                else
                {
                    inDescription++;
                }
            }
            else if (entry.OptionalSpan is not null && declared == "None")
            {
                // "x (`int`, *optional*):" for x=None: the marker is how the entry states that default (Hugging Face,
                // numpydoc), which says nothing of where other defaults go.
            }
            else if (entry.OptionalSpan is not null || defaulted)
            {
                silent++;
            }
        }
        // Traits the entries do not show follow the family their layout belongs to: one-line entries are Google's,
        // entries with the description below are Hugging Face's, but in a Google repository (the preset says so) they
        // keep Google's (optuna's "study:" over its description, and no "*optional*" anywhere).
        var descriptionBelow = described == 0 ? preset.DescriptionBelow : 2 * below > described;
        preset = described == 0 ? preset : !descriptionBelow ? Google : preset == Google ? Google : HuggingFace;
        var placement = inHead + inDescription + silent == 0 ? preset.Default
            : inHead >= inDescription && inHead >= silent ? DefaultPlacement.Head
            : inDescription >= silent ? DefaultPlacement.Description
            : DefaultPlacement.None;
        // Whether the entries write the type the signature gives, and, apart, whether they write one where it gives
        // none: sortedcontainers types `index=-1` (":param int index:") and leaves `value` bare.
        return new EntryLayout(
            descriptionBelow,
            given > 0 ? 2 * typedGiven >= given : 2 * typed >= entries.Count,
            typesInNotation == 0 ? preset.Backticks : 2 * backticked >= typesInNotation,
            optional == 0 ? (unmarked > 0 ? "" : preset.OptionalMarker) : unmarked > optional ? "" : MostWritten(starred, quoted, optional - starred - quoted),
            placement,
            noneStated > 0 && noneStated >= noneSilent,
            typeInField > typeBefore && typeInField > typeAfter ? SphinxTypePlacement.InParameterField
                : typeBefore > typeAfter ? SphinxTypePlacement.FieldBefore
                : SphinxTypePlacement.FieldAfter,
            codeValues + bareValues == 0 ? null : codeValues > bareValues,
            roles.Count > 0 && roles.MaxBy(static r => r.Value) is var (role, roled) && 2 * roled >= typed ? role : null,
            notGiven > 0 ? 2 * typedNotGiven >= notGiven : null,
            tightColons > spacedColons,
            2 * parenthesized > inHead,
            singleQuoted + doubleQuoted == 0 ? null : singleQuoted > doubleQuoted ? '\'' : '"');
    }

    /// <summary>Whether the "default" keyword before a value opens a bracket group: "(default=3)", "(default: 3)".</summary>
    private static bool InBrackets(string text, int valueStart)
    {
        const string keyword = "default";
        var i = valueStart - 1;
        while (i >= 0 && text[i] is ' ' or '=' or ':')
        {
            i--;
        }
        var keywordStart = i - keyword.Length + 1;
        if (keywordStart < 0 || !text.AsSpan(keywordStart, keyword.Length).Equals(keyword, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        i = keywordStart - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }
        return i >= 0 && text[i] == '(';
    }

    /// <summary>For a type that follows a colon on its head line ("name : type", "name: type"): whether white space
    /// stands before that colon; null for a type written otherwise (in parentheses, in a field).</summary>
    private static bool? ColonBefore(string text, TextSpan? typeSpan)
    {
        if (typeSpan is not { } span)
        {
            return null;
        }
        var at = span.Start - 1;
        while (at >= 0 && text[at] is ' ' or '\t')
        {
            at--;
        }
        return at >= 1 && text[at] == ':' && text[at - 1] is not ('\n' or ':') ? text[at - 1] is ' ' or '\t' : null;
    }

    /// <summary>A stated default that is one literal and not a number ("`False`", "None", "'utf-8'"): its notation
    /// is a habit; prose ("the locally saved token") and numbers (bare in most heads) say nothing of it.</summary>
    private static bool IsLiteralWord(ReadOnlySpan<char> value)
    {
        var bare = value.Trim().Trim('`').TrimEnd('.');
        var unsigned = bare.TrimStart("+-.");
        return bare.Length > 0 && !bare.ContainsAny(' ', '\n') && (unsigned.IsEmpty || !char.IsAsciiDigit(unsigned[0]));
    }

    /// <summary>The way most marked entries write "optional": in stars (Hugging Face's), in backticks
    /// (huggingface_hub's <c>InferenceClient</c>), or plain; stars on a tie, as the preset family writes it.</summary>
    private static string MostWritten(int starred, int quoted, int plain) =>
        starred >= quoted && starred >= plain ? "*optional*" : quoted > plain ? "`optional`" : "optional";

    private static int LineEnd(string text, int offset)
    {
        var lineBreak = text.IndexOfAny(['\r', '\n'], offset);
        return lineBreak < 0 ? text.Length : lineBreak;
    }
}
