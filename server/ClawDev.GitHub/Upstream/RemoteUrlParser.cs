namespace ClawDev.GitHub.Upstream;

/// <summary>
/// Reads the repository out of a git remote URL: <c>https://host/owner/repo(.git)</c>,
/// <c>[user@]host:owner/repo(.git)</c> (scp-like ssh), <c>ssh://[user@]host[:port]/owner/repo</c>, <c>git://</c>;
/// any host (github.com or a GitHub Enterprise server); a trailing slash or <c>.git</c> is ignored.
/// </summary>
public static class RemoteUrlParser
{
    // GitHub's "ssh over the https port" host is github.com under another name.
    private const string SshOverHttpsHost = "ssh.github.com";

    public static RepositoryId? Parse(string remoteUrl)
    {
        var url = remoteUrl.Trim();
        if (url.Length == 0)
        {
            return null;
        }
        return url.Contains("://", StringComparison.Ordinal) ? ParseUrl(url) : ParseScpLike(url);
    }

    private static RepositoryId? ParseUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("https" or "http" or "ssh" or "git" or "git+ssh" or "ssh+git"))
        {
            return null;
        }
        // A web URL's port is the web host's (GitHub Enterprise on another port); an ssh URL's port is only ssh's.
        var host = uri.Scheme is "https" or "http" && !uri.IsDefaultPort ? $"{uri.Host}:{uri.Port}" : uri.Host;
        return FromHostAndPath(host, Uri.UnescapeDataString(uri.AbsolutePath));
    }

    // [user@]host:owner/repo — git's scp-like syntax; a colon before any slash is what makes it one,
    // unless what precedes it is a Windows drive letter (C:/repos/x is a local path).
    private static RepositoryId? ParseScpLike(string url)
    {
        var colon = url.IndexOf(':');
        var slash = url.IndexOf('/');
        if (colon <= 1 || (slash >= 0 && slash < colon))
        {
            return null;
        }
        var authority = url[..colon];
        var host = authority[(authority.LastIndexOf('@') + 1)..];
        return FromHostAndPath(host, url[(colon + 1)..]);
    }

    private static RepositoryId? FromHostAndPath(string host, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (host.Length == 0 || segments.Length != 2)
        {
            return null;
        }
        var owner = segments[0];
        var name = segments[1].EndsWith(".git", StringComparison.OrdinalIgnoreCase) ? segments[1][..^4] : segments[1];
        if (owner.Length == 0 || name.Length == 0)
        {
            return null;
        }
        host = host.ToLowerInvariant();
        return new RepositoryId(host == SshOverHttpsHost ? RepositoryId.PublicHost : host, owner, name);
    }

    /// <summary>
    /// A repository named by a setting: a remote-style URL, or <c>owner/repo</c> on <paramref name="defaultHost"/>.
    /// </summary>
    public static RepositoryId? ParseSetting(string value, string defaultHost = RepositoryId.PublicHost)
    {
        var text = value.Trim();
        var segments = text.Split('/');
        if (!text.Contains(':') && segments.Length == 2 && segments[0].Length > 0 && segments[1].Length > 0)
        {
            return new RepositoryId(defaultHost, segments[0], segments[1].EndsWith(".git", StringComparison.OrdinalIgnoreCase) ? segments[1][..^4] : segments[1]);
        }
        return Parse(text);
    }
}
