using System.Text;
using System.Text.Json.Nodes;
using ClawDev.Server.Tests.Lsp.Infrastructure;

namespace ClawDev.Server.Tests.Lsp;

/// <summary>Bad frames and bad messages get the protocol-correct answer, and the server keeps serving.</summary>
public sealed class MalformedInputTests
{
    public static TheoryData<string, string, int> BadBodies => new()
    {
        { "invalid JSON", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":", -32700 },
        { "two JSON values", "{\"jsonrpc\":\"2.0\",\"method\":\"x\"} {}", -32700 },
        { "an empty body", "", -32700 },
        { "a JSON array (batch)", "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"shutdown\"}]", -32600 },
        { "a JSON number", "42", -32600 },
        { "an object that is no message", "{\"jsonrpc\":\"2.0\",\"hello\":1}", -32600 },
        { "a missing jsonrpc version", "{\"method\":\"textDocument/hover\",\"params\":{}}", -32600 },
        { "a wrong jsonrpc version", "{\"jsonrpc\":\"1.0\",\"method\":\"x\",\"params\":{}}", -32600 },
        { "a method that is not a string", "{\"jsonrpc\":\"2.0\",\"method\":5}", -32600 },
        { "params that are a string", "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":\"x\"}", -32600 },
        { "a boolean id", "{\"jsonrpc\":\"2.0\",\"id\":true,\"method\":\"shutdown\"}", -32600 },
        { "a fractional id", "{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"shutdown\"}", -32600 },
        { "a null request id", "{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"shutdown\"}", -32600 },
        { "a duplicated member", "{\"jsonrpc\":\"2.0\",\"method\":\"a\",\"method\":\"b\"}", -32600 },
        { "deep nesting", "{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":" + new string('[', 200) + new string(']', 200) + "}", -32700 },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_message_is_answered_with_a_null_id_and_the_server_keeps_serving(string what, string body, int expectedCode)
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();

        await server.Client.SendBodyAsync(Encoding.UTF8.GetBytes(body));
        var error = await server.Client.ErrorWithoutIdAsync();
        Assert.True(expectedCode == (int)error["error"]!["code"]!, $"{what}: {error.ToJsonString()}");

        await AssertStillServingAsync(server);
    }

    [Fact]
    public async Task A_bad_request_with_a_readable_id_is_answered_with_that_id()
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();
        await server.Client.SendRawAsync(Frame("{\"jsonrpc\":\"2.0\",\"id\":77,\"method\":\"shutdown\",\"params\":3}"));
        var error = await server.Client.ResponseAsync(77);
        Assert.Equal(-32600, (int)error["error"]!["code"]!);
        await AssertStillServingAsync(server);
    }

    [Fact]
    public async Task Invalid_utf8_is_a_parse_error()
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();
        byte[] body = [.. "{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":{\"a\":\""u8, 0xC3, 0x28, .. "\"}}"u8];
        await server.Client.SendBodyAsync(body);
        Assert.Equal(-32700, (int)(await server.Client.ErrorWithoutIdAsync())["error"]!["code"]!);
        await AssertStillServingAsync(server);
    }

    public static TheoryData<string, string> BadHeaders => new()
    {
        { "a Content-Length that is no number", "Content-Length: abc\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}" },
        { "no Content-Length", "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}" },
        { "a header line without a colon", "Content-Length 52\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}" },
        { "a body without any header", "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}\r\n\r\n" },
        { "an unsupported charset", "Content-Length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=latin1\r\n\r\n{}" },
    };

    [Theory]
    [MemberData(nameof(BadHeaders))]
    public async Task A_bad_frame_is_answered_once_with_a_parse_error_and_the_next_frame_is_served(string what, string bytes)
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();

        await server.Client.SendRawAsync(bytes);
        var error = await server.Client.ErrorWithoutIdAsync();
        Assert.True(-32700 == (int)error["error"]!["code"]!, what);

        await AssertStillServingAsync(server);
        Assert.True(await server.Client.NothingArrivesAsync(m => m["error"] is not null, TimeSpan.FromMilliseconds(200)), $"{what}: a second error");
    }

    [Fact]
    public async Task A_Content_Length_over_the_frame_limit_is_reported_once_and_the_next_frame_is_served()
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();

        await server.Client.SendRawAsync("Content-Length: 999999999999\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
        var error = await server.Client.ErrorWithoutIdAsync();
        Assert.Equal(-32700, (int)error["error"]!["code"]!);
        Assert.Contains("999999999999 bytes is larger than the limit", (string?)error["error"]!["message"]);

        await AssertStillServingAsync(server);
        Assert.Contains("999999999999 bytes is larger than the limit", server.Stderr);
        Assert.True(await server.Client.NothingArrivesAsync(m => m["error"] is not null, TimeSpan.FromMilliseconds(200)), "a second error");
    }

    [Fact]
    public async Task Stray_line_breaks_between_frames_and_a_utf8_charset_are_accepted()
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();
        const string body = "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"shutdown\"}";
        await server.Client.SendRawAsync($"\r\n\r\nContent-Length: {body.Length}\r\ncontent-type: application/vscode-jsonrpc; charset=utf8\r\n\r\n{body}");
        var response = await server.Client.ResponseAsync(9);
        Assert.Null(response["error"]);
    }

    [Fact]
    public async Task Malformed_input_before_initialize_does_not_stop_initialization()
    {
        await using var server = new InProcessServer();
        await server.Client.SendRawAsync("garbage without any structure\r\n\r\n");
        await server.Client.ErrorWithoutIdAsync();
        var result = await server.InitializeAsync();
        Assert.NotNull(result["capabilities"]);
    }

    [Fact]
    public async Task Wrong_parameter_types_get_InvalidParams_for_a_request_and_are_ignored_for_a_notification()
    {
        await using var server = new InProcessServer();
        var initialize = await server.Client.RequestAsync("initialize", new JsonObject { ["capabilities"] = 5 });
        Assert.True(-32602 == (int?)initialize["error"]?["code"], initialize.ToJsonString());

        await server.Client.NotifyAsync("textDocument/didOpen", new JsonObject { ["textDocument"] = "not an object" });
        await server.Client.NotifyAsync("textDocument/didChange", new JsonObject());
        await AssertStillServingAsync(server);
    }

    [Fact]
    public async Task A_response_to_no_request_of_the_server_is_logged_and_ignored()
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();

        await server.Client.SendJsonAsync(JsonNode.Parse("{\"jsonrpc\":\"2.0\",\"id\":424242,\"result\":{}}")!);
        await server.Client.SendJsonAsync(JsonNode.Parse("{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"error\":{\"code\":-32603,\"message\":\"late\"}}")!);

        await AssertStillServingAsync(server);
        Assert.False(server.Run.IsCompleted);
        Assert.Contains("ignoring a response to no request of the server (id 424242)", server.Stderr);
        Assert.Contains("(id \"x\")", server.Stderr);
    }

    [Fact]
    public async Task A_client_answering_a_server_request_twice_does_not_end_the_server()
    {
        await using var server = new InProcessServer();
        server.Client.ServerRequestAnswers["workspace/configuration"] = _ => new JsonArray(new JsonObject { ["debounceMs"] = 7 });
        await server.InitializeAsync(new JsonObject { ["workspace"] = new JsonObject { ["configuration"] = true } });
        await server.StateAsync(s => s.Settings.DebounceMilliseconds == 7);

        var pull = server.Client.ServerRequests.Single(r => (string?)r["method"] == "workspace/configuration");
        await server.Client.SendJsonAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = pull["id"]!.DeepClone(), ["result"] = new JsonArray(new JsonObject()) });

        await AssertStillServingAsync(server);
        Assert.False(server.Run.IsCompleted);
        Assert.Equal(7, server.State.Settings.DebounceMilliseconds);
    }

    private static async Task AssertStillServingAsync(InProcessServer server)
    {
        var unknown = await server.Client.RequestAsync("clawdev/stillThere", new JsonObject());
        Assert.Equal(-32601, (int)unknown["error"]!["code"]!);
    }

    private static string Frame(string body) => $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}";
}
