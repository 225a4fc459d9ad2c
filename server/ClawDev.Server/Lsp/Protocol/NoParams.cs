using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClawDev.Server.Lsp.Protocol;

/// <summary>
/// The parameters of a method whose parameters are <c>void</c> (shutdown, exit): absent, or ignored whatever they
/// are — StreamJsonRpc's own clients, for one, send <c>[]</c>, and an <c>exit</c> must never fail on it.
/// </summary>
[JsonConverter(typeof(IgnoredParametersConverter<NoParams>))]
public sealed record NoParams;

/// <summary>Reads any JSON value as an empty <typeparamref name="T"/>, skipping it; writes an empty object.</summary>
public sealed class IgnoredParametersConverter<T> : JsonConverter<T>
    where T : new()
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        reader.Skip();
        return new T();
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteEndObject();
    }
}
