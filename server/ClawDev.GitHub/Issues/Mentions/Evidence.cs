namespace ClawDev.GitHub.Issues.Mentions;

/// <summary>What an issue's text mentions of the user's code, strongest first.</summary>
internal enum EvidenceKind
{
    Permalink,
    FilePath,
    QualifiedSymbol,
    Module,
    FileName,
    BareSymbol,
    Directory,
}

/// <summary>One mention of the user's code in an issue, with the words that explain it.</summary>
/// <param name="Subject">What was mentioned: a path, a module, a symbol.</param>
/// <param name="NearCursor">For symbols: one of the symbols near the cursor.</param>
/// <param name="Reason">"links to src/x.py#L10-L20", "mentions `Trainer.train` in the title".</param>
internal sealed record Evidence(EvidenceKind Kind, string Subject, bool InTitle, bool NearCursor, string Reason);
