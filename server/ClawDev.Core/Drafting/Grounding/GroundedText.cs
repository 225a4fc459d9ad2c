using System.Text.RegularExpressions;

namespace ClawDev.Core.Drafting.Grounding;

/// <summary>Which documentation text may be copied into a draft, and in what form.</summary>
internal static partial class GroundedText
{
    private const string DefaultWord = "default";

    private const string WillDefault = "will default ";

    /// <summary>
    /// The description as a draft may reuse it: trimmed, up to any doctest or field line (text a sloppy docstring
    /// let run on), without a closing "Defaults to ..." or "Will default to ..." sentence or "(default ...)" remark (the draft states its
    /// own default) unless <paramref name="keepDefault"/>. Null for nothing worth copying: empty text, a
    /// placeholder, or text holding triple quotes (it could not go into a docstring).
    /// </summary>
    /// <param name="retired">Text that retires its parameter is what is wanted (<see cref="SaysRetired"/>), and other text is not.</param>
    public static string? Clean(string description, bool keepDefault = false, bool retired = false)
    {
        var text = WithoutTypePrefix(description[..ProseEnd(description)].Trim());
        if (text.Length == 0 || Placeholder.IsPlaceholder(text) || text.Contains("\"\"\"", StringComparison.Ordinal) || text.Contains("'''", StringComparison.Ordinal)
            || SaysRetired(text) != retired)
        {
            return null;
        }
        if (keepDefault)
        {
            return text;
        }
        var lastSentence = LastSentenceStart(text);
        var closing = text.AsSpan(lastSentence).TrimStart();
        if (closing.StartsWith(DefaultWord, StringComparison.OrdinalIgnoreCase) || closing.StartsWith(WillDefault, StringComparison.OrdinalIgnoreCase))
        {
            text = text[..lastSentence].TrimEnd();
        }
        var remark = text.LastIndexOf('(');
        if (text.EndsWith(')') && remark >= 0 && text.AsSpan(remark + 1).StartsWith(DefaultWord, StringComparison.OrdinalIgnoreCase))
        {
            text = text[..remark].TrimEnd();
        }
        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// The text after a type written where the description starts (<c>device: (`torch.device`):</c> followed by the
    /// description: the colon came before the type); the text itself otherwise.
    /// </summary>
    private static string WithoutTypePrefix(string text)
    {
        var firstLine = text.IndexOf('\n') is var newline and >= 0 ? newline : text.Length;
        var close = text.IndexOf("):", 0, firstLine, StringComparison.Ordinal);
        return text.StartsWith('(') && close > 0 ? text[(close + 2)..].Trim() : text;
    }

    /// <summary>
    /// Text that retires the parameter it documents ("Deprecated and unused.", "Not used."): true of that function, and
    /// a draft for another function's parameter of the same name would say the opposite of what its code does.
    /// </summary>
    private static bool SaysRetired(string text) =>
        text.StartsWith("deprecated", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("unused", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("not used", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("ignored", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// <see cref="Clean"/> for text read from a docstring: a non-raw literal's escapes are read as Python reads them
    /// (<c>\\</c>, <c>\'</c>, <c>\"</c>), and text with any other escape (<c>\n</c> is a line break to Python, not
    /// what the source shows) is not reused: copied as written it would change meaning or the literal around it.
    /// </summary>
    public static string? Reusable(string written, bool raw, bool keepDefault = false, bool retired = false) =>
        raw || !written.Contains('\\') ? Clean(written, keepDefault, retired)
        : Unescaped(written) is { } value ? Clean(value, keepDefault, retired)
        : null;

    /// <summary>Whether a docstring's literal is raw: its text is its value.</summary>
    public static bool IsRaw(Python.Docstring docstring) => docstring.Prefix.AsSpan().ContainsAny('r', 'R');

    /// <summary>The value of a non-raw literal's text when its only escapes are quotes and backslashes; else null.</summary>
    private static string? Unescaped(string written)
    {
        var value = new System.Text.StringBuilder(written.Length);
        for (var i = 0; i < written.Length; i++)
        {
            if (written[i] != '\\')
            {
                value.Append(written[i]);
                continue;
            }
            if (i + 1 >= written.Length || written[i + 1] is not ('\\' or '\'' or '"'))
            {
                return null;
            }
            value.Append(written[++i]);
        }
        return value.ToString();
    }

    /// <summary>
    /// A reused description for a parameter whose default is <paramref name="defaultValue"/> (null: required):
    /// a default it states in words ("Defaults to the current user's namespace.") stays, since it says what the
    /// value means, and so does any for a <c>None</c> default, which usually stands for the value the text states
    /// (<c>description=None</c>, then <c>"Discussion opened with …"</c>); one that states another value, words for a
    /// parameter whose default is a value (accelerate's "Will default to `self.device_placement`." of
    /// <c>prepare_model</c>'s None, for the <c>Accelerator</c>'s <c>device_placement=True</c>), or any default for a
    /// required parameter, goes.
    /// </summary>
    public static string ForDefault(string description, string? defaultValue)
    {
        var (start, end) = Docstrings.DefaultPhrase.Find(description, 0, description.Length, willDefault: true);
        if (start < 0)
        {
            return description;
        }
        var stated = Normal(description[start..end]);
        var keep = defaultValue is not null && (SameValue(stated, Normal(defaultValue)) || StandsForUnset(defaultValue) || (!IsLiteral(stated) && !IsLiteral(Normal(defaultValue))));
        return keep ? description : Clean(description) ?? description;
    }

    /// <summary>
    /// None, an empty string or container, or a tuple of Nones: a default that stands for "not given", whose meaning
    /// the text may state (docker's <c>user=''</c>, "Default: root"; trl's <c>optimizers=(None, None)</c>, "Will
    /// default to an instance of `AdamW` …").
    /// </summary>
    private static bool StandsForUnset(string defaultValue) =>
        defaultValue is "None" or "''" or "\"\""
        || (defaultValue.Length >= 2 && defaultValue[0] is '(' or '[' or '{' && defaultValue[^1] is ')' or ']' or '}'
            && defaultValue[1..^1].Split(',').All(static item => item.Trim() is "" or "None"));

    /// <summary>Whether a description already says its default ("Defaults to None.", "(default: 5)").</summary>
    public static bool StatesDefault(string description) => Docstrings.DefaultPhrase.Find(description, 0, description.Length, willDefault: true).Start >= 0;

    /// <summary>The same value, quoted or not ("Defaults to 5GB." for <c>"5GB"</c>), or the number with its unit ("10 seconds" for 10).</summary>
    private static bool SameValue(string stated, string value) =>
        stated == value || stated.Trim('"') == value.Trim('"') || (value.Length > 0 && char.IsAsciiDigit(value[^1]) && stated.StartsWith(value + " ", StringComparison.Ordinal) && char.IsLetter(stated[value.Length + 1]));

    private static string Normal(string value) => value.Replace("`", "", StringComparison.Ordinal).Replace('\'', '"').Trim().TrimEnd('.');

    /// <summary>A number, a string, True/False/None, or a bracketed literal: a value, not words about one.</summary>
    private static bool IsLiteral(string value) =>
        value.Length > 0 && (char.IsAsciiDigit(value[0]) || value[0] is '"' or '-' or '+' or '.' or '[' or '(' or '{' || value is "True" or "False" or "None");

    /// <summary>Where the first line starting with "&gt;&gt;&gt;" or a field marker (":param x:") begins, or the end.</summary>
    private static int ProseEnd(string description)
    {
        var lineStart = 0;
        while (lineStart < description.Length)
        {
            var line = description.AsSpan(lineStart);
            var lineBreak = line.IndexOf('\n');
            var content = (lineBreak < 0 ? line : line[..lineBreak]).TrimStart();
            if (content.StartsWith(">>>", StringComparison.Ordinal) || IsFieldMarker(content) || StarredEntry().IsMatch(content))
            {
                return lineStart;
            }
            if (lineBreak < 0)
            {
                break;
            }
            lineStart += lineBreak + 1;
        }
        return description.Length;
    }

    /// <summary>A Google entry for starred names ("*args, **kwargs:", "**kwargs (`dict`):"), which no parser reads as
    /// one, so the entry above runs on into it.</summary>
    [GeneratedRegex(@"^\*{1,2}\w+(\s*,\s*\*{0,2}\w+)*\s*(\([^)]*\))?\s*:")]
    private static partial Regex StarredEntry();

    /// <summary>
    /// Whether a line starts a field (":param x:", ":returns:"), not a cross-reference that a wrapped sentence goes on
    /// with (":class:`MinHeap` or implement…", ":py:func:`f`"): a role's name runs straight into its backquote.
    /// </summary>
    private static bool IsFieldMarker(ReadOnlySpan<char> content)
    {
        if (content.Length <= 2 || content[0] != ':' || !char.IsAsciiLetter(content[1]) || !content[1..].Contains(':'))
        {
            return false;
        }
        var nameEnd = 1;
        while (nameEnd < content.Length && (char.IsAsciiLetterOrDigit(content[nameEnd]) || content[nameEnd] is ':' or '_' or '-' or '.'))
        {
            nameEnd++;
        }
        return nameEnd == content.Length || content[nameEnd] != '`';
    }

    /// <summary>Where the last sentence starts: after the last ". ", "! ", "? " (or line break) before the final character.</summary>
    private static int LastSentenceStart(string text)
    {
        for (var i = text.Length - 2; i > 0; i--)
        {
            if (char.IsWhiteSpace(text[i]) && text[i - 1] is '.' or '!' or '?')
            {
                return i + 1;
            }
        }
        return 0;
    }
}
