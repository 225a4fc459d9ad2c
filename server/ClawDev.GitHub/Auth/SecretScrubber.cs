using System.Text.RegularExpressions;

namespace ClawDev.GitHub.Auth;

/// <summary>
/// Takes secrets out of text that came from outside: an API's error message may echo the request's Authorization
/// header, as some proxies and GitHub Enterprise errors do. The token itself, anything shaped like a GitHub token
/// (ghp_/gho_/ghu_/ghs_/ghr_…, github_pat_…, a 40-digit hex OAuth token) and the credential after "Bearer", "token"
/// or "Basic" become "[redacted]".
/// </summary>
public static class SecretScrubber
{
    public const string Redacted = "[redacted]";

    private static readonly Regex Secrets = new(
        @"(?<scheme>\b(?:bearer|token|basic)\s+)[a-z0-9._~+/=-]{16,}|\bgh[pousr]_[a-z0-9]{30,251}\b|\bgithub_pat_[a-z0-9_]{22,255}\b|\b[0-9a-f]{40}\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static string Scrub(string text, GitHubToken? token)
    {
        if (token is not null)
        {
            text = text.Replace(token.Value, Redacted, StringComparison.Ordinal);
        }
        return Secrets.Replace(text, match => match.Groups["scheme"].Success ? match.Groups["scheme"].Value + Redacted : Redacted);
    }
}
