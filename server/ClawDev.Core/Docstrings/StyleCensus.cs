using ClawDev.Core.Python;

namespace ClawDev.Core.Docstrings;

/// <summary>
/// Counts docstring styles over a repository to find its dominant one. Thread-safe: a parallel scan can feed one
/// census from every worker, or give each worker its own and <see cref="Merge"/> them.
/// </summary>
public sealed class StyleCensus
{
    // Enum.GetValues reflects over the enum on every call, and a scan makes one census per file.
    private static readonly int StyleCount = Enum.GetValues<DocstringStyle>().Length;

    private readonly int[] _counts = new int[StyleCount];

    /// <summary>The styles of one module's docstrings (the module's own and every definition's).</summary>
    public static StyleCensus Of(PythonModule module)
    {
        var counts = OfModuleDocstring(module);
        counts.AddDefinitions(module.Text, module.Definitions);
        return counts;
    }

    /// <summary>The styles of one module's docstrings, the definitions' detected already (by the rules' parse).</summary>
    public static StyleCensus Of(PythonModule module, IReadOnlyList<StyleDetection> definitionStyles)
    {
        var counts = OfModuleDocstring(module);
        foreach (var detection in definitionStyles)
        {
            counts.Add(detection);
        }
        return counts;
    }

    private static StyleCensus OfModuleDocstring(PythonModule module)
    {
        var counts = new StyleCensus();
        if (module.Docstring is { } moduleDocstring)
        {
            counts.Add(DocstringParser.DetectStyle(module.Text, moduleDocstring));
        }
        return counts;
    }

    // Recursion, not PythonModule.AllDefinitions(): its nested iterators allocate at every level of every file.
    private void AddDefinitions(string text, IReadOnlyList<Definition> definitions)
    {
        foreach (var definition in definitions)
        {
            if (definition.Docstring is { } docstring)
            {
                Add(DocstringParser.DetectStyle(text, docstring));
            }
            AddDefinitions(text, definition.Children);
        }
    }

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
