namespace ClawDev.Server.Lsp.Workspace;

/// <summary>Conversions between the client's document URIs and local file paths.</summary>
internal static class DocumentUris
{
    /// <summary>The local path of a <c>file:</c> URI, or null for any other URI (untitled:, a notebook cell...).</summary>
    public static string? ToLocalPath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile
            ? Path.TrimEndingDirectorySeparator(parsed.LocalPath)
            : null;

    /// <summary>The <c>file:</c> URI of a full local path, escaped the way editors escape it.</summary>
    public static string FromLocalPath(string fullPath) => new Uri(fullPath).AbsoluteUri;

    /// <summary>
    /// <paramref name="fullPath"/> relative to <paramref name="directory"/> with '/' separators, or null when it is
    /// not inside it.
    /// </summary>
    public static string? RelativePath(string directory, string fullPath)
    {
        var relative = Path.GetRelativePath(directory, fullPath);
        if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return null;
        }
        return Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
