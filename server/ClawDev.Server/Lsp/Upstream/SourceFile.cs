using ClawDev.Core.Analysis;
using ClawDev.Core.Python;
using ClawDev.GitHub.Git;
using ClawDev.GitHub.Issues.Ranking;
using ClawDev.Server.Lsp.Analysis;
using ClawDev.Server.Lsp.Documents;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Upstream;

/// <summary>
/// A file the GitHub features are asked about, as the server's own analysis sees it: the open document (or the
/// file on disk), its outline and findings, and its path in the git repository that holds it (which is what
/// upstream issues and permalinks name).
/// </summary>
internal sealed class SourceFile
{
    private SourceFile(AnalysisTarget target, TextDocument document, PythonModule module, FileAnalysis? analysis, string repositoryRoot, string repositoryPath)
    {
        Target = target;
        Document = document;
        Module = module;
        Analysis = analysis;
        RepositoryRoot = repositoryRoot;
        RepositoryPath = repositoryPath;
    }

    public AnalysisTarget Target { get; }

    public TextDocument Document { get; }

    public PythonModule Module { get; }

    /// <summary>Null when the file is excluded by the configuration (it has an outline, but no findings).</summary>
    public FileAnalysis? Analysis { get; }

    /// <summary>The top of the git work tree holding the file (its folder when it is in none).</summary>
    public string RepositoryRoot { get; }

    /// <summary>The file's path in the repository, '/'-separated.</summary>
    public string RepositoryPath { get; }

    /// <summary>The file the request names: its <see cref="RequestContext.Document"/>, open or read from disk.</summary>
    /// <returns>Null when the request names no file, or one that is no readable local file.</returns>
    public static SourceFile? Open(RequestContext context, GitCli git, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (context.Document is not { } document || AnalysisTarget.Locate(document.Uri, state.Roots, state.Settings.Rules) is not { } target)
        {
            return null;
        }
        var analysis = state.Analyses.Analyze(document, target, cancellationToken).Analysis;
        var module = analysis?.Module ?? PythonParser.Parse(document.Text, cancellationToken);
        var repositoryRoot = RepositoryRootOf(git, System.IO.Path.GetDirectoryName(target.Path) ?? target.Root.Directory, cancellationToken) ?? target.Root.Directory;
        var repositoryPath = DocumentUris.RelativePath(repositoryRoot, target.Path) ?? target.RelativePath;
        return new SourceFile(target, document, module, analysis, repositoryRoot, repositoryPath);
    }

    /// <summary>The top of the git work tree that holds <paramref name="directory"/>, or null outside one.</summary>
    public static string? RepositoryRootOf(GitCli git, string directory, CancellationToken cancellationToken) =>
        Directory.Exists(directory)
            ? new GitSession(git, directory).TryRead(cancellationToken, "rev-parse", "--show-toplevel") is { Length: > 0 } top ? Path.GetFullPath(top) : null
            : null;

    /// <summary>The innermost definition around <paramref name="position"/>, or null outside every definition.</summary>
    public Definition? DefinitionAt(Position position, PositionEncoding encoding)
    {
        var offset = encoding.ToOffset(Document, position);
        return Module.AllDefinitions()
            .Where(definition => offset >= definition.Span.Start && offset <= definition.Span.End)
            .MaxBy(definition => definition.Span.Start);
    }

    public Definition? Named(string qualifiedName) =>
        Module.AllDefinitions().FirstOrDefault(definition => definition.QualifiedName == qualifiedName);

    /// <summary>The file's code context for ranking, with the definitions around <paramref name="position"/> nearest.</summary>
    public CodeContext Context(Position? position, PositionEncoding encoding) =>
        CodeContextReader.Read(RepositoryPath, Module, position is null ? null : encoding.ToOffset(Document, position));

    /// <summary>The findings about <paramref name="qualifiedName"/>, in file order.</summary>
    public IReadOnlyList<Finding> FindingsOf(string qualifiedName) =>
        Analysis?.Findings.Where(finding => finding.Symbol == qualifiedName).ToList() ?? [];
}
