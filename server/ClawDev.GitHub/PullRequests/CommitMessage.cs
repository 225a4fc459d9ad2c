using System.Text;
using ClawDev.GitHub.Git;

namespace ClawDev.GitHub.PullRequests;

/// <summary>Writes the commit message for the chosen documentation changes.</summary>
public static class CommitMessage
{
    /// <summary>
    /// The subject (the pull request's title), a blank line, one line per documented symbol, and, when the
    /// repository asks for the Developer Certificate of Origin, the <c>Signed-off-by</c> trailer of <paramref name="signOff"/>.
    /// </summary>
    public static string Write(string subject, ChangeDescription description, GitIdentity? signOff)
    {
        var message = new StringBuilder(subject).Append('\n');
        var lines = description.SymbolLines();
        if (lines.Count > 0)
        {
            message.Append('\n');
            foreach (var line in lines)
            {
                message.Append("- ").Append(line).Append('\n');
            }
        }
        if (signOff is not null)
        {
            message.Append('\n').Append(signOff.SignOffTrailer).Append('\n');
        }
        return message.ToString();
    }
}
