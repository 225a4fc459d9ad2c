using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClawDev.Server.Lsp.Protocol;

/// <summary>
/// Reads a list of objects or strings as the protocol defines it: a JSON array without nulls. System.Text.Json's
/// nullable-annotation check stops at the list itself, so without this a <c>[null]</c> would reach a handler.
/// </summary>
public sealed class NonNullListConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType
        && typeToConvert.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
        && !typeToConvert.GetGenericArguments()[0].IsValueType;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(NonNullListConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class NonNullListConverter<T> : JsonConverter<IReadOnlyList<T>>
        where T : class
    {
        public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException($"expected a list of {typeof(T).Name}");
            }
            var element = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
            var items = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                items.Add(JsonSerializer.Deserialize(ref reader, element) ?? throw new JsonException($"a list of {typeof(T).Name} holds a null"));
            }
            return items;
        }

        public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
        {
            var element = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
            writer.WriteStartArray();
            foreach (var item in value)
            {
                JsonSerializer.Serialize(writer, item, element);
            }
            writer.WriteEndArray();
        }
    }
}
