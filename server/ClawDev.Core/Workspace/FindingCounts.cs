using ClawDev.Core.Analysis;
using ClawDev.Core.Library;

namespace ClawDev.Core.Workspace;

/// <summary>A scan's findings counted per rule code and per exposure, and the withheld ones per reason: what every
/// report summarises, counted once.</summary>
public sealed record FindingCounts(
    IReadOnlyList<(string Code, int Count)> ByCode,
    IReadOnlyList<(Exposure Exposure, int Count)> ByExposure,
    IReadOnlyList<(WithholdingKind Kind, int Count)> Withheld)
{
    public static FindingCounts Of(IReadOnlyList<FileAnalysis> files)
    {
        var findings = files.SelectMany(file => file.Findings).ToList();
        return new FindingCounts(
            [.. findings.GroupBy(finding => finding.Code).OrderBy(group => group.Key, StringComparer.Ordinal).Select(group => (group.Key, group.Count()))],
            [.. findings.GroupBy(finding => finding.Exposure).OrderByDescending(group => group.Key).Select(group => (group.Key, group.Count()))],
            [.. files.SelectMany(file => file.Withheld).GroupBy(withheld => withheld.Kind).OrderBy(group => group.Key).Select(group => (group.Key, group.Count()))]);
    }
}
