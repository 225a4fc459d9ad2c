namespace ClawDev.GitHub.Auth;

/// <summary>
/// Removes the Authorization header from every request that does not go to the configured API origin (scheme,
/// host and port). Octokit attaches the token to any URL it is given — an absolute Link from a response, a
/// redirect to the same host name on another port — so this is the one place that keeps it on the API host.
/// </summary>
internal sealed class TokenHostGuard(Uri apiBase, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is not { } target
            || Uri.Compare(target, apiBase, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            request.Headers.Authorization = null;
        }
        return base.SendAsync(request, cancellationToken);
    }
}
