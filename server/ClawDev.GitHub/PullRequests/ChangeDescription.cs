using System.Globalization;
using ClawDev.Core.Changes;

namespace ClawDev.GitHub.PullRequests;

/// <summary>Says in words what the chosen documentation changes do: the commit subject, the summary and coverage lines.</summary>
public sealed class ChangeDescription(IReadOnlyList<ChangedFile> files)
{
    private const int MaxNamedParameters = 3;

    /// <summary>The title of a plan with no files: it is blocked, and says so rather than naming a change.</summary>
    public const string NothingToSend = "Nothing to send: there are no documentation changes";

    private readonly List<(ChangedFile File, DocumentedSymbol Symbol)> _symbols =
        [.. files.SelectMany(f => (f.Documentation?.Documented ?? []).Select(s => (f, s)))];

    /// <summary>The pull request's title (and commit subject): the subject in the repository's style, or
    /// <see cref="NothingToSend"/> when no file is chosen.</summary>
    public string Title(TitleStyle style) => files.Count == 0 ? NothingToSend : style.Apply(Subject());

    /// <summary>
    /// The subject without a prefix, lower-case first: "document `warmup_steps` in `Trainer.__init__`",
    /// "add docstrings to 3 functions in `trainer.py`", "document 5 APIs in 2 files", "improve docstrings in
    /// `trainer.py`", "fix typos in docstrings of `trainer.py`"; "no documentation changes" without files.
    /// </summary>
    public string Subject()
    {
        if (files.Count == 0)
        {
            return "no documentation changes";
        }
        var target = files.Count == 1 ? $"`{FileName(files[0])}`" : $"{files.Count} files";
        if (_symbols.Count == 1)
        {
            var symbol = _symbols[0].Symbol;
            return symbol.NewDocstring
                ? $"add a docstring to `{symbol.Symbol}`"
                : symbol.Parameters.Count <= MaxNamedParameters
                    ? $"document {Names(symbol.Parameters)} in `{symbol.Symbol}`"
                    : $"document {symbol.Parameters.Count} parameters of `{symbol.Symbol}`";
        }
        if (_symbols.Count > 1)
        {
            var documentedFiles = _symbols.Select(s => s.File).Distinct().ToList();
            var where = documentedFiles.Count == 1 ? $"`{FileName(documentedFiles[0])}`" : $"{documentedFiles.Count} files";
            return _symbols.All(s => s.Symbol.NewDocstring)
                ? $"add docstrings to {Count(_symbols.Count, Noun())} in {where}"
                : $"document {_symbols.Count} APIs in {where}";
        }
        return files.Any(f => f.Kind == DocumentationChangeKind.Improvement)
            ? $"improve docstrings in {target}"
            : $"fix typos in docstrings of {target}";
    }

    /// <summary>One Markdown bullet per documented symbol: "`Trainer.__init__`: documented `warmup_steps`".</summary>
    public IReadOnlyList<string> SymbolLines() =>
        [.. _symbols.Select(s => $"`{s.Symbol.Symbol}` ({FileName(s.File)}): {What(s.Symbol)}")];

    /// <summary>Docstring coverage per file, before → after: "`trainer.py`: 72.0% → 80.0% (18/25 → 20/25)".</summary>
    public IReadOnlyList<string> CoverageLines() =>
        [.. files.Where(f => f.Documentation is not null).Select(f => CoverageLine(f, f.Documentation!))];

    private static string CoverageLine(ChangedFile file, PythonDocumentationDiff diff)
    {
        var (before, after) = (diff.CoverageBefore, diff.CoverageAfter);
        return string.Create(CultureInfo.InvariantCulture,
            $"`{file.Path}`: {before.Percent:0.0}% → {after.Percent:0.0}% ({before.Documented}/{before.Total} → {after.Documented}/{after.Total} documented)");
    }

    private static string What(DocumentedSymbol symbol) =>
        (symbol.NewDocstring, symbol.Parameters.Count) switch
        {
            (true, 0) => "new docstring",
            (true, _) => $"new docstring documenting {Names(symbol.Parameters)}",
            _ => $"documented {Names(symbol.Parameters)}",
        };

    private string Noun()
    {
        var kinds = _symbols.Select(s => s.Symbol.Kind).Distinct().ToList();
        return kinds is [var only] ? only switch
        {
            SymbolKind.Class => "class",
            SymbolKind.Function => "function",
            _ => "module",
        } : "definition";
    }

    private static string Count(int count, string noun) =>
        count == 1 ? $"1 {noun}" : noun.EndsWith("ss", StringComparison.Ordinal) ? $"{count} {noun}es" : $"{count} {noun}s";

    private static string FileName(ChangedFile file) => Path.GetFileName(file.Path);

    /// <summary>"`a`", "`a` and `b`", "`a`, `b` and `c`".</summary>
    private static string Names(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "",
        1 => $"`{names[0]}`",
        _ => string.Join(", ", names.Take(names.Count - 1).Select(n => $"`{n}`")) + $" and `{names[^1]}`",
    };
}
