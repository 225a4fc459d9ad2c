namespace ClawDev.Server.Lsp.Documents;

/// <summary>Applies a didChange's content changes, in order, each against the text the previous one produced.</summary>
internal static class TextChanges
{
    /// <remarks>Each change costs what it touches (see <see cref="DocumentText"/>), however large the document.</remarks>
    public static TextDocument Apply(TextDocument document, int version, IReadOnlyList<TextDocumentContentChangeEvent> changes, PositionEncoding encoding)
    {
        var content = document.Content;
        foreach (var change in changes)
        {
            if (change.Range is not { } range)
            {
                content = DocumentText.From(change.Text);
                continue;
            }
            var start = encoding.ToOffset(content, range.Start);
            var end = encoding.ToOffset(content, range.End);
            content = end < start ? content.Replace(end, start, change.Text) : content.Replace(start, end, change.Text);
        }
        return document.WithContent(version, content);
    }
}
