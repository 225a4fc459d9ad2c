using System.Globalization;
using System.Text;

namespace ClawDev.Core.Configuration.Sources;

/// <summary>Renders TOML values back in TOML syntax, for settings listings and messages.</summary>
internal static class TomlValueText
{
    public static string Render(object? value) => value switch
    {
        string text => Quote(text),
        bool flag => flag ? "true" : "false",
        long number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IReadOnlyList<object> array => "[" + string.Join(", ", array.Select(Render)) + "]",
        TomlTableValue table => "{ " + string.Join(", ", table.Keys.Select(key => $"{Quote(key)} = {RenderEntry(table, key)}")) + " }",
        null => "",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string RenderEntry(TomlTableValue table, string key)
    {
        table.TryGet(key, out var value, out _);
        return Render(value);
    }

    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\t' => builder.Append("\\t"),
                _ when char.IsControl(c) => builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }
}
