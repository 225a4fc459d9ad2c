namespace ClawDev.GitHub.Issues.Matching;

/// <summary>
/// The searches that find issues and pull requests about a symbol, most precise first: the qualified name, the
/// file path, then the bare name together with the file name. Search is rate-limited (10 to 30 requests a
/// minute), so a caller short of budget runs a prefix of the list; results are verified by
/// <see cref="UpstreamMatchClassifier"/>, since search matches words, not code.
/// </summary>
public static class UpstreamSearch
{
    public static IReadOnlyList<SearchQuery> QueriesFor(SymbolTarget target)
    {
        var repository = $"repo:{target.Repository.FullName}";
        var terms = new List<(string Terms, string Purpose)> { (Quoted(target.QualifiedName), "qualified name") };
        terms.Add((Quoted(target.FilePath), "file path"));
        if (target.BareName != target.QualifiedName)
        {
            terms.Add(($"{Quoted(target.BareName)} {Quoted(target.FileName)}", "name and file name"));
        }
        return terms
            .SelectMany(term => new[]
            {
                new SearchQuery($"{repository} is:issue {term.Terms}", SearchKind.Issues, term.Purpose),
                new SearchQuery($"{repository} is:pr {term.Terms}", SearchKind.PullRequests, term.Purpose),
            })
            .ToList();
    }

    // Search phrases are double-quoted; a quote inside cannot be escaped, so it is dropped.
    private static string Quoted(string phrase) => $"\"{phrase.Replace("\"", "", StringComparison.Ordinal)}\"";
}
