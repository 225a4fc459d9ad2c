namespace ClawDev.GitHub.Templates;

/// <summary>Splits "---\nyaml\n---\nbody" into its YAML and its body; text without front matter is all body.</summary>
internal static class FrontMatter
{
    public static (string? Yaml, string Body) Split(string text)
    {
        var normalized = text.Replace("\r\n", "\n").TrimStart('\uFEFF');
        if (!normalized.StartsWith("---\n", StringComparison.Ordinal))
        {
            return (null, normalized);
        }
        var close = normalized.IndexOf("\n---", 3, StringComparison.Ordinal);
        while (close >= 0)
        {
            var lineEnd = close + 4;
            if (lineEnd == normalized.Length || normalized[lineEnd] == '\n' || normalized.AsSpan(lineEnd, LineLength(normalized, lineEnd)).IsWhiteSpace())
            {
                var bodyStart = Math.Min(normalized.Length, lineEnd + LineLength(normalized, lineEnd) + 1);
                return (normalized[4..(close + 1)], normalized[bodyStart..]);
            }
            close = normalized.IndexOf("\n---", close + 1, StringComparison.Ordinal);
        }
        return (null, normalized);
    }

    private static int LineLength(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return (end < 0 ? text.Length : end) - start;
    }
}
