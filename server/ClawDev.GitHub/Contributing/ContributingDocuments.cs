namespace ClawDev.GitHub.Contributing;

/// <summary>Finds the contribution guide of a repository and the in-repository Markdown documents it links to.</summary>
public static class ContributingDocuments
{
    /// <summary>Where GitHub itself looks for the guide, in its order.</summary>
    public static IReadOnlyList<string> GuideLocations { get; } = ["CONTRIBUTING.md", ".github/CONTRIBUTING.md", "docs/CONTRIBUTING.md"];

    private const long MaxDocumentBytes = 1024 * 1024;

    /// <summary>
    /// Reads every guide found (a repository may have more than one), then the documents they link to with a
    /// relative link to a Markdown file inside the repository — one level: links in those are not followed.
    /// Unreadable or oversized documents become problems, not exceptions.
    /// </summary>
    public static IReadOnlyList<(string Path, ReadDocument Document)> Read(string repositoryRoot, List<string> problems)
    {
        var read = new List<(string, ReadDocument)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var guides = new List<(string Path, ReadDocument Document)>();
        foreach (var location in GuideLocations)
        {
            if (FindCaseInsensitive(repositoryRoot, location) is { } path && seen.Add(path) && Load(repositoryRoot, path, problems) is { } guide)
            {
                guides.Add((path, guide));
            }
        }
        read.AddRange(guides);
        foreach (var (path, guide) in guides)
        {
            foreach (var link in guide.Links)
            {
                if (ResolveRelativeLink(path, link) is { } target && seen.Add(target)
                    && File.Exists(Full(repositoryRoot, target)) && Load(repositoryRoot, target, problems) is { } linked)
                {
                    read.Add((target, linked));
                }
            }
        }
        return read;
    }

    /// <summary>
    /// The repository-relative path a link points to when it is a relative link to a Markdown file that stays
    /// inside the repository (anchors and queries dropped), else null. A leading '/' is the repository root, as on GitHub.
    /// </summary>
    public static string? ResolveRelativeLink(string fromDocument, string link)
    {
        var target = link.Trim();
        var cut = target.IndexOfAny(['#', '?']);
        if (cut >= 0)
        {
            target = target[..cut];
        }
        target = Uri.UnescapeDataString(target);
        if (target.Length == 0 || target.Contains(':') || target.StartsWith("//", StringComparison.Ordinal) || target.Contains('\\'))
        {
            return null;
        }
        if (!target.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !target.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var directory = target.StartsWith('/') ? "" : fromDocument[..(fromDocument.LastIndexOf('/') + 1)];
        var segments = new List<string>();
        foreach (var segment in (directory + target).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }
                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }
        return segments.Count == 0 ? null : string.Join('/', segments);
    }

    private static ReadDocument? Load(string root, string path, List<string> problems)
    {
        try
        {
            var file = new FileInfo(Full(root, path));
            if (file.Length > MaxDocumentBytes)
            {
                problems.Add($"{path}: skipped, larger than {MaxDocumentBytes / 1024} KiB");
                return null;
            }
            return MarkdownDocumentReader.Read(path, File.ReadAllText(file.FullName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add($"{path}: could not be read ({e.Message})");
            return null;
        }
    }

    // GitHub matches the guide's name without regard to case (Contributing.md, contributing.md).
    private static string? FindCaseInsensitive(string root, string location)
    {
        var slash = location.LastIndexOf('/');
        var directory = Full(root, slash < 0 ? "" : location[..slash]);
        if (!Directory.Exists(directory))
        {
            return null;
        }
        var name = location[(slash + 1)..];
        var match = Directory.EnumerateFiles(directory)
            .Select(Path.GetFileName)
            .Where(file => string.Equals(file, name, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        return match is null ? null : (slash < 0 ? match : $"{location[..slash]}/{match}");
    }

    private static string Full(string root, string relative) => Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
}
