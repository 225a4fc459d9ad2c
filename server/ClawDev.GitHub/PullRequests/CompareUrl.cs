using System.Text;
using ClawDev.GitHub.Upstream;

namespace ClawDev.GitHub.PullRequests;

/// <summary>GitHub's "open a pull request" page, prefilled: what is offered without a token or offline.</summary>
public static class CompareUrl
{
    /// <summary>Browsers and GitHub handle URLs of this length; a longer body is cut at a line end.</summary>
    public const int MaxLength = 8000;

    public const string TruncationNote = "\n\n…(the description was shortened to fit in a link; paste the full text from ClawDev)";

    /// <summary>
    /// <c>https://HOST/OWNER/REPO/compare/BASE...USER:BRANCH?expand=1&amp;title=…&amp;body=…</c>, URL-encoded, at most
    /// <see cref="MaxLength"/> characters; the template name is passed when one of several was chosen.
    /// </summary>
    public static string For(RepositoryId upstream, string baseBranch, string headOwner, string branch, string title, string body, string? templateName = null)
    {
        var start = new StringBuilder()
            .Append(upstream.WebUrl.GetLeftPart(UriPartial.Authority)).Append('/').Append(Escape(upstream.Owner)).Append('/').Append(Escape(upstream.Name))
            .Append("/compare/").Append(EscapeRef(baseBranch)).Append("...").Append(Escape(headOwner)).Append(':').Append(EscapeRef(branch))
            .Append("?expand=1");
        if (templateName is not null)
        {
            start.Append("&template=").Append(Escape(templateName));
        }
        start.Append("&title=").Append(Escape(title)).Append("&body=");
        var prefix = start.ToString();
        var encoded = Escape(body);
        if (prefix.Length + encoded.Length <= MaxLength)
        {
            return prefix + encoded;
        }
        // Cut whole lines until the encoded body and the note fit.
        var note = Escape(TruncationNote);
        var lines = body.Split('\n');
        for (var count = lines.Length - 1; count >= 0; count--)
        {
            var shortened = Escape(string.Join('\n', lines, 0, count)) + note;
            if (prefix.Length + shortened.Length <= MaxLength)
            {
                return prefix + shortened;
            }
        }
        return prefix + note;
    }

    private static string Escape(string text) => Uri.EscapeDataString(text);

    // Branch names keep their slashes, as GitHub writes them in compare URLs.
    private static string EscapeRef(string name) => string.Join('/', name.Split('/').Select(Escape));
}
