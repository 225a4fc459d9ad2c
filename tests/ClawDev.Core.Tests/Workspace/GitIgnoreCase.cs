namespace ClawDev.TestSupport;

/// <summary>One case of GitIgnoreCases.txt: the lines of a top-level .gitignore and the verdict for each path.</summary>
internal sealed record GitIgnoreCase(string Name, IReadOnlyList<string> Lines, IReadOnlyList<(string Path, bool Ignored)> Expectations)
{
    public const string FileName = "GitIgnoreCases.txt";

    public static IReadOnlyList<GitIgnoreCase> Load()
    {
        var cases = new List<GitIgnoreCase>();
        var lines = File.ReadAllLines(System.IO.Path.Combine(AppContext.BaseDirectory, FileName));
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("=== ", StringComparison.Ordinal))
            {
                continue;
            }
            var name = lines[i][4..];
            var patterns = new List<string>();
            for (i++; lines[i] != "---"; i++)
            {
                patterns.Add(lines[i]);
            }
            var expectations = new List<(string, bool)>();
            for (i++; i < lines.Length && lines[i].Length > 0; i++)
            {
                var space = lines[i].IndexOf(' ');
                var verdict = lines[i][..space];
                expectations.Add((lines[i][(space + 1)..], verdict switch
                {
                    "ignored" => true,
                    "kept" => false,
                    _ => throw new FormatException($"{FileName}: unknown verdict '{verdict}' in case '{name}'"),
                }));
            }
            cases.Add(new GitIgnoreCase(name, patterns, expectations));
        }
        return cases;
    }

    public override string ToString() => Name;
}
