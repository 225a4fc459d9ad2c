namespace ClawDev.Core.Drafting.Signature;

/// <summary>
/// Reads annotation texts as a docstring needs them: without quotes around forward references, without the
/// "or None" a None default already says, and with the element type of a generator.
/// </summary>
internal static class TypeExpression
{
    private static readonly string[] NoValue = ["None", "NoReturn", "Never"];
    private static readonly string[] YieldingGenerics = ["Generator", "Iterator", "Iterable", "AsyncGenerator", "AsyncIterator", "AsyncIterable"];

    /// <summary>
    /// The annotation as a reader reads it: a forward reference "'Trainer'" is Trainer, and the parentheses that only
    /// let a long annotation span lines (trl's <c>processing_class: (\n A | B | None\n) = None</c>) are dropped;
    /// other annotations are returned as written.
    /// </summary>
    public static string Unwrap(string annotation)
    {
        while (annotation.Length >= 2 && annotation[0] == '(' && ClosingBracket(annotation, 0) == annotation.Length - 1
            && !ContainsTopLevel(annotation[1..^1], ','))
        {
            annotation = annotation[1..^1].Trim();
        }
        if (annotation.Length >= 2 && annotation[0] is '"' or '\'' && annotation[^1] == annotation[0]
            && annotation.AsSpan(1, annotation.Length - 2).IndexOf(annotation[0]) < 0)
        {
            return annotation[1..^1].Trim();
        }
        return annotation;
    }

    /// <summary>"Optional[X]", "Union[X, None]", "X | None" become "X"; the None is said by the default instead.</summary>
    public static string WithoutNone(string type)
    {
        if (TryGeneric(type, out var name, out var arguments))
        {
            if (LastSegment(name) == "Optional" && arguments.Count == 1)
            {
                return arguments[0];
            }
            if (LastSegment(name) == "Union" && arguments.Remove("None") && arguments.Count > 0)
            {
                return arguments.Count == 1 ? arguments[0] : $"{name}[{string.Join(", ", arguments)}]";
            }
            return type;
        }
        var alternatives = SplitTopLevel(type, '|');
        if (alternatives.Count > 1 && alternatives.Remove("None") && alternatives.Count > 0)
        {
            return string.Join(" | ", alternatives);
        }
        return type;
    }

    /// <summary>The alternatives of a union ("Union[A, B]", "Optional[A]" as A and None, "A | B"), as written; the type alone otherwise.</summary>
    public static List<string> Alternatives(string type)
    {
        if (TryGeneric(type, out var name, out var arguments))
        {
            return LastSegment(name) switch
            {
                "Optional" when arguments.Count == 1 => [arguments[0], "None"],
                "Union" when arguments.Count > 0 => arguments,
                _ => [type],
            };
        }
        var alternatives = SplitTopLevel(type, '|');
        return alternatives.Count > 1 ? alternatives : [type];
    }

    /// <summary>"Annotated[T, x, …]" is T to a reader (the rest is for tools); other annotations are returned as written.</summary>
    public static string WithoutAnnotated(string annotation) =>
        TryGeneric(annotation, out var name, out var arguments) && LastSegment(name) == "Annotated" && arguments.Count > 0 ? arguments[0] : annotation;

    /// <summary>The metadata of "Annotated[T, x, y]" (x and y as written); empty for other annotations.</summary>
    public static List<string> AnnotatedMetadata(string annotation) =>
        TryGeneric(annotation, out var name, out var arguments) && LastSegment(name) == "Annotated" && arguments.Count > 1 ? arguments[1..] : [];

    /// <summary>Whether a return annotation says the function gives nothing back ("None", "NoReturn", "typing.Never").</summary>
    public static bool MeansNoValue(string annotation) => Array.IndexOf(NoValue, LastSegment(annotation)) >= 0;

    /// <summary>The yielded type of "Generator[int, None, None]", "Iterator[str]", "AsyncIterator[bytes]", ...; null otherwise.</summary>
    public static string? YieldedType(string annotation) =>
        TryGeneric(annotation, out var name, out var arguments) && Array.IndexOf(YieldingGenerics, LastSegment(name)) >= 0 && arguments.Count > 0
            ? arguments[0]
            : null;

    /// <summary>The return type of "Generator[Y, S, R]" when R is a value, else null.</summary>
    public static string? GeneratorReturnType(string annotation) =>
        TryGeneric(annotation, out var name, out var arguments) && LastSegment(name) == "Generator" && arguments.Count == 3 && !MeansNoValue(arguments[2])
            ? arguments[2]
            : null;

    /// <summary>"typing.Optional" gives "Optional".</summary>
    public static string LastSegment(string dotted)
    {
        var dot = dotted.LastIndexOf('.');
        return dot < 0 ? dotted : dotted[(dot + 1)..];
    }

    /// <summary>"Name[a, b]" split into its name and top-level arguments.</summary>
    private static bool TryGeneric(string type, out string name, out List<string> arguments)
    {
        name = "";
        arguments = [];
        var open = type.IndexOf('[');
        if (open <= 0 || type[^1] != ']' || ClosingBracket(type, open) != type.Length - 1)
        {
            return false;
        }
        name = type[..open].Trim();
        arguments = SplitTopLevel(type[(open + 1)..^1], ',');
        return true;
    }

    private static int ClosingBracket(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '[' or '(' or '{':
                    depth++;
                    break;
                case ']' or ')' or '}':
                    if (--depth == 0)
                    {
                        return i;
                    }
                    break;
            }
        }
        return -1;
    }

    /// <summary>Whether <paramref name="separator"/> occurs outside brackets and quotes.</summary>
    public static bool ContainsTopLevel(string text, char separator) => NextTopLevel(text, 0, separator) < text.Length;

    /// <summary>Splits on <paramref name="separator"/> outside brackets and quotes; parts are trimmed, empty ones dropped.</summary>
    public static List<string> SplitTopLevel(string text, char separator)
    {
        var parts = new List<string>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = NextTopLevel(text, start, separator);
            var part = text[start..end].Trim();
            if (part.Length > 0)
            {
                parts.Add(part);
            }
            start = end + 1;
        }
        return parts;
    }

    /// <summary>The next <paramref name="separator"/> at or after <paramref name="start"/> outside brackets and quotes, or the text's length.</summary>
    private static int NextTopLevel(string text, int start, char separator)
    {
        var depth = 0;
        var quote = '\0';
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c is '[' or '(' or '{')
            {
                depth++;
            }
            else if (c is ']' or ')' or '}')
            {
                depth--;
            }
            else if (c == separator && depth == 0)
            {
                return i;
            }
        }
        return text.Length;
    }
}
