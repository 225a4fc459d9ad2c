using System.Text.Json.Nodes;
using ClawDev.Core.Analysis;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting;
using ClawDev.Core.Drafting.Grounding;
using ClawDev.Core.Python;

namespace ClawDev.Bench.Quality;

/// <summary>What the first quick fix did with one documented parameter renamed in the signature only.</summary>
/// <param name="Flagged">A finding names the old or the new name, with a quick fix.</param>
/// <param name="Carried">The entry now has the new name and the maintainers' description, and no entry keeps the old name.</param>
/// <param name="SaysSo">The draft's notes name the rename.</param>
/// <param name="Untouched">Carried, and the draft is the one the same action makes on the file as it was, but for the entry's name.</param>
/// <param name="Wrong">The draft renamed another entry: one the maintainers left for a parameter already gone.</param>
internal sealed record RenameOutcome(bool Flagged, bool Carried, bool SaysSo, bool Untouched, bool Wrong = false);

/// <summary>
/// Issue 10, point 4, measured: each sampled parameter is renamed in the signature (its entry left as it was), and the
/// quick fix a user gets first runs — for the entry that now names no parameter (update to signature), else for the
/// new name without an entry. Twice: from the file alone (position, type and default), and with the working tree's
/// diff (the file as last committed is the original, as <c>git</c> would hand it in).
/// </summary>
internal static class RenameBench
{
    private const string Suffix = "_renamed";

    public static RenameOutcome? Measure(Corpus corpus, Sample sample, ParameterDescriptionIndex workspace, bool withDiff)
    {
        var original = sample.OriginalText;
        var span = sample.Parameter.NameSpan;
        var newName = sample.Name + Suffix;
        if (span.End > original.Length || !original.AsSpan(span.Start, span.Length).SequenceEqual(sample.Name) || original.Contains(newName, StringComparison.Ordinal))
        {
            return null;
        }
        var renamed = string.Concat(original.AsSpan(0, span.Start), newName, original.AsSpan(span.End));
        var found = EditorQuickFix.Findings(corpus, sample, renamed, sample.Name, out var oldWithheld);
        string? newWithheld = null;
        if (found.Finding is null || DraftActions.For(found.Finding.Code) is null)
        {
            found = EditorQuickFix.Findings(corpus, sample, renamed, newName, out newWithheld);
        }
        if (found.Finding is not { } finding || DraftActions.For(finding.Code) is null)
        {
            // Code the repository deprecates or keeps under a "# noqa": the contribution profile withholds its gaps by
            // design (counted apart, as in the leave-one-out measure).
            return oldWithheld is not null || newWithheld is not null ? null : new RenameOutcome(false, false, false, false);
        }
        var options = EditorQuickFix.Options(corpus, sample, workspace, withDiff ? new CommittedOriginal(sample.Path, original) : null);
        var result = new DocstringDrafter(found.Module, sample.Path, corpus.Configuration.ForFile(sample.Path), options).Fix(finding);
        if (!result.HasEdits)
        {
            return new RenameOutcome(true, false, false, false);
        }
        var after = TextEdits.Apply(renamed, result.Edits);
        // By name, not offset: a fix of the class docstring moves an __init__ below it.
        var nth = found.Module.AllDefinitions().Count(d => d.QualifiedName == sample.Symbol && d.NameSpan.Start < sample.DefinitionOffset);
        var definition = PythonParser.Parse(after).AllDefinitions().Where(d => d.QualifiedName == sample.Symbol).ElementAtOrDefault(nth);
        if (definition?.Docstring is not { } docstring)
        {
            return new RenameOutcome(true, false, false, false);
        }
        var parsed = DocstringParser.Parse(after, docstring, options.Style ?? DocstringStyle.Google);
        var carried = parsed.FindParameter(newName) is { } entry && parsed.FindParameter(sample.Name) is null
            && Words(entry.Description) == Words(sample.Original.Description);
        if (Environment.GetEnvironmentVariable("RB_DEBUG") == (withDiff ? "diff" : "alone") && !carried)
        {
            Console.Error.WriteLine($"=== {sample.Path} {sample.Symbol}.{sample.Name} carried={carried} code={finding.Code} notes={string.Join(" | ", result.Notes)}");
            var a = after.Replace(newName, sample.Name, StringComparison.Ordinal).Split('\n'); var o = original.Split('\n');
            var d = 0; while (d < a.Length && d < o.Length && a[d] == o[d]) d++;
            for (var k = Math.Max(0, d - 2); k < Math.Min(a.Length, d + 8); k++) Console.Error.WriteLine("  A| " + a[k]);
            for (var k = Math.Max(0, d - 2); k < Math.Min(o.Length, d + 8); k++) Console.Error.WriteLine("  O| " + o[k]);
        }
        var saysSo = result.Notes.Any(note => note.Contains(newName, StringComparison.Ordinal));
        var wrong = result.Notes.Any(note => note.StartsWith("renamed the entry of ", StringComparison.Ordinal) && !note.StartsWith($"renamed the entry of {sample.Name} to ", StringComparison.Ordinal));
        return new RenameOutcome(true, carried, saysSo, carried && after.Replace(newName, sample.Name, StringComparison.Ordinal) == WithoutRename(corpus, sample, finding, options), wrong);
    }

    /// <summary>
    /// The same action on the file as it was: a quick fix for one gap also fills the definition's other gaps (the
    /// parameters it never documented), so the rename's draft, its new name put back, must equal this one.
    /// </summary>
    private static string WithoutRename(Corpus corpus, Sample sample, Finding finding, DraftingOptions options)
    {
        var module = PythonParser.Parse(sample.OriginalText);
        if (DefinitionLocator.Of(module, finding) is not { } definition)
        {
            return sample.OriginalText;
        }
        var drafter = new DocstringDrafter(module, sample.Path, corpus.Configuration.ForFile(sample.Path), options);
        var result = DraftActions.For(finding.Code) == DraftAction.UpdateToSignature ? drafter.UpdateToSignature(definition) : drafter.DocumentMissingParameters(definition);
        return result.HasEdits ? TextEdits.Apply(sample.OriginalText, result.Edits) : sample.OriginalText;
    }

    public static void Table(TextWriter output, List<(string Name, List<RenameOutcome> Alone, List<RenameOutcome> WithDiff)> results)
    {
        output.WriteLine("Renames: each sampled parameter renamed in the signature only, then the first quick fix (issue 10, point 4);");
        output.WriteLine("\"renamed\" leaves out those in code the repository deprecates, whose gaps are withheld by design.");
        output.WriteLine();
        output.WriteLine("| repository | renamed | flagged | carried, the file alone | carried, with the diff | the draft says so | otherwise byte-identical | another entry renamed (alone / diff) |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, alone, withDiff) in results)
        {
            var carried = withDiff.Where(o => o.Carried).ToList();
            output.WriteLine($"| {name} | {alone.Count} | {Percent(alone.Count(o => o.Flagged), alone.Count)} | {Percent(alone.Count(o => o.Carried), alone.Count)} | "
                + $"{Percent(carried.Count, withDiff.Count)} | {Percent(carried.Count(o => o.SaysSo), carried.Count)} | {Percent(carried.Count(o => o.Untouched), carried.Count)} | "
                + $"{alone.Count(o => o.Wrong)} / {withDiff.Count(o => o.Wrong)} |");
        }
    }

    public static JsonObject Json(List<(string Name, List<RenameOutcome> Alone, List<RenameOutcome> WithDiff)> results) => new()
    {
        ["renames"] = new JsonArray(results.Select(r => (JsonNode?)new JsonObject
        {
            ["name"] = r.Name,
            ["renamed"] = r.Alone.Count,
            ["flagged"] = r.Alone.Count(o => o.Flagged),
            ["carriedFileAlone"] = r.Alone.Count(o => o.Carried),
            ["carriedWithDiff"] = r.WithDiff.Count(o => o.Carried),
            ["saysSo"] = r.WithDiff.Count(o => o.Carried && o.SaysSo),
            ["untouched"] = r.WithDiff.Count(o => o.Untouched),
            ["wrongFileAlone"] = r.Alone.Count(o => o.Wrong),
            ["wrongWithDiff"] = r.WithDiff.Count(o => o.Wrong),
        }).ToArray()),
    };

    private static string Percent(int part, int whole) => whole == 0 ? "–" : $"{100.0 * part / whole:0.0}%";

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The sample's file as last committed: the original, before the rename.</summary>
    private sealed class CommittedOriginal(string path, string text) : ICommittedFiles
    {
        public string? TextOf(string relativePath) => relativePath == path ? text : null;
    }
}
