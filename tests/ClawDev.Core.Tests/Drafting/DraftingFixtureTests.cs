using ClawDev.Core.Tests.Support;
using System.Text;
using ClawDev.Core.Analysis;
using ClawDev.Core.Drafting;
using ClawDev.Core.Python;
using ClawDev.Core.Tests.Docstrings;

namespace ClawDev.Core.Tests.Drafting;

/// <summary>
/// Every drafting fixture: the file after the edits and a report (findings before and after, provenance) must
/// equal their reviewed snapshots, and the promises hold: edits stay in the target, prose and entries keep their
/// bytes, the real analyzer stops reporting what the action fixes, and drafting again changes nothing.
/// </summary>
public sealed class DraftingFixtureTests
{
    private static readonly string[] MissingDocstringCodes = ["D101", "D102", "D103", "D105", "D106", "D107"];
    private static readonly string[] ParameterCodes = ["D417", "CD401", "CD402", "CD403"];

    public static TheoryData<string> Fixtures => DraftingCase.All();

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Drafts_match_the_snapshots_and_keep_the_promises(string name)
    {
        var fixture = new DraftingCase(name);
        var module = PythonParser.Parse(fixture.Text);
        var settings = fixture.Settings();
        var before = FileAnalyzer.Analyze(module, fixture.RelativePath, settings);
        var target = fixture.Action == CaseAction.File ? null : fixture.Target(module);

        var result = Run(fixture, module, target, before.Findings);

        Assert.True(result.HasEdits, $"no edits: {result.Explanation}");
        Assert.Null(result.Explanation);
        var text = TextEdits.Apply(fixture.Text, result.Edits);
        var afterModule = PythonParser.Parse(text);
        var after = FileAnalyzer.Analyze(afterModule, fixture.RelativePath, settings);
        Snapshot.Match(fixture.AfterPath, text);
        Snapshot.Match(fixture.ReportPath, Report(fixture, target, before, after, result));

        Assert.True(afterModule.Problems.Count <= module.Problems.Count, "the edited file parses worse than before");
        CheckEditsStayInTheirTarget(fixture, module, target, result);
        CheckFixedFindingsAreGone(fixture, target, before, after);
        CheckIdempotent(fixture, afterModule, target, after.Findings);
    }

    private static DraftResult Run(DraftingCase fixture, PythonModule module, Definition? target, IReadOnlyList<Finding> findings)
    {
        var drafter = fixture.Drafter(module);
        return fixture.Action switch
        {
            CaseAction.Draft => drafter.DraftDocstring(target!),
            CaseAction.Missing => drafter.DocumentMissingParameters(target!),
            CaseAction.Update => drafter.UpdateToSignature(target!),
            _ => drafter.DocumentFile(findings),
        };
    }

    private static void CheckEditsStayInTheirTarget(DraftingCase fixture, PythonModule module, Definition? target, DraftResult result)
    {
        if (target is null)
        {
            return;
        }
        if (fixture.Action == CaseAction.Draft)
        {
            DraftInvariants.TouchesOnlyTheInsertionPoint(module, target, result.Edits);
            return;
        }
        var docstring = target.Docstring!;
        DraftInvariants.StayInTheDocstring(docstring, result.Edits);
        var text = TextEdits.Apply(fixture.Text, result.Edits);
        var afterTarget = DefinitionLocator.At(PythonParser.Parse(text), target.NameSpan.Start)!;
        DraftInvariants.KeepTheProse(fixture.Text, docstring, text, afterTarget.Docstring!, fixture.Style);
        DraftInvariants.KeepTheEntries(fixture.Text, docstring, text, afterTarget.Docstring!, fixture.Style);
    }

    /// <summary>
    /// Drafting fixes the docstring and parameter findings of its target; adding entries fixes D417 and CD401;
    /// updating fixes those and CD403, and keeps CD402 (stale entries are marked, not deleted). A fixture must
    /// show at least one finding that its action fixes.
    /// </summary>
    private static void CheckFixedFindingsAreGone(DraftingCase fixture, Definition? target, FileAnalysis before, FileAnalysis after)
    {
        string[] fixedCodes = fixture.Action switch
        {
            CaseAction.Draft => [.. MissingDocstringCodes, .. ParameterCodes],
            CaseAction.Missing => ["D417", "CD401"],
            CaseAction.Update => ["D417", "CD401", "CD403"],
            _ => [.. MissingDocstringCodes, "D100", "D104", "D417", "CD401", "CD403"],
        };
        var symbol = target?.QualifiedName;
        bool Concerns(Finding f) => symbol is null || f.Symbol == symbol;
        Assert.Contains(before.Findings, f => Concerns(f) && fixedCodes.Contains(f.Code));
        Assert.DoesNotContain(after.Findings, f => Concerns(f) && fixedCodes.Contains(f.Code));
        if (fixture.Action is CaseAction.Update or CaseAction.File)
        {
            Assert.Equal(
                before.Findings.Where(f => Concerns(f) && f.Code == "CD402").Select(static f => (f.Symbol, string.Join(",", f.Parameters))),
                after.Findings.Where(f => Concerns(f) && f.Code == "CD402").Select(static f => (f.Symbol, string.Join(",", f.Parameters))));
        }
    }

    private static void CheckIdempotent(DraftingCase fixture, PythonModule afterModule, Definition? target, IReadOnlyList<Finding> findings)
    {
        var again = Run(fixture, afterModule, target is null ? null : DefinitionLocator.At(afterModule, target.NameSpan.Start), findings);
        Assert.False(again.HasEdits, $"drafting again changed the file: {string.Join(" | ", again.Edits)}");
    }

    private static string Report(DraftingCase fixture, Definition? target, FileAnalysis before, FileAnalysis after, DraftResult result)
    {
        var report = new StringBuilder();
        report.Append("action: ").Append(fixture.Action).Append(" (").Append(fixture.Style).Append(")")
            .Append(target is null ? "" : " on " + target.QualifiedName).Append('\n');
        AppendFindings(report, "before", before, target);
        AppendFindings(report, "after", after, target);
        foreach (var provenance in result.Provenance)
        {
            report.Append("provenance: ").Append(provenance).Append('\n');
        }
        return report.ToString();
    }

    private static void AppendFindings(StringBuilder report, string label, FileAnalysis analysis, Definition? target)
    {
        report.Append(label).Append(":\n");
        var any = false;
        foreach (var finding in analysis.Findings)
        {
            if (target is null || finding.Symbol == target.QualifiedName)
            {
                report.Append("  ").Append(finding.Line + 1).Append(':').Append(finding.Column + 1).Append(' ')
                    .Append(finding.Code).Append(' ').Append(finding.Symbol).Append(' ').Append(finding.Message);
                if (finding.Parameters.Count > 0)
                {
                    report.Append(" [").Append(string.Join(", ", finding.Parameters)).Append(']');
                }
                report.Append('\n');
                any = true;
            }
        }
        if (!any)
        {
            report.Append("  (none)\n");
        }
        foreach (var error in analysis.InternalErrors)
        {
            report.Append("  ! ").Append(error).Append('\n');
        }
    }
}
