using System.Formats.Tar;
using System.IO.Compression;
using ClawDev.Core.Configuration;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Workspace;

namespace ClawDev.Bench.Quality;

/// <summary>
/// One repository as the editor sees it once indexed: its configuration, every analysed file (the scanner
/// <c>clawdev scan</c> and the language server's indexer use) and the census of its docstring styles.
/// </summary>
internal sealed class Corpus
{
    private Corpus(string name, string root, ProjectConfiguration configuration, WorkspaceScan scan)
    {
        Name = name;
        Root = root;
        Configuration = configuration;
        Scan = scan;
    }

    public string Name { get; }

    public string Root { get; }

    public ProjectConfiguration Configuration { get; }

    public WorkspaceScan Scan { get; }

    public StyleCensusResult Styles => Scan.DocstringStyles;

    /// <param name="leaveOut">Top-level folders (relative, '/' separators) whose files are not listed.</param>
    public static Corpus Load(string name, string root, IReadOnlyCollection<string> leaveOut)
    {
        var configuration = ProjectConfiguration.Load(root);
        var lister = new FilteredLister(new DirectoryWalker(), leaveOut);
        var scan = new WorkspaceScanner(lister).Scan(root, configuration, new ScanOptions { KeepModules = true }, CancellationToken.None);
        return new Corpus(name, root, configuration, scan);
    }

    /// <summary>Unpacks a .tar.gz of one repository (a git archive with one top folder) under <paramref name="into"/>; returns that folder.</summary>
    public static string Unpack(string archive, string into)
    {
        Directory.CreateDirectory(into);
        using (var file = File.OpenRead(archive))
        using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        {
            TarFile.ExtractToDirectory(gzip, into, overwriteFiles: true);
        }
        var folders = Directory.GetDirectories(into);
        return folders.Length == 1 ? folders[0] : into;
    }

    /// <summary>The directory walker's listing without some folders (CPython's Lib: no test/, idlelib/, lib2to3/, site-packages/).</summary>
    private sealed class FilteredLister(ISourceFileLister inner, IReadOnlyCollection<string> leaveOut) : ISourceFileLister
    {
        public FileListing ListPythonFiles(string rootDirectory, CancellationToken cancellationToken)
        {
            var listing = inner.ListPythonFiles(rootDirectory, cancellationToken);
            var kept = listing.RelativePaths.Where(path => !leaveOut.Any(folder => path.StartsWith(folder + "/", StringComparison.Ordinal))).ToList();
            return listing with { RelativePaths = kept };
        }
    }
}
