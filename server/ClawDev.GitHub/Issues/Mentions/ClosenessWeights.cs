namespace ClawDev.GitHub.Issues.Mentions;

/// <summary>
/// How much each mention says about closeness to the open file. A link to the file says the most; a path,
/// a qualified symbol or the module name are strong; a bare name or the directory only hint. Symbols near the
/// cursor and mentions in the title weigh more, because a title names the issue's subject.
/// </summary>
internal static class ClosenessWeights
{
    public static int Of(Evidence evidence) => evidence.Kind switch
    {
        EvidenceKind.Permalink => 100,
        EvidenceKind.FilePath => 60,
        EvidenceKind.Module => 50,
        EvidenceKind.FileName => 35,
        EvidenceKind.Directory => 15,
        EvidenceKind.QualifiedSymbol => (evidence.InTitle ? 40 : 25) + (evidence.NearCursor ? 10 : 0),
        _ => (evidence.InTitle ? 20 : 10) + (evidence.NearCursor ? 10 : 0),
    };
}
