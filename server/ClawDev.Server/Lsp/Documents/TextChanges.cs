using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.Documents;

/// <summary>Applies a didChange's content changes, in order, each against the text the previous one produced.</summary>
internal static class TextChanges
{
    public static TextDocument Apply(TextDocument document, int version, IReadOnlyList<TextDocumentContentChangeEvent> changes, PositionEncoding encoding)
    {
        var text = document.Text;
        var current = document;
        foreach (var change in changes)
        {
            if (change.Range is not { } range)
            {
                text = change.Text;
            }
            else
            {
                var start = encoding.ToOffset(current, range.Start);
                var end = encoding.ToOffset(current, range.End);
                if (end < start)
                {
                    (start, end) = (end, start);
                }
                text = string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
            }
            current = current.WithText(version, text);
        }
        return current.Version == version ? current : current.WithText(version, text);
    }
}
