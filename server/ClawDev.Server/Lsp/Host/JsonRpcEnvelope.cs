using System.Text.Json;
using System.Text.Unicode;
using ClawDev.Server.Lsp.Protocol;
using StreamJsonRpc;

namespace ClawDev.Server.Lsp.Host;

internal enum MessageKind
{
    Request,
    Notification,
    Response,
}

/// <summary>The top level of a JSON-RPC 2.0 message: enough to route it without deserializing its parameters.</summary>
internal readonly record struct JsonRpcEnvelope(MessageKind Kind, string? Method, RequestId Id);

/// <summary>Why a body is not a JSON-RPC message, and the id to answer with (null when there is none to read).</summary>
/// <param name="Answer">False for a broken response: nobody waits for an answer to a response.</param>
internal readonly record struct EnvelopeProblem(int Code, string Message, RequestId Id, bool Answer);

/// <summary>
/// Checks that a frame body is a JSON-RPC 2.0 message StreamJsonRpc can take (valid UTF-8, one JSON object,
/// "jsonrpc": "2.0", a string method, an integer or string id, structured params, a well-formed error) — at least
/// as strict as its deserializer, which would otherwise end the connection on the first bad message.
/// </summary>
internal static class JsonRpcEnvelopeReader
{
    private const int MaxDepth = 64;

    public static bool TryRead(ReadOnlySpan<byte> body, out JsonRpcEnvelope envelope, out EnvelopeProblem problem)
    {
        envelope = default;
        if (!Utf8.IsValid(body))
        {
            problem = ParseError("the message is not valid UTF-8");
            return false;
        }
        Members members;
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = MaxDepth });
            if (!reader.Read())
            {
                problem = ParseError("the message is empty");
                return false;
            }
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                var what = reader.TokenType == JsonTokenType.StartArray ? "a batch (JSON array), which LSP does not use" : "not a JSON object";
                reader.Skip();
                EnsureEnd(ref reader);
                problem = InvalidRequest($"the message is {what}", RequestId.Null);
                return false;
            }
            members = ReadMembers(ref reader);
            EnsureEnd(ref reader);
        }
        catch (JsonException exception)
        {
            problem = ParseError($"the message is not valid JSON: {exception.Message}");
            return false;
        }
        return Classify(members, out envelope, out problem);
    }

    private static bool Classify(Members m, out JsonRpcEnvelope envelope, out EnvelopeProblem problem)
    {
        envelope = default;
        var id = m.IdProblem is null && !m.Id.IsEmpty ? m.Id : RequestId.Null;
        var isResponse = m.Method is null && (m.HasResult || m.HasError);
        string? invalid =
            m.Duplicate is { } duplicate ? $"the member \"{duplicate}\" appears twice"
            : m.Version != "2.0" ? "\"jsonrpc\" must be \"2.0\""
            : m.IdProblem ?? m.MethodProblem ?? m.ParamsProblem ?? m.ErrorProblem
            ?? (m.Method is not null && (m.HasResult || m.HasError) ? "a message cannot have both a method and a result or error"
            : m.HasResult && m.HasError ? "a response cannot have both a result and an error"
            : m.Method is null && !isResponse ? "the message has neither a method nor a result or error"
            : m.Method is not null && m.Id.IsNull ? "a request id must be an integer or a string, not null"
            : isResponse && m.Id.IsEmpty ? "a response has no id"
            : null);
        if (invalid is not null)
        {
            problem = new EnvelopeProblem(LspErrorCodes.InvalidRequest, $"invalid JSON-RPC message: {invalid}", id, Answer: !isResponse);
            return false;
        }
        problem = default;
        envelope = m.Method is null
            ? new JsonRpcEnvelope(MessageKind.Response, null, m.Id)
            : new JsonRpcEnvelope(m.Id.IsEmpty ? MessageKind.Notification : MessageKind.Request, m.Method, m.Id);
        return true;
    }

    private static Members ReadMembers(ref Utf8JsonReader reader)
    {
        var m = new Members();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "jsonrpc":
                    m.NoteSeen(name, ref m.SeenVersion);
                    m.Version = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    break;
                case "id":
                    m.NoteSeen(name, ref m.SeenId);
                    ReadId(ref reader, m);
                    break;
                case "method":
                    m.NoteSeen(name, ref m.SeenMethod);
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        m.Method = reader.GetString();
                    }
                    else
                    {
                        m.MethodProblem = "\"method\" must be a string";
                    }
                    break;
                case "params":
                    m.NoteSeen(name, ref m.SeenParams);
                    if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
                    {
                        m.ParamsProblem = "\"params\" must be an object or an array";
                    }
                    break;
                case "result":
                    m.NoteSeen(name, ref m.HasResult);
                    break;
                case "error":
                    m.NoteSeen(name, ref m.HasError);
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        m.ErrorProblem = ReadError(ref reader);
                        continue;
                    }
                    m.ErrorProblem = "\"error\" must be an object";
                    break;
            }
            reader.Skip();
        }
        return m;
    }

    private static void ReadId(ref Utf8JsonReader reader, Members m)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetInt64(out var number):
                m.Id = new RequestId(number);
                break;
            case JsonTokenType.String:
                m.Id = new RequestId(reader.GetString());
                break;
            case JsonTokenType.Null:
                m.Id = RequestId.Null;
                break;
            default:
                m.IdProblem = "\"id\" must be an integer or a string";
                break;
        }
    }

    /// <summary>Reads an error object up to its end; returns what is wrong with it, or null.</summary>
    private static string? ReadError(ref Utf8JsonReader reader)
    {
        bool hasCode = false, hasMessage = false;
        string? problem = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "code")
            {
                hasCode = true;
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out _))
                {
                    problem ??= "\"error.code\" must be an integer";
                }
            }
            else if (name == "message")
            {
                hasMessage = true;
                if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Null))
                {
                    problem ??= "\"error.message\" must be a string";
                }
            }
            reader.Skip();
        }
        return problem ?? (!hasCode ? "\"error\" has no code" : !hasMessage ? "\"error\" has no message" : null);
    }

    private static void EnsureEnd(ref Utf8JsonReader reader)
    {
        // The reader itself throws on anything but whitespace after the single top-level value.
        while (reader.Read())
        {
        }
    }

    private static EnvelopeProblem ParseError(string message) =>
        new(LspErrorCodes.ParseError, message, RequestId.Null, Answer: true);

    private static EnvelopeProblem InvalidRequest(string message, RequestId id) =>
        new(LspErrorCodes.InvalidRequest, $"invalid JSON-RPC message: {message}", id, Answer: true);

    private sealed class Members
    {
        public bool SeenVersion, SeenId, SeenMethod, SeenParams, HasResult, HasError;
        public string? Version, Method, Duplicate, IdProblem, MethodProblem, ParamsProblem, ErrorProblem;
        public RequestId Id = RequestId.NotSpecified;

        public void NoteSeen(string name, ref bool seen)
        {
            if (seen)
            {
                Duplicate ??= name;
            }
            seen = true;
        }
    }
}
