namespace ClawDev.GitHub.Issues.Mentions;

/// <summary>
/// The strongest mention of a file in a text: a permalink to it (<c>…/blob/&lt;ref&gt;/path#L10-L20</c>), its
/// path (also without the "src/" of a src layout), its file name, or its directory. A path that names another
/// file with the same name ("examples/trainer.py" for "src/transformers/trainer.py") is not a mention.
/// </summary>
internal static class PathMentions
{
    private const string BlobSegment = "/blob/";

    public static Evidence? Find(string text, string filePath)
    {
        return Permalink(text, filePath) ?? BestPathToken(text, filePath);
    }

    private static Evidence? Permalink(string text, string filePath)
    {
        for (var at = text.IndexOf(BlobSegment, StringComparison.Ordinal); at >= 0; at = text.IndexOf(BlobSegment, at + 1, StringComparison.Ordinal))
        {
            var refEnd = text.IndexOf('/', at + BlobSegment.Length);
            if (refEnd < 0)
            {
                return null;
            }
            var pathEnd = refEnd + 1;
            while (pathEnd < text.Length && (IsPathCharacter(text[pathEnd]) || text[pathEnd] == '%'))
            {
                pathEnd++;
            }
            var linked = Uri.UnescapeDataString(text[(refEnd + 1)..pathEnd]);
            if (linked == filePath)
            {
                var lines = LineAnchor(text, pathEnd);
                return new Evidence(EvidenceKind.Permalink, filePath + lines, false, false, $"links to {filePath}{lines}");
            }
        }
        return null;
    }

    /// <summary>"#L10-L20" or "#L10" right after a permalink's path, else "".</summary>
    private static string LineAnchor(string text, int at)
    {
        if (at + 2 >= text.Length || text[at] != '#' || text[at + 1] != 'L' || !char.IsAsciiDigit(text[at + 2]))
        {
            return "";
        }
        var end = SkipDigits(text, at + 2);
        if (end + 2 < text.Length && text[end] == '-' && text[end + 1] == 'L' && char.IsAsciiDigit(text[end + 2]))
        {
            end = SkipDigits(text, end + 2);
        }
        return text[at..end];
    }

    private static Evidence? BestPathToken(string text, string filePath)
    {
        var importablePath = filePath.StartsWith("src/", StringComparison.Ordinal) ? filePath["src/".Length..] : filePath;
        var fileName = filePath[(filePath.LastIndexOf('/') + 1)..];
        var directory = filePath.LastIndexOf('/') is var slash and > 0 ? filePath[..slash] : "";
        Evidence? best = null;
        var start = 0;
        while (start < text.Length)
        {
            if (!IsPathCharacter(text[start]))
            {
                start++;
                continue;
            }
            var end = start;
            while (end < text.Length && IsPathCharacter(text[end]))
            {
                end++;
            }
            var token = text[start..end].TrimEnd('.', '-', ',');
            start = end;
            var found = Classify(token, filePath, importablePath, fileName, directory);
            if (found is not null && (best is null || found.Kind < best.Kind))
            {
                best = found;
            }
        }
        return best;
    }

    private static Evidence? Classify(string token, string filePath, string importablePath, string fileName, string directory)
    {
        if (token.Contains('/'))
        {
            if (EndsWithSegments(token, filePath) || EndsWithSegments(token, importablePath) || (HasTwoSegments(token) && EndsWithSegments(filePath, token)))
            {
                return new Evidence(EvidenceKind.FilePath, filePath, false, false, $"mentions {filePath}");
            }
            var folder = token.TrimEnd('/');
            if (directory.Length > 0 && (folder == directory || (HasTwoSegments(folder) && EndsWithSegments(directory, folder))))
            {
                return new Evidence(EvidenceKind.Directory, directory, false, false, $"mentions directory {directory}/");
            }
            return null;
        }
        // "__init__.py" names every package; alone it says nothing about which one.
        return token == fileName && fileName != "__init__.py"
            ? new Evidence(EvidenceKind.FileName, fileName, false, false, $"mentions {fileName}")
            : null;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="suffix"/> or ends with "/" + suffix.</summary>
    private static bool EndsWithSegments(string path, string suffix) =>
        path.EndsWith(suffix, StringComparison.Ordinal) && (path.Length == suffix.Length || path[path.Length - suffix.Length - 1] == '/');

    private static bool HasTwoSegments(string path) => path.Trim('/').Contains('/');

    private static int SkipDigits(string text, int at)
    {
        while (at < text.Length && char.IsAsciiDigit(text[at]))
        {
            at++;
        }
        return at;
    }

    private static bool IsPathCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '/';
}
