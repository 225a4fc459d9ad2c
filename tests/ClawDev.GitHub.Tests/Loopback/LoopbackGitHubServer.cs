using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ClawDev.GitHub.Tests.Loopback;

/// <summary>
/// An in-process HTTP/1.1 server on 127.0.0.1 (ephemeral port) that answers like the GitHub REST API from a route
/// table and records every request. TcpListener-based, so the port is truly ephemeral and a test controls
/// everything on the wire (delays, closed ports, exact headers).
/// </summary>
public sealed class LoopbackGitHubServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<LoopbackRoute> _routes = [];
    private readonly ConcurrentQueue<LoopbackRequest> _requests = new();
    private readonly ConcurrentDictionary<Task, bool> _connections = new();
    private readonly Task _acceptLoop;

    private LoopbackGitHubServer()
    {
        _listener.Start();
        var port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        BaseUri = new Uri($"http://127.0.0.1:{port}/");
        _acceptLoop = AcceptAsync();
    }

    /// <summary>Starts a server with no routes: every request is answered 404 like an unknown GitHub path.</summary>
    public static LoopbackGitHubServer Start() => new();

    /// <summary>Starts a server answering every route of <c>tests/fixtures/github/routes.json</c>.</summary>
    public static LoopbackGitHubServer StartWithFixtures()
    {
        var server = new LoopbackGitHubServer();
        foreach (var route in GitHubFixtures.Routes())
        {
            server.Add(route);
        }
        return server;
    }

    /// <summary><c>http://127.0.0.1:PORT/</c>, the API base URL to give the client.</summary>
    public Uri BaseUri { get; }

    /// <summary>Every request received so far, in order of arrival.</summary>
    public IReadOnlyList<LoopbackRequest> Requests => [.. _requests];

    public IReadOnlyList<LoopbackRequest> RequestsTo(string path) => Requests.Where(request => request.Path == path).ToList();

    /// <summary>Adds a route; a later route wins over an earlier one that matches the same request equally well.</summary>
    public LoopbackRoute Add(LoopbackRoute route)
    {
        lock (_routes)
        {
            _routes.Add(route);
        }
        return route;
    }

    /// <summary>Answers <paramref name="method"/> <paramref name="pathAndQuery"/> with the answers in turn (the last repeats).</summary>
    public LoopbackRoute Map(string method, string pathAndQuery, params LoopbackResponse[] answers)
    {
        var (path, query) = SplitPathAndQuery(pathAndQuery);
        return Add(LoopbackRoute.Sequence(method, path, query, answers));
    }

    public LoopbackRoute Map(string method, string pathAndQuery, Func<LoopbackRequest, LoopbackResponse> respond)
    {
        var (path, query) = SplitPathAndQuery(pathAndQuery);
        return Add(new LoopbackRoute(method, path, query, (request, _) => respond(request)));
    }

    public static (string Path, IReadOnlyDictionary<string, string> Query) SplitPathAndQuery(string pathAndQuery)
    {
        var question = pathAndQuery.IndexOf('?');
        if (question < 0)
        {
            return (pathAndQuery, new Dictionary<string, string>());
        }
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pathAndQuery[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            query[name] = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
        }
        return (pathAndQuery[..question], query);
    }

    private LoopbackRoute? FindRoute(LoopbackRequest request)
    {
        lock (_routes)
        {
            LoopbackRoute? best = null;
            foreach (var route in _routes)
            {
                if (route.Matches(request) && (best is null || route.Query.Count >= best.Query.Count))
                {
                    best = route;
                }
            }
            return best;
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            var connection = ServeAsync(client);
            _connections[connection] = true;
            _ = connection.ContinueWith(done => _connections.TryRemove(done, out _), TaskScheduler.Default);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            var reader = new HttpRequestReader(stream);
            // Keep-alive: serve requests on this connection until the client closes it.
            while (await reader.ReadAsync(_stopping.Token) is { } request)
            {
                _requests.Enqueue(request);
                var response = FindRoute(request)?.Respond(request) ?? LoopbackResponse.Error(HttpStatusCode.NotFound, "Not Found");
                if (response.Delay > TimeSpan.Zero)
                {
                    await Task.Delay(response.Delay, _stopping.Token);
                }
                await WriteAsync(stream, response, _stopping.Token);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The client went away (a cancelled or timed-out request) or the server is stopping.
        }
    }

    private async Task WriteAsync(NetworkStream stream, LoopbackResponse response, CancellationToken cancellationToken)
    {
        var baseUrl = BaseUri.GetLeftPart(UriPartial.Authority);
        var body = Encoding.UTF8.GetBytes(response.Body.Replace("{base}", baseUrl, StringComparison.Ordinal));
        var head = new StringBuilder();
        var status = (int)response.Status;
        head.Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} {ReasonPhrase(response.Status)}\r\n");
        head.Append(CultureInfo.InvariantCulture, $"Date: {DateTimeOffset.UtcNow:r}\r\n");
        head.Append("Server: ClawDev-Loopback-GitHub\r\n");
        if (body.Length > 0)
        {
            head.Append("Content-Type: application/json; charset=utf-8\r\n");
        }
        foreach (var (name, value) in response.Headers)
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value.Replace("{base}", baseUrl, StringComparison.Ordinal)}\r\n");
        }
        head.Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), cancellationToken);
        await stream.WriteAsync(body, cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }

    private static string ReasonPhrase(HttpStatusCode status) => (int)status switch
    {
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        204 => "No Content",
        301 => "Moved Permanently",
        302 => "Found",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        _ => "Status",
    };

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        await _acceptLoop;
        await Task.WhenAll(_connections.Keys);
        _listener.Dispose();
        _stopping.Dispose();
    }
}
