using System.Text;

namespace ClawDev.TestSupport;

/// <summary>
/// A repository written out from one text: "=== path" starts a file (the lines below it are its content), "?? path"
/// names a path that does not exist but is to be described; lines before the first header are comments.
/// </summary>
internal static class RepositoryTree
{
    /// <returns>The Python paths of the tree and the "??" paths, sorted.</returns>
    public static List<string> Write(string description, TemporaryDirectory tree)
    {
        var paths = new List<string>();
        string? current = null;
        var content = new StringBuilder();
        void Flush()
        {
            if (current is not null)
            {
                tree.Write(current, content.ToString());
                if (current.EndsWith(".py", StringComparison.Ordinal))
                {
                    paths.Add(current);
                }
            }
            content.Clear();
        }
        foreach (var line in description.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                Flush();
                current = line[4..].Trim();
            }
            else if (line.StartsWith("?? ", StringComparison.Ordinal))
            {
                paths.Add(line[3..].Trim());
            }
            else if (current is not null)
            {
                content.Append(line).Append('\n');
            }
        }
        Flush();
        paths.Sort(StringComparer.Ordinal);
        return paths;
    }
}
