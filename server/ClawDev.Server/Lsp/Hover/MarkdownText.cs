using System.Text;

namespace ClawDev.Server.Lsp.Hover;

/// <summary>Plain text made safe to put into Markdown.</summary>
internal static class MarkdownText
{
    /// <summary>What Markdown reads as inline markup (the text is always put inside a line, never at its start).</summary>
    private const string Special = "\\`*_[]<>|~";

    /// <summary>Backslash-escapes the characters Markdown could read as markup within a line.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c))
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    /// <summary>A name as inline code (names are identifiers and dots: no backtick to worry about).</summary>
    public static string Code(string name) => $"`{name}`";
}
