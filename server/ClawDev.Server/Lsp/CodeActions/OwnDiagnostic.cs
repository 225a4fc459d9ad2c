using System.Text.Json;
using ClawDev.Server.Lsp.Diagnostics;

namespace ClawDev.Server.Lsp.CodeActions;

/// <summary>A diagnostic the client hands back in a code action request, when it is one of ClawDev's.</summary>
/// <param name="Line">The line its range starts on.</param>
internal sealed record OwnDiagnostic(string Code, string Symbol, int Line, JsonElement Json)
{
    /// <summary>
    /// Reads ClawDev's diagnostics, known by their source and the data they carry; any other tool's diagnostic,
    /// or one whose data the client dropped, gives null.
    /// </summary>
    public static OwnDiagnostic? Read(JsonElement diagnostic)
    {
        if (diagnostic.ValueKind != JsonValueKind.Object
            || !diagnostic.TryGetProperty("source", out var source) || source.ValueKind != JsonValueKind.String || source.GetString() != DiagnosticFactory.Source
            || !diagnostic.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object
            || !TryGetString(data, "code", out var code) || !TryGetString(data, "symbol", out var symbol)
            || !diagnostic.TryGetProperty("range", out var range) || range.ValueKind != JsonValueKind.Object
            || !range.TryGetProperty("start", out var start) || start.ValueKind != JsonValueKind.Object
            || !start.TryGetProperty("line", out var line) || !line.TryGetInt32(out var lineNumber))
        {
            return null;
        }
        return new OwnDiagnostic(code, symbol, lineNumber, diagnostic);
    }

    private static bool TryGetString(JsonElement value, string name, out string text)
    {
        text = value.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String ? property.GetString()! : "";
        return text.Length > 0;
    }
}
