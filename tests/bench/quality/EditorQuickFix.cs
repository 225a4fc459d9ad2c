using System.Diagnostics;
using ClawDev.Core.Analysis;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting;
using ClawDev.Core.Drafting.Grounding;
using ClawDev.Core.Python;

namespace ClawDev.Bench.Quality;

/// <summary>What the editor does with a file that lost one entry: the rules' findings, and the first quick fix's draft.</summary>
/// <param name="Flagged">A finding names the parameter (on the definition, or on its class / __init__ companion).</param>
/// <param name="Code">That finding's code.</param>
/// <param name="Entry">The drafted entry for the parameter, or null when the draft has none.</param>
/// <param name="Untouched">The file equals the file without the entry once the entries the draft added are taken out again (a declined draft changes nothing).</param>
/// <param name="Explanation">Why nothing was drafted, or the draft's note.</param>
/// <param name="Provenance">Where the drafted description came from.</param>
internal sealed record DraftOutcome(
    bool Flagged,
    string? Code,
    WrittenEntry? Entry,
    bool Untouched,
    string? Explanation,
    string? Provenance,
    double Milliseconds)
{
    /// <summary>Why the gap is withheld by design (<see cref="EditorQuickFix.DeprecatedCode"/>,
    /// <see cref="EditorQuickFix.UnderNoqa"/>, <see cref="EditorQuickFix.InACopy"/>), so the sample is counted apart from the flagged share; null otherwise.</summary>
    public string? WithheldByDesign { get; init; }

    /// <summary>The file after the draft, for reading a change outside the entry (null when nothing was drafted).</summary>
    public string? After { get; init; }
}

internal static class EditorQuickFix
{
    /// <summary>The deleted entry's parameter (or its definition) is one the code deprecates: the contribution profile withholds the gap.</summary>
    public const string DeprecatedCode = "in code the repository deprecates";

    /// <summary>The definition's line carries a <c># noqa</c> the repository wrote: no linter reports there, nor does ClawDev.</summary>
    public const string UnderNoqa = "under a `# noqa` the repository wrote";

    /// <summary>
    /// The definition is a <c># Copied from</c> block: the repository's copy check (<c>make fix-copies</c>) writes its
    /// origin's entry back, so the gap is the origin's to report, never the copy's.
    /// </summary>
    public const string InACopy = "in a `# Copied from` block, whose origin's entry `make fix-copies` writes back";

    /// <summary>
    /// The findings after the deletion, with the repository's configuration, as <c>clawdev scan</c> reports them
    /// (what the whole repository knows applied: a field a base class documents, a gap reported at a copy's origin).
    /// </summary>
    public static (bool Flagged, string? Code, Finding? Finding, Definition? Definition, PythonModule Module) Findings(Corpus corpus, Sample sample) =>
        Findings(corpus, sample, out _);

    /// <param name="withheldByDesign">Why the gap is withheld by design, when it is: a finding the rules made for the
    /// parameter is one the code deprecates (<see cref="Finding.Deprecation"/>), it is in a copy its origin reports for, or only a <c># noqa</c> stops it.</param>
    public static (bool Flagged, string? Code, Finding? Finding, Definition? Definition, PythonModule Module) Findings(Corpus corpus, Sample sample, out string? withheldByDesign) =>
        Findings(corpus, sample, sample.DeletedText, sample.Name, out withheldByDesign);

    /// <summary>The findings on <paramref name="text"/> (the sample's file, changed) that name <paramref name="parameter"/>.</summary>
    public static (bool Flagged, string? Code, Finding? Finding, Definition? Definition, PythonModule Module) Findings(
        Corpus corpus, Sample sample, string text, string parameter, out string? withheldByDesign)
    {
        var module = PythonParser.Parse(text);
        var settings = corpus.Configuration.ForFile(sample.Path);
        var moduleName = corpus.Configuration.ModuleName(sample.Path);
        var raw = FileAnalyzer.Analyze(module, sample.Path, settings, moduleName);
        var analysis = FindingResolver.Resolve(raw, corpus.Scan.Facts, corpus.Configuration.Profile.Profile);
        var definition = module.AllDefinitions().FirstOrDefault(d => d.NameSpan.Start == sample.DefinitionOffset);
        var finding = definition is null ? null : analysis.Findings.FirstOrDefault(f => f.Parameters.Contains(parameter) && Concerns(f, definition));
        withheldByDesign = definition is null ? null
            : raw.Findings.Any(f => f.Parameters.Contains(parameter) && Concerns(f, definition)
                && f.Deprecation is { } deprecation && (deprecation.Whole is not null || deprecation.Parameters.ContainsKey(parameter))) ? DeprecatedCode
            : finding is null && analysis.Withheld.Any(w => w.Kind == WithholdingKind.ReportedAtOrigin && w.Finding.Parameters.Contains(parameter) && Concerns(w.Finding, definition)) ? InACopy
            : finding is null && settings.HonourNoqa
                && FindingResolver.Resolve(FileAnalyzer.Analyze(module, sample.Path, settings with { HonourNoqa = false }, moduleName), corpus.Scan.Facts, corpus.Configuration.Profile.Profile)
                    .Findings.Any(f => f.Parameters.Contains(parameter) && Concerns(f, definition)) ? UnderNoqa
            : null;
        return (finding is not null, finding?.Code, finding, definition, module);
    }

    /// <summary>The options the editor's quick fix uses: the repository's style and everything the workspace documents.</summary>
    public static DraftingOptions Options(Corpus corpus, Sample sample, ParameterDescriptionIndex workspace, ICommittedFiles? committed = null) =>
        DraftingOptions.For(null, corpus.Configuration.ForFile(sample.Path), corpus.Styles, workspace, project: corpus.Scan.Facts,
            moduleName: corpus.Configuration.ModuleName(sample.Path), committed: committed);

    /// <summary>Runs the quick fix a user gets first for the finding (or, when nothing fires, "document missing parameters").</summary>
    public static DraftOutcome Draft(Corpus corpus, Sample sample, ParameterDescriptionIndex workspace)
    {
        var (flagged, code, finding, definition, module) = Findings(corpus, sample, out var withheldByDesign);
        if (definition is null)
        {
            return new DraftOutcome(flagged, code, null, false, "the definition is gone after the deletion", null, 0) { WithheldByDesign = withheldByDesign };
        }
        var started = Stopwatch.GetTimestamp();
        var options = Options(corpus, sample, workspace);
        var drafter = new DocstringDrafter(module, sample.Path, corpus.Configuration.ForFile(sample.Path), options);
        var result = finding is not null && DraftActions.For(finding.Code) is not null ? drafter.Fix(finding) : drafter.DocumentMissingParameters(definition);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var provenance = result.Provenance.FirstOrDefault(p => p.Part == "parameter " + sample.Name)?.ToString();
        if (!result.HasEdits)
        {
            // A declined draft ("fix its layout by hand") leaves every byte as it was.
            return new DraftOutcome(flagged, code, null, true, result.Explanation, provenance, elapsed) { WithheldByDesign = withheldByDesign };
        }
        var after = TextEdits.Apply(sample.DeletedText, result.Edits);
        var (entry, untouched) = Read(after, sample, options.Style ?? DocstringStyle.Google);
        return new DraftOutcome(flagged, code, entry, untouched, result.Explanation, provenance, elapsed) { After = untouched ? null : after, WithheldByDesign = withheldByDesign };
    }

    /// <summary>
    /// The drafted entry of the sample's parameter, and whether the draft only inserted lines, all of them inside
    /// the entries it drafted (new ones, and ones that had no description before, whose head line it may continue)
    /// or blank lines beside them (and the header of a parameter section the docstring did not have).
    /// </summary>
    private static (WrittenEntry? Entry, bool Untouched) Read(string after, Sample sample, DocstringStyle style)
    {
        var module = PythonParser.Parse(after);
        var definition = module.AllDefinitions().FirstOrDefault(d => d.NameSpan.Start == sample.DefinitionOffset);
        if (definition?.Docstring is not { } docstring)
        {
            return (null, false);
        }
        var before = PythonParser.Parse(sample.DeletedText).AllDefinitions().First(d => d.NameSpan.Start == sample.DefinitionOffset);
        var parsedBefore = before.Docstring is { } old ? DocstringParser.Parse(sample.DeletedText, old, style) : null;
        var describedBefore = parsedBefore is null ? [] : parsedBefore.DocumentedParameters.Where(p => p.Entry.Description.Trim().Length > 0).Select(p => p.Name).ToHashSet();
        var parsed = DocstringParser.Parse(after, docstring, style);
        var drafted = new List<TextSpan>();
        foreach (var entry in parsed.DocumentedParameters.Where(p => !describedBefore.Contains(p.Name)).Select(p => p.Entry).Distinct())
        {
            drafted.Add(entry.Span);
        }
        if (parsedBefore is null || !parsedBefore.ParameterSections.Any())
        {
            // The entry that was the only one comes with its section: the header (and a NumPy header's underline,
            // up to the body) is part of the new entry.
            drafted.AddRange(parsed.ParameterSections.Select(s => new TextSpan(s.HeaderSpan.Start, Math.Max(s.HeaderSpan.End, s.BodySpan.Start))));
        }
        return (parsed.FindParameter(sample.Name) is { } found ? WrittenEntry.Of(after, found) : null, OnlyInserted(sample.DeletedText, after, drafted));
    }

    /// <summary>
    /// Whether <paramref name="after"/> is <paramref name="before"/> with lines inserted, each inside
    /// <paramref name="drafted"/> or blank, and lines of entries that had no description continued inside them.
    /// </summary>
    private static bool OnlyInserted(string before, string after, List<TextSpan> drafted)
    {
        var beforeLines = before.Split('\n');
        var matched = 0;
        var offset = 0;
        foreach (var line in after.Split('\n'))
        {
            var lineStart = offset;
            offset += line.Length + 1;
            if (matched < beforeLines.Length && line == beforeLines[matched])
            {
                matched++;
                continue;
            }
            var inDrafted = drafted.Any(span => span.Start <= lineStart + line.Length && lineStart <= span.End);
            if (inDrafted && matched < beforeLines.Length && beforeLines[matched].Trim().Length > 0 && line.StartsWith(beforeLines[matched].TrimEnd(), StringComparison.Ordinal))
            {
                // An entry that had no description, completed on its own line (`:param x:` → `:param x: text`).
                matched++;
                continue;
            }
            if (line.Trim().Length > 0 && !inDrafted)
            {
                return false;
            }
        }
        return matched == beforeLines.Length;
    }

    private static bool Concerns(Finding finding, Definition definition) =>
        finding.Symbol == definition.QualifiedName
        || (definition.IsClass && finding.Symbol == definition.QualifiedName + ".__init__")
        || (definition is { Name: "__init__", Parent: { } owner } && finding.Symbol == owner.QualifiedName);
}
