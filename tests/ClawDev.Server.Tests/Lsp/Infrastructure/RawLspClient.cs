using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace ClawDev.Server.Tests.Lsp.Infrastructure;

/// <summary>
/// A deliberately independent LSP client for tests: its own framing, raw JSON, no server types. It can send
/// malformed bytes, and answers the server's own requests (configuration, registration, progress) by a table.
/// </summary>
internal sealed class RawLspClient : IAsyncDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    private readonly Stream _toServer;
    private readonly Stream _fromServer;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Channel<JsonObject> _inbox = Channel.CreateUnbounded<JsonObject>();
    private readonly List<JsonObject> _unclaimed = [];
    private readonly Task _reading;
    private int _nextId;

    public RawLspClient(Stream toServer, Stream fromServer)
    {
        _toServer = toServer;
        _fromServer = fromServer;
        _reading = Task.Run(ReadLoopAsync);
    }

    /// <summary>How the client answers a server request, by method; unlisted methods get a null result.</summary>
    public Dictionary<string, Func<JsonNode?, JsonNode?>> ServerRequestAnswers { get; } = [];

    /// <summary>Server requests of these methods are never answered (a client that hangs).</summary>
    public HashSet<string> UnansweredMethods { get; } = [];

    /// <summary>Every server request received so far (method and params), in order.</summary>
    public List<JsonObject> ServerRequests { get; } = [];

    public Task SendRawAsync(string bytes) => SendRawAsync(Encoding.UTF8.GetBytes(bytes));

    public async Task SendRawAsync(byte[] bytes)
    {
        await _writeLock.WaitAsync();
        try
        {
            await _toServer.WriteAsync(bytes);
            await _toServer.FlushAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Sends one properly framed body.</summary>
    public Task SendBodyAsync(byte[] body) =>
        SendRawAsync([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body]);

    public Task SendJsonAsync(JsonNode message) => SendBodyAsync(Encoding.UTF8.GetBytes(message.ToJsonString()));

    public Task NotifyAsync(string method, JsonNode? parameters = null)
    {
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method };
        if (parameters is not null)
        {
            message["params"] = parameters;
        }
        return SendJsonAsync(message);
    }

    /// <summary>Sends a request and returns its id (the response is read with <see cref="ResponseAsync"/>).</summary>
    public async Task<int> SendRequestAsync(string method, JsonNode? parameters = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method };
        if (parameters is not null)
        {
            message["params"] = parameters;
        }
        await SendJsonAsync(message);
        return id;
    }

    /// <summary>Sends a request and waits for its response (result or error).</summary>
    public async Task<JsonObject> RequestAsync(string method, JsonNode? parameters = null) =>
        await ResponseAsync(await SendRequestAsync(method, parameters));

    public Task<JsonObject> ResponseAsync(int id) =>
        NextAsync(m => m["method"] is null && m["id"]?.GetValueKind() == JsonValueKind.Number && (int)m["id"]! == id);

    /// <summary>The next server message (response, notification) matching <paramref name="match"/>; others stay available.</summary>
    public async Task<JsonObject> NextAsync(Func<JsonObject, bool> match, TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? DefaultTimeout);
        lock (_unclaimed)
        {
            var index = _unclaimed.FindIndex(m => match(m));
            if (index >= 0)
            {
                var found = _unclaimed[index];
                _unclaimed.RemoveAt(index);
                return found;
            }
        }
        try
        {
            while (true)
            {
                var message = await _inbox.Reader.ReadAsync(cancellation.Token);
                if (match(message))
                {
                    return message;
                }
                lock (_unclaimed)
                {
                    _unclaimed.Add(message);
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no matching message from the server; unclaimed: {string.Join(" | ", Unclaimed())}");
        }
    }

    /// <summary>The next error response with "id": null (the answer to a message whose id could not be read).</summary>
    public Task<JsonObject> ErrorWithoutIdAsync() =>
        NextAsync(m => m["method"] is null && m["error"] is not null && m.ContainsKey("id") && m["id"] is null);

    public Task<JsonObject> NotificationAsync(string method, Func<JsonObject, bool>? match = null, TimeSpan? timeout = null) =>
        NextAsync(m => m["id"] is null && (string?)m["method"] == method && (match is null || match(m)), timeout);

    /// <summary>True when no message matching <paramref name="match"/> arrives within <paramref name="wait"/>.</summary>
    public async Task<bool> NothingArrivesAsync(Func<JsonObject, bool> match, TimeSpan wait)
    {
        try
        {
            await NextAsync(match, wait);
            return false;
        }
        catch (TimeoutException)
        {
            return true;
        }
    }

    public IReadOnlyList<string> Unclaimed()
    {
        lock (_unclaimed)
        {
            return _unclaimed.Select(m => m.ToJsonString()).ToList();
        }
    }

    /// <summary>Completes when the server closes its output.</summary>
    public Task Closed => _reading;

    private async Task ReadLoopAsync()
    {
        try
        {
            while (await ReadFrameAsync() is { } body)
            {
                var message = JsonNode.Parse(body)!.AsObject();
                if (message["method"] is not null && message["id"] is not null)
                {
                    await AnswerServerRequestAsync(message);
                    continue;
                }
                await _inbox.Writer.WriteAsync(message);
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or OperationCanceledException)
        {
        }
        finally
        {
            _inbox.Writer.TryComplete();
        }
    }

    private async Task AnswerServerRequestAsync(JsonObject request)
    {
        var method = (string)request["method"]!;
        lock (ServerRequests)
        {
            ServerRequests.Add(request);
        }
        if (UnansweredMethods.Contains(method))
        {
            return;
        }
        var result = ServerRequestAnswers.TryGetValue(method, out var answer) ? answer(request["params"]) : null;
        await SendJsonAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = request["id"]!.DeepClone(), ["result"] = result });
    }

    private async Task<byte[]?> ReadFrameAsync()
    {
        var header = new StringBuilder();
        var one = new byte[1];
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await _fromServer.ReadAsync(one) == 0)
            {
                return null;
            }
            header.Append((char)one[0]);
        }
        var lengthLine = header.ToString().Split("\r\n").Single(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        var body = new byte[int.Parse(lengthLine["Content-Length:".Length..].Trim())];
        await _fromServer.ReadExactlyAsync(body);
        return body;
    }

    public async ValueTask DisposeAsync()
    {
        await _toServer.DisposeAsync();
        await _fromServer.DisposeAsync();
        _writeLock.Dispose();
    }
}
