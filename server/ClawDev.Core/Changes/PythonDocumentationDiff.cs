using ClawDev.Core.Analysis;
using ClawDev.Core.Configuration;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting;
using ClawDev.Core.Python;
using ClawDev.Core.Python.Tokens;

namespace ClawDev.Core.Changes;

/// <summary>A symbol whose documentation grew: a new docstring, or new parameter entries.</summary>
/// <param name="Symbol">Qualified name ("Trainer.__init__"), or the dotted module name for a module docstring.</param>
/// <param name="NewDocstring">It had no docstring before (interrogate's sense of one).</param>
/// <param name="Parameters">Parameters of its signature documented now and not before, in signature order.</param>
/// <param name="Kind">What the symbol is (for "add docstrings to 2 classes").</param>
public sealed record DocumentedSymbol(string Symbol, bool NewDocstring, IReadOnlyList<string> Parameters, SymbolKind Kind);

/// <summary>One line of a file: its 1-based number and its text without the indentation.</summary>
public sealed record SourceLine(int Line, string Text);

public enum SymbolKind
{
    Module,
    Class,
    Function,
}

/// <summary>What changed between two versions of a Python file, seen from its documentation.</summary>
/// <param name="Kind">NewDocumentation, Improvement, Trivial or Code (see <see cref="DocumentationChangeKind"/>).</param>
/// <param name="Documented">Symbols newly documented or with newly documented parameters, in source order.</param>
/// <param name="CoverageBefore">interrogate-style coverage of the old version (the repository's settings).</param>
/// <param name="FindingsBefore">ClawDev's documentation findings in the old version.</param>
/// <param name="PlaceholderLines">Lines of the new version that docstrings gained and that still hold a drafter's
/// placeholder (<see cref="Placeholder"/>): a pull request never carries one.</param>
public sealed record PythonDocumentationDiff(
    DocumentationChangeKind Kind,
    IReadOnlyList<DocumentedSymbol> Documented,
    ModuleCoverage CoverageBefore,
    ModuleCoverage CoverageAfter,
    int FindingsBefore,
    int FindingsAfter,
    IReadOnlyList<SourceLine> PlaceholderLines)
{
    /// <summary>Compares the old and new text of the file at <paramref name="relativePath"/>.</summary>
    /// <param name="before">The committed text, or null for a new file.</param>
    /// <param name="moduleName">The dotted name the file is imported as (<see cref="ProjectConfiguration.ModuleName"/>);
    /// null to derive it from <paramref name="relativePath"/>.</param>
    public static PythonDocumentationDiff Compare(string? before, string after, string relativePath, FileSettings settings, string? moduleName = null)
    {
        var oldModule = PythonParser.Parse(before ?? "");
        var newModule = PythonParser.Parse(after);
        var oldAnalysis = FileAnalyzer.Analyze(oldModule, relativePath, settings, moduleName);
        var newAnalysis = FileAnalyzer.Analyze(newModule, relativePath, settings, moduleName);
        var documented = before is null ? [] : DocumentedSymbols(oldModule, newModule, newAnalysis);
        var kind = before is null || !CodeTokensEqual(oldModule, newModule)
            ? DocumentationChangeKind.Code
            : documented.Count > 0
                ? DocumentationChangeKind.NewDocumentation
                : Docstrings(oldModule).SequenceEqual(Docstrings(newModule), StringComparer.Ordinal)
                    ? DocumentationChangeKind.CommentsOnly
                    : DocstringEdits.AreTrivial(Docstrings(oldModule), Docstrings(newModule))
                        ? DocumentationChangeKind.Trivial
                        : DocumentationChangeKind.Improvement;
        return new PythonDocumentationDiff(
            kind, documented, oldAnalysis.Coverage, newAnalysis.Coverage, oldAnalysis.Findings.Count, newAnalysis.Findings.Count,
            AddedPlaceholderLines(oldModule, newModule));
    }

    /// <summary>
    /// The docstring lines of <paramref name="newModule"/> that hold a placeholder and are not among the old
    /// docstrings' lines (counted, so a placeholder that was there before and still is does not count).
    /// </summary>
    private static List<SourceLine> AddedPlaceholderLines(PythonModule oldModule, PythonModule newModule)
    {
        var existing = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in PlaceholderDocstringLines(oldModule))
        {
            existing[line.Text] = existing.GetValueOrDefault(line.Text) + 1;
        }
        var added = new List<SourceLine>();
        foreach (var line in PlaceholderDocstringLines(newModule))
        {
            if (existing.GetValueOrDefault(line.Text) is > 0 and var count)
            {
                existing[line.Text] = count - 1;
            }
            else
            {
                added.Add(line);
            }
        }
        return added;
    }

    private static IEnumerable<SourceLine> PlaceholderDocstringLines(PythonModule module)
    {
        IEnumerable<Docstring?> docstrings = [module.Docstring, .. module.AllDefinitions().Select(definition => definition.Docstring)];
        foreach (var docstring in docstrings.OfType<Docstring>())
        {
            var last = module.Lines.LineOf(docstring.Span.End);
            for (var line = module.Lines.LineOf(docstring.Span.Start); line <= last; line++)
            {
                var start = module.Lines.LineStart(line);
                var end = line + 1 < module.Lines.LineCount ? module.Lines.LineStart(line + 1) : module.Text.Length;
                var text = module.Text[start..end].Trim();
                if (Placeholder.MarksLine(text))
                {
                    yield return new SourceLine(line + 1, text);
                }
            }
        }
    }

    private static List<DocumentedSymbol> DocumentedSymbols(PythonModule oldModule, PythonModule newModule, FileAnalysis newAnalysis)
    {
        var symbols = new List<DocumentedSymbol>();
        if (!CoverageCounter.IsCovered(oldModule.Docstring) && CoverageCounter.IsCovered(newModule.Docstring))
        {
            symbols.Add(new DocumentedSymbol(newAnalysis.ModuleName, NewDocstring: true, [], SymbolKind.Module));
        }
        // Definitions pair up by qualified name (the first of a repeated name, as for overloads), so a change
        // that also touches code still says what it documented.
        var oldDefinitions = new Dictionary<string, Definition>(StringComparer.Ordinal);
        foreach (var definition in oldModule.AllDefinitions())
        {
            oldDefinitions.TryAdd(definition.QualifiedName, definition);
        }
        foreach (var now in newModule.AllDefinitions())
        {
            if (!oldDefinitions.Remove(now.QualifiedName, out var old))
            {
                continue;
            }
            var newDocstring = !CoverageCounter.IsCovered(old.Docstring) && CoverageCounter.IsCovered(now.Docstring);
            var parameters = NewlyDocumentedParameters(oldModule.Text, old, newModule.Text, now);
            if (newDocstring || parameters.Count > 0)
            {
                symbols.Add(new DocumentedSymbol(now.QualifiedName, newDocstring, parameters, now.IsClass ? SymbolKind.Class : SymbolKind.Function));
            }
        }
        return symbols;
    }

    private static List<string> NewlyDocumentedParameters(string oldText, Definition old, string newText, Definition now)
    {
        if (now.Docstring is null || now.Parameters.Count == 0)
        {
            return [];
        }
        var before = old.Docstring is null ? [] : DocstringParser.Parse(oldText, old.Docstring).DocumentedParameterNames;
        var after = DocstringParser.Parse(newText, now.Docstring).DocumentedParameterNames;
        var added = new List<string>();
        foreach (var parameter in now.Parameters)
        {
            if (after.Contains(parameter.Name) && !before.Contains(parameter.Name))
            {
                added.Add(parameter.Name);
            }
        }
        return added;
    }

    private static List<string> Docstrings(PythonModule module)
    {
        var values = new List<string>();
        if (module.Docstring is { } docstring)
        {
            values.Add(docstring.Value);
        }
        foreach (var definition in module.AllDefinitions())
        {
            if (definition.Docstring is { } inner)
            {
                values.Add(inner.Value);
            }
        }
        return values;
    }

    /// <summary>
    /// True when the two versions have the same code once comments, non-logical line breaks and docstrings
    /// (with the NEWLINE that ends a docstring statement) are left out. Indentation tokens count by kind, so
    /// re-indenting a block the same way is no change, but moving a statement into or out of one is.
    /// </summary>
    private static bool CodeTokensEqual(PythonModule oldModule, PythonModule newModule)
    {
        var oldTokens = CodeTokens(oldModule);
        var newTokens = CodeTokens(newModule);
        if (oldTokens.Count != newTokens.Count)
        {
            return false;
        }
        for (var i = 0; i < oldTokens.Count; i++)
        {
            var (a, b) = (oldTokens[i], newTokens[i]);
            if (a.Kind != b.Kind || (a.Kind <= TokenKind.Error && !a.TextIn(oldModule.Text).SequenceEqual(b.TextIn(newModule.Text))))
            {
                return false;
            }
        }
        return true;
    }

    private static List<Token> CodeTokens(PythonModule module)
    {
        var docstringStarts = new HashSet<int>();
        if (module.Docstring is { } docstring)
        {
            docstringStarts.Add(docstring.Span.Start);
        }
        foreach (var definition in module.AllDefinitions())
        {
            if (definition.Docstring is { } inner)
            {
                docstringStarts.Add(inner.Span.Start);
            }
        }
        var code = new List<Token>();
        var skipNewLine = false;
        foreach (var token in PythonTokenizer.Tokenize(module.Text))
        {
            if (token.Kind is TokenKind.Comment or TokenKind.LineBreak)
            {
                continue;
            }
            if (token.Kind == TokenKind.String && docstringStarts.Contains(token.Start))
            {
                skipNewLine = true;
                continue;
            }
            if (skipNewLine && token.Kind == TokenKind.NewLine)
            {
                skipNewLine = false;
                continue;
            }
            skipNewLine = false;
            code.Add(token);
        }
        return code;
    }
}
