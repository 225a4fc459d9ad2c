using System.Text.Json.Nodes;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Workspace;
using ClawDev.Server.Tests.Lsp.Infrastructure;
using ClawDev.TestSupport;

namespace ClawDev.Server.Tests.Lsp;

/// <summary>The request queue finds the document a text-document request names once, and hands it to the handler.</summary>
public sealed class RequestContextTests
{
    [Fact]
    public async Task A_handler_gets_the_open_document_as_its_turn_sees_it()
    {
        await using var server = new InProcessServer(extraHandlers: [new OpenDocumentEcho()]);
        await server.InitializeAsync();
        await server.Client.NotifyAsync("textDocument/didOpen", DocumentJson.Open("file:///a.py", "x = 1\n"));
        await server.Client.NotifyAsync("textDocument/didChange", DocumentJson.Change("file:///a.py", 2, [DocumentJson.Replace("x = 2\n")]));

        var seen = await server.Client.RequestAsync(OpenDocumentEcho.Method, new JsonObject { ["uri"] = "file:///a.py" });

        Assert.Equal("2: x = 2\n", (string?)seen["result"]);
    }

    [Fact]
    public async Task A_closed_file_is_read_from_disk_only_for_a_handler_that_asks_for_it()
    {
        using var folder = new TemporaryDirectory();
        var uri = DocumentUris.FromLocalPath(folder.Write("closed.py", "y = 1\n"));
        await using var server = new InProcessServer(extraHandlers: [new OpenDocumentEcho(), new AnyDocumentEcho()]);
        await server.InitializeAsync();

        var openOnly = await server.Client.RequestAsync(OpenDocumentEcho.Method, new JsonObject { ["uri"] = uri });
        var readsClosed = await server.Client.RequestAsync(AnyDocumentEcho.Method, new JsonObject { ["uri"] = uri });

        Assert.Equal("none", (string?)openOnly["result"]);
        Assert.Equal("0: y = 1\n", (string?)readsClosed["result"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("file:///missing/nowhere.py")]
    [InlineData("untitled:Untitled-1")]
    public async Task A_request_naming_no_readable_document_gets_none(string? uri)
    {
        await using var server = new InProcessServer(extraHandlers: [new AnyDocumentEcho()]);
        await server.InitializeAsync();

        var seen = await server.Client.RequestAsync(AnyDocumentEcho.Method, new JsonObject { ["uri"] = uri });

        Assert.Equal("none", (string?)seen["result"]);
    }

    /// <summary>Answers with the version and text of the document its context carries, or "none".</summary>
    private abstract class DocumentEcho : IRequestHandler<JsonObject, string>, ITextDocumentHandler<JsonObject>
    {
        public string? GetTextDocumentUri(JsonObject parameters) => (string?)parameters["uri"];

        public Task<string> HandleAsync(JsonObject parameters, RequestContext context, CancellationToken cancellationToken) =>
            Task.FromResult(context.Document is { } document ? $"{document.Version}: {document.Text}" : "none");
    }

    [LspMethod(Method)]
    private sealed class OpenDocumentEcho : DocumentEcho
    {
        public const string Method = "test/openDocument";
    }

    [LspMethod(Method)]
    private sealed class AnyDocumentEcho : DocumentEcho, ITextDocumentHandler<JsonObject>
    {
        public const string Method = "test/anyDocument";

        public bool ReadsClosedDocuments => true;
    }
}
