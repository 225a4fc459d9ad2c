using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting.Grounding;
using ClawDev.Core.Workspace;
using ClawDev.Server.Lsp.Diagnostics;
using ClawDev.Server.Lsp.Documents;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Indexing;

/// <summary>Reads and analyses the files of one workspace folder from disk (with the scanner <c>clawdev scan</c> uses) into index entries.</summary>
internal sealed class DiskFileReader
{
    private readonly WorkspaceRoot _root;
    private readonly SourceFileScanner _scanner;
    private readonly PositionEncoding _encoding;
    private readonly ParameterDescriptionIndex _descriptions;

    /// <param name="root">A folder whose configuration could be read.</param>
    /// <param name="descriptions">The folder's documentation, brought up to date with every file read.</param>
    /// <param name="styles">Counts the docstring styles of every file read.</param>
    public DiskFileReader(WorkspaceRoot root, PositionEncoding encoding, ParameterDescriptionIndex descriptions, StyleCensus styles)
    {
        _root = root;
        _encoding = encoding;
        _descriptions = descriptions;
        var configuration = root.Configuration ?? throw new ArgumentException($"{root.Directory} has no configuration", nameof(root));
        _scanner = new SourceFileScanner(root.Directory, configuration, new ScanOptions(), styles);
    }

    public WorkspaceRoot Root => _root;

    /// <param name="relativePath">'/' separators, inside the folder.</param>
    /// <exception cref="OperationCanceledException">Only when cancelled.</exception>
    public IndexedFile Read(string relativePath, CancellationToken cancellationToken)
    {
        var stamp = IndexStamps.Next();
        var path = Path.GetFullPath(Path.Combine(_root.Directory, relativePath));
        var uri = DocumentUris.FromLocalPath(path);
        var outcome = _scanner.Scan(relativePath, cancellationToken);
        FileFacts? facts = null;
        if (outcome.Analysis is { } analysis)
        {
            var text = new TextDocument(uri, "python", 0, analysis.Module.Text);
            facts = FileFactsBuilder.Build(analysis, DiagnosticFactory.Locate(analysis, text, _encoding), text, _encoding);
            _descriptions.Add(relativePath, analysis.Module);
        }
        else if (outcome.Generated is { } generated)
        {
            _descriptions.AddGenerated(relativePath, generated);
        }
        else
        {
            _descriptions.Remove(relativePath);
        }
        return new IndexedFile(path, uri, _root.Directory, relativePath, stamp, null, facts);
    }
}
