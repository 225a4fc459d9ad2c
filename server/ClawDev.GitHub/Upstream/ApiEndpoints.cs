namespace ClawDev.GitHub.Upstream;

/// <summary>Where the REST API of a GitHub web host lives.</summary>
public static class ApiEndpoints
{
    public static readonly Uri PublicApi = new("https://api.github.com/");

    /// <summary>
    /// github.com → <c>https://api.github.com/</c>; a GitHub Enterprise host → <c>https://HOST/api/v3/</c>;
    /// an explicit API URL setting (GHE behind another path, tests) wins.
    /// </summary>
    public static Uri ForHost(string webHost, string? explicitApiUrl = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitApiUrl))
        {
            var url = explicitApiUrl.Trim();
            // Octokit resolves relative paths against the base, which must end in '/' to keep its last segment.
            return new Uri(url.EndsWith('/') ? url : url + "/", UriKind.Absolute);
        }
        return string.Equals(webHost, RepositoryId.PublicHost, StringComparison.OrdinalIgnoreCase)
            ? PublicApi
            : new Uri(RepositoryId.WebRootOf(webHost.ToLowerInvariant()), "api/v3/");
    }
}
