namespace ClawDev.GitHub.PullRequests;

/// <summary>A pull request template of the repository.</summary>
/// <param name="Path">Relative to the repository root, '/' separators.</param>
public sealed record PullRequestTemplate(string Path, string Text)
{
    /// <summary>The name GitHub's <c>?template=</c> query uses: the file name.</summary>
    public string Name => System.IO.Path.GetFileName(Path);
}

/// <summary>Finds the pull request templates GitHub would offer.</summary>
public static class PullRequestTemplates
{
    /// <summary>The single-template locations, in GitHub's order (names match without regard to case).</summary>
    public static IReadOnlyList<string> SingleTemplateLocations { get; } =
        [".github/pull_request_template.md", "pull_request_template.md", "docs/pull_request_template.md"];

    /// <summary>The folder of several templates.</summary>
    public const string TemplateFolder = ".github/PULL_REQUEST_TEMPLATE";

    private const long MaxTemplateBytes = 256 * 1024;

    /// <summary>Every template found: the first single template, then the folder's Markdown files by name.</summary>
    public static IReadOnlyList<PullRequestTemplate> Find(string repositoryRoot)
    {
        var templates = new List<PullRequestTemplate>();
        foreach (var location in SingleTemplateLocations)
        {
            if (FileIn(repositoryRoot, location) is { } single)
            {
                templates.Add(single);
                break;
            }
        }
        var folder = FindDirectory(repositoryRoot, TemplateFolder);
        if (folder is not null)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(repositoryRoot, folder)).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file);
                if (name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && Load($"{folder}/{name}", file) is { } template)
                {
                    templates.Add(template);
                }
            }
        }
        return templates;
    }

    /// <summary>
    /// The template to use for documentation unless the user picks another: one whose name mentions docs or
    /// documentation, else the single template (GitHub's default), else the folder's first; null when there is none.
    /// </summary>
    public static PullRequestTemplate? DefaultForDocumentation(IReadOnlyList<PullRequestTemplate> templates) =>
        templates.FirstOrDefault(t => t.Name.Contains("doc", StringComparison.OrdinalIgnoreCase)) ?? templates.FirstOrDefault();

    private static PullRequestTemplate? FileIn(string root, string location)
    {
        var slash = location.LastIndexOf('/');
        var directory = slash < 0 ? "" : FindDirectory(root, location[..slash]);
        if (directory is null || !Directory.Exists(Path.Combine(root, directory)))
        {
            return null;
        }
        var name = location[(slash + 1)..];
        var match = Directory.EnumerateFiles(Path.Combine(root, directory))
            .Where(f => string.Equals(Path.GetFileName(f), name, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        return match is null ? null : Load(directory.Length == 0 ? Path.GetFileName(match) : $"{directory}/{Path.GetFileName(match)}", match);
    }

    // Folder names match without regard to case too (.github/pull_request_template/).
    private static string? FindDirectory(string root, string relative)
    {
        var current = "";
        foreach (var segment in relative.Split('/'))
        {
            var parent = Path.Combine(root, current);
            if (!Directory.Exists(parent))
            {
                return null;
            }
            var match = Directory.EnumerateDirectories(parent)
                .Select(Path.GetFileName)
                .Where(d => string.Equals(d, segment, StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .FirstOrDefault();
            if (match is null)
            {
                return null;
            }
            current = current.Length == 0 ? match : $"{current}/{match}";
        }
        return current;
    }

    private static PullRequestTemplate? Load(string path, string file)
    {
        try
        {
            var info = new FileInfo(file);
            return info.Length > MaxTemplateBytes ? null : new PullRequestTemplate(path, File.ReadAllText(file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
