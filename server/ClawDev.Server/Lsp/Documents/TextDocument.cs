using ClawDev.Core.Python;

namespace ClawDev.Server.Lsp.Documents;

/// <summary>An open document as the client last described it. Immutable: an edit makes a new one.</summary>
internal sealed class TextDocument
{
    public TextDocument(string uri, string languageId, int version, string text)
    {
        Uri = uri;
        LanguageId = languageId;
        Version = version;
        Text = text;
        Lines = LineIndex.Create(text);
    }

    public string Uri { get; }

    public string LanguageId { get; }

    public int Version { get; }

    public string Text { get; }

    public LineIndex Lines { get; }

    /// <summary>UTF-16 offset where <paramref name="line"/>'s content ends (before its line break).</summary>
    public int LineContentEnd(int line)
    {
        if (line + 1 >= Lines.LineCount)
        {
            return Text.Length;
        }
        var next = Lines.LineStart(line + 1);
        var breakLength = next >= 2 && Text[next - 2] == '\r' && Text[next - 1] == '\n' ? 2 : 1;
        return next - breakLength;
    }

    public TextDocument WithText(int version, string text) => new(Uri, LanguageId, version, text);
}
