using System.Text;
using ClawDev.GitHub.Upstream;

namespace ClawDev.GitHub.Templates;

/// <summary>
/// The prefilled <c>/issues/new</c> URL. Browsers and GitHub refuse very long URLs, so when it would exceed the
/// bound the longest value is cut (at a line end where possible) and marked with "…".
/// </summary>
internal static class NewIssueUrl
{
    private const string CutMarker = "\n\n…";

    public static (Uri Url, bool Shortened) Build(RepositoryId repository, List<KeyValuePair<string, string>> parameters, int maxLength)
    {
        var shortened = false;
        var url = Render(repository, parameters);
        while (url.Length > maxLength)
        {
            var longest = parameters.Select((p, i) => (Index: i, p.Value.Length)).MaxBy(p => p.Length);
            var value = parameters[longest.Index].Value;
            var excess = url.Length - maxLength;
            // Escaping makes a character cost up to 9 URL characters; cutting a third of the excess never cuts too much.
            var keep = Math.Max(0, value.Length - Math.Max(excess / 3, CutMarker.Length + 1) - CutMarker.Length);
            if (keep == 0 && value.Length == 0)
            {
                break;
            }
            var lineEnd = value.LastIndexOf('\n', Math.Max(0, keep - 1));
            var cut = (lineEnd > keep / 2 ? value[..lineEnd] : value[..keep]) + CutMarker;
            parameters[longest.Index] = new(parameters[longest.Index].Key, keep == 0 ? "" : cut);
            shortened = true;
            url = Render(repository, parameters);
        }
        return (new Uri(url), shortened);
    }

    private static string Render(RepositoryId repository, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var url = new StringBuilder($"{repository.WebUrl}/issues/new");
        var separator = '?';
        foreach (var (key, value) in parameters)
        {
            url.Append(separator).Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }
        return url.ToString();
    }
}
