using System.Globalization;
using System.Text;
using Tomlyn.Model;

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
        TomlArray array => "[" + string.Join(", ", array.Select(Render)) + "]",
        TomlTable table => "{ " + string.Join(", ", table.Select(entry => $"{Quote(entry.Key)} = {Render(entry.Value)}")) + " }",
        TomlTableArray tables => "[" + string.Join(", ", tables.Select(Render)) + "]",
        null => "",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

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
