namespace ClawDev.GitHub.Tests.Loopback;

/// <summary>
/// Method + path + required query parameters → a sequence of answers (each request takes the next one; the last
/// one repeats), or a function of the request for answers that depend on it (e.g. <c>If-None-Match</c>).
/// </summary>
public sealed class LoopbackRoute
{
    private readonly Func<LoopbackRequest, int, LoopbackResponse> _respond;
    private int _hits;

    public LoopbackRoute(string method, string path, IReadOnlyDictionary<string, string>? query, Func<LoopbackRequest, int, LoopbackResponse> respond)
    {
        Method = method.ToUpperInvariant();
        Path = path;
        Query = query ?? new Dictionary<string, string>();
        _respond = respond;
    }

    public string Method { get; }

    public string Path { get; }

    /// <summary>Parameters the request must carry with these values; others are allowed.</summary>
    public IReadOnlyDictionary<string, string> Query { get; }

    public int Hits => Volatile.Read(ref _hits);

    public bool Matches(LoopbackRequest request) =>
        request.Method == Method
        && request.Path == Path
        && Query.All(required => request.Query.TryGetValue(required.Key, out var value) && value == required.Value);

    public LoopbackResponse Respond(LoopbackRequest request) => _respond(request, Interlocked.Increment(ref _hits) - 1);

    public static LoopbackRoute Sequence(string method, string path, IReadOnlyDictionary<string, string>? query, IReadOnlyList<LoopbackResponse> answers) =>
        new(method, path, query, (_, hit) => answers[Math.Min(hit, answers.Count - 1)]);
}
