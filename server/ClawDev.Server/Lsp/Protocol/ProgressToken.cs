using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClawDev.Server.Lsp.Protocol;

/// <summary>LSP's <c>integer | string</c> progress token; an integer is kept as its decimal text.</summary>
[JsonConverter(typeof(ProgressTokenConverter))]
public readonly record struct ProgressToken(string Value)
{
    public override string ToString() => Value;
}

public sealed class ProgressTokenConverter : JsonConverter<ProgressToken>
{
    public override ProgressToken Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => new ProgressToken(reader.GetString()!),
            JsonTokenType.Number => new ProgressToken(reader.GetInt64().ToString(CultureInfo.InvariantCulture)),
            _ => throw new JsonException("A progress token is an integer or a string."),
        };

    public override void Write(Utf8JsonWriter writer, ProgressToken value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
