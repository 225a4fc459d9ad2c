using System.Net;
using Octokit;
using Octokit.Internal;

namespace ClawDev.GitHub.Api;

/// <summary>
/// The validator of one GET that <see cref="GitHubApi"/> is about to send through Octokit: the ETag to send as
/// If-None-Match and the cached answer to stand in for a 304. It flows to <see cref="ConditionalGetHttpClient"/>
/// with the async call (Octokit's high-level calls cannot carry extra request headers).
/// </summary>
internal sealed class ConditionalGet(Uri url, string etag, string cachedBody, string? cachedLink)
{
    private static readonly AsyncLocal<ConditionalGet?> Current = new();

    public bool NotModified { get; private set; }

    public static IDisposable Begin(ConditionalGet validator)
    {
        Current.Value = validator;
        return new Scope();
    }

    internal static ConditionalGet? For(Uri requestUrl) => Current.Value is { } current && current.Applies(requestUrl) ? current : null;

    private bool Applies(Uri requestUrl) => Uri.Compare(requestUrl, url, UriComponents.AbsoluteUri, UriFormat.UriEscaped, StringComparison.Ordinal) == 0;

    internal void Apply(IRequest request) => request.Headers["If-None-Match"] = etag;

    /// <summary>The cached answer in place of the 304, with the headers Octokit reads (ETag, Link).</summary>
    internal IResponse StandIn(IResponse notModified)
    {
        NotModified = true;
        var headers = notModified.Headers.ToDictionary(header => header.Key, header => header.Value, StringComparer.OrdinalIgnoreCase);
        var currentEtag = notModified.ApiInfo?.Etag is { Length: > 0 } sent ? sent : etag;
        headers["ETag"] = currentEtag;
        if (cachedLink is not null)
        {
            headers["Link"] = cachedLink;
        }
        var apiInfo = new ApiInfo(
            LinkHeader.Parse(cachedLink).ToDictionary(),
            [.. notModified.ApiInfo?.OauthScopes ?? []],
            [.. notModified.ApiInfo?.AcceptedOauthScopes ?? []],
            currentEtag,
            notModified.ApiInfo?.RateLimit ?? new RateLimit(),
            notModified.ApiInfo?.ServerTimeDifference ?? TimeSpan.Zero);
        return new StandInResponse(cachedBody, headers, apiInfo);
    }

    private sealed record StandInResponse(object Body, IReadOnlyDictionary<string, string> Headers, ApiInfo ApiInfo) : IResponse
    {
        public HttpStatusCode StatusCode => HttpStatusCode.OK;

        public string ContentType => "application/json";
    }

    private sealed class Scope : IDisposable
    {
        public void Dispose() => Current.Value = null;
    }
}

/// <summary>
/// Octokit's <see cref="IHttpClient"/> with conditional GETs: sends If-None-Match for the request
/// <see cref="ConditionalGet"/> names and turns a 304 into the cached answer. Octokit's own CachingHttpClient is
/// not used: it stores error answers too and writes its cache without awaiting it, so a following request can
/// miss what was just fetched; here the caller stores only successful answers, before it returns.
/// </summary>
internal sealed class ConditionalGetHttpClient(IHttpClient inner) : IHttpClient
{
    public async Task<IResponse> Send(IRequest request, CancellationToken cancellationToken, Func<object, object>? preprocessResponseBody = null)
    {
        var validator = request.Method == HttpMethod.Get ? ConditionalGet.For(new Uri(request.BaseAddress, request.Endpoint)) : null;
        validator?.Apply(request);
        var response = await inner.Send(request, cancellationToken, preprocessResponseBody).ConfigureAwait(false);
        return validator is not null && response.StatusCode == HttpStatusCode.NotModified ? validator.StandIn(response) : response;
    }

    public void SetRequestTimeout(TimeSpan timeout) => inner.SetRequestTimeout(timeout);

    public void Dispose() => inner.Dispose();
}
