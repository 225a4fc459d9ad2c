using ClawDev.Core.Python;

namespace ClawDev.Server.Lsp.Documents;

/// <summary>An open document as the client last described it. Immutable: an edit makes a new one.</summary>
internal sealed class TextDocument
{
    private DocumentText? _content;
    private string? _text;
    private LineIndex? _lines;

    public TextDocument(string uri, string languageId, int version, string text)
        : this(uri, languageId, version, content: null, text)
    {
    }

    private TextDocument(string uri, string languageId, int version, DocumentText? content, string? text)
    {
        Uri = uri;
        LanguageId = languageId;
        Version = version;
        _content = content;
        _text = text;
    }

    public string Uri { get; }

    public string LanguageId { get; }

    public int Version { get; }

    /// <summary>The text in the form edits are applied to.</summary>
    public DocumentText Content => _content ??= DocumentText.From(_text!);

    /// <summary>The text as one string, made on first use: versions that nobody reads (a burst of edits) never make it.</summary>
    public string Text => _text ?? Interlocked.CompareExchange(ref _text, _content!.ToString(), null) ?? _text;

    public LineIndex Lines => _lines ??= LineIndex.Create(Text);

    public TextDocument WithContent(int version, DocumentText content) => new(Uri, LanguageId, version, content, text: null);
}
