namespace ClawDev.GitHub.Api;

/// <summary>Reads an RFC 8288 Link header as GitHub sends it: <c>&lt;url&gt;; rel="next", &lt;url&gt;; rel="last"</c>.</summary>
internal static class LinkHeader
{
    public static IReadOnlyDictionary<string, Uri> Parse(string? header)
    {
        var links = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrEmpty(header))
        {
            return links;
        }
        foreach (var part in header.Split(','))
        {
            var open = part.IndexOf('<');
            var close = part.IndexOf('>', open + 1);
            var rel = part.IndexOf("rel=\"", close + 1, StringComparison.Ordinal);
            if (open < 0 || close < 0 || rel < 0)
            {
                continue;
            }
            var relEnd = part.IndexOf('"', rel + 5);
            if (relEnd > rel && Uri.TryCreate(part[(open + 1)..close], UriKind.Absolute, out var target))
            {
                links[part[(rel + 5)..relEnd]] = target;
            }
        }
        return links;
    }
}
