namespace ClawDev.Core.Analysis;

/// <summary>Where the fix of a finding goes when copies are involved (<see cref="Library.CopyMark"/>), in one
/// sentence for the reports, the diagnostics and the hover.</summary>
public static class CopyAdvice
{
    /// <summary>Null when the finding's definition is neither an origin of copies nor a copy.</summary>
    public static string? For(Finding finding)
    {
        if (finding.Copies.Count > 0)
        {
            var places = string.Join(", ", finding.Copies.Take(3).Select(copy => $"{copy.Path}:{copy.Line + 1}"));
            var more = finding.Copies.Count > 3 ? $" and {finding.Copies.Count - 3} more" : "";
            var count = finding.Copies.Count == 1 ? "1 copy follows" : $"{finding.Copies.Count} copies follow";
            return $"fix here: {count} ({places}{more})";
        }
        return finding.CopyOf switch
        {
            { IsOutside: true } copy => $"a copy of {copy.Origin}: the fix belongs upstream there",
            { InRepository: null } copy => $"marked as a copy of {copy.Origin}, which is not in the library",
            { OriginIsDocumented: true } copy => $"a copy of {copy.Origin}, which is documented: make fix-copies restores it",
            { } copy => $"a copy of {copy.Origin}: fix it there, and make fix-copies updates this copy",
            _ => null,
        };
    }

    /// <summary>Whether a fix may be made in place: not in a copy, whose edits <c>make fix-copies</c> reverts.</summary>
    public static bool AllowsInPlaceFix(Finding finding) => finding.CopyOf is null;
}
