namespace ClawDev.Core.Configuration.Paths;

/// <summary>Path arithmetic on '/'-separated text, without touching the file system.</summary>
internal static class LexicalPath
{
    /// <summary>Joins <paramref name="path"/> to <paramref name="baseDirectory"/> (unless it is absolute) and removes
    /// "." and ".." parts, as ruff's <c>normalize_path_to</c> and Python's <c>os.path.abspath</c> do.</summary>
    public static string Absolute(string path, string baseDirectory)
    {
        var joined = path.StartsWith('/') ? path : $"{baseDirectory.TrimEnd('/')}/{path}";
        var parts = new List<string>();
        foreach (var part in joined.Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }

                continue;
            }

            parts.Add(part);
        }

        return "/" + string.Join('/', parts);
    }

    /// <summary>Escapes glob metacharacters, so a directory name can prefix a glob pattern.</summary>
    public static string EscapeGlob(string text)
    {
        var escaped = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '*' or '?' or '[' or ']' or '{' or '}' or '\\')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>The directory made absolute, with '/' separators and no trailing separator, e.g. "/work/repo";
    /// false for text that is no path at all (empty, or holding a NUL).</summary>
    public static bool TryDirectory(string directory, out string absolute)
    {
        try
        {
            absolute = Absolute(Path.GetFullPath(directory).Replace('\\', '/'), "/");
            return true;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            absolute = "/";
            return false;
        }
    }
}
