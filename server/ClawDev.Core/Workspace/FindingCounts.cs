using ClawDev.Core.Analysis;
using ClawDev.Core.Library;

namespace ClawDev.Core.Workspace;

/// <summary>How many findings have a code, an exposure, or were withheld for a reason.</summary>
/// <remarks>Classes, not value tuples: generic code over our own value types is not precompiled (ReadyToRun) and
/// would be compiled at every start.</remarks>
public sealed record Count<TKey>(TKey Key, int Number);

/// <summary>A scan's findings counted per rule code and per exposure, and the withheld ones per reason: what every
/// report summarises, counted once.</summary>
/// <param name="ByExposure">Most exposed first.</param>
public sealed record FindingCounts(
    IReadOnlyList<Count<string>> ByCode,
    IReadOnlyList<Count<Exposure>> ByExposure,
    IReadOnlyList<Count<WithholdingKind>> Withheld)
{
    public static FindingCounts Of(IReadOnlyList<FileAnalysis> files)
    {
        var byCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var byExposure = new int[Enum.GetValues<Exposure>().Length];
        var withheld = new int[Enum.GetValues<WithholdingKind>().Length];
        foreach (var file in files)
        {
            foreach (var finding in file.Findings)
            {
                byCode[finding.Code] = byCode.GetValueOrDefault(finding.Code) + 1;
                byExposure[(int)finding.Exposure]++;
            }
            foreach (var item in file.Withheld)
            {
                withheld[(int)item.Kind]++;
            }
        }
        var exposures = new List<Count<Exposure>>();
        for (var exposure = byExposure.Length - 1; exposure >= 0; exposure--)
        {
            if (byExposure[exposure] > 0)
            {
                exposures.Add(new Count<Exposure>((Exposure)exposure, byExposure[exposure]));
            }
        }
        var kinds = new List<Count<WithholdingKind>>();
        for (var kind = 0; kind < withheld.Length; kind++)
        {
            if (withheld[kind] > 0)
            {
                kinds.Add(new Count<WithholdingKind>((WithholdingKind)kind, withheld[kind]));
            }
        }
        var codes = new List<Count<string>>(byCode.Count);
        foreach (var (code, number) in byCode)
        {
            codes.Add(new Count<string>(code, number));
        }
        // Sorted here rather than kept in a SortedDictionary, whose generic code is not precompiled for int values.
        codes.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new FindingCounts(codes, exposures, kinds);
    }
}
