using System.Text.Json.Nodes;

namespace ClawDev.Server.Tests.Lsp.Infrastructure;

/// <summary>Builders for the JSON of document notifications.</summary>
internal static class DocumentJson
{
    public static JsonObject Open(string uri, string text, int version = 1) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "python", ["version"] = version, ["text"] = text },
    };

    public static JsonObject Change(string uri, int version, params JsonObject[] changes) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
        ["contentChanges"] = new JsonArray([.. changes]),
    };

    public static JsonObject Edit(int startLine, int startCharacter, int endLine, int endCharacter, string text) => new()
    {
        ["range"] = new JsonObject
        {
            ["start"] = new JsonObject { ["line"] = startLine, ["character"] = startCharacter },
            ["end"] = new JsonObject { ["line"] = endLine, ["character"] = endCharacter },
        },
        ["text"] = text,
    };

    public static JsonObject Replace(string text) => new() { ["text"] = text };

    public static JsonObject Close(string uri) => new() { ["textDocument"] = new JsonObject { ["uri"] = uri } };
}
