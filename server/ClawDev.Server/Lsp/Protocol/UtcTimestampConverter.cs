using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClawDev.Server.Lsp.Protocol;

/// <summary>
/// Writes times as GitHub does, in UTC with a "Z" ("2017-10-10T16:00:00Z"; fractions only when there are any),
/// instead of System.Text.Json's "+00:00"; reads any ISO 8601 time.
/// </summary>
public sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
}
