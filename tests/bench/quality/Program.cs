// The drafting quality benchmark (issue 10, point 5): leave-one-out on real repositories.
//
// For each repository: index it as the language server does (the scanner of `clawdev scan`, the repository's own
// configuration), find every documented parameter of a signature, take a fixed-seed sample, and for each one
// delete its entry (whole lines), run the rules on the file (is the gap flagged?) and the quick fix the editor
// offers first, and compare the drafted entry with what the maintainers wrote — beside two baselines on the same
// sample: a same-name lookup and an autoDocstring-like template.
//
//   dotnet run -c Release --project tests/bench/quality -- [--repo NAME=DIR ...] [--lib DIR | --no-lib]
//        [--samples N] [--seed N] [--measure drafts|flagged|renames] [--json FILE] [--show N]
//
// --measure renames: each sample's parameter is renamed in the signature instead (its entry kept), and the first
// quick fix must carry the description to the new name (RenameBench).
//
// Without --repo: the trl and huggingface_hub corpora of ../shared/corpora, unpacked into a temporary folder, and
// CPython's Lib (without test/, idlelib/, lib2to3/, site-packages/) as a third.
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClawDev.Bench.Quality;
using ClawDev.Core.Drafting.Grounding;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = BenchOptions.Parse(args);
var temporary = Path.Combine(Path.GetTempPath(), "clawdev-quality-" + Environment.ProcessId);
var results = new List<RepositoryResult>();
var renames = new List<(string Name, List<RenameOutcome> Alone, List<RenameOutcome> WithDiff)>();
try
{
    foreach (var (name, root, leaveOut) in options.Repositories(temporary))
    {
        Console.Error.WriteLine($"{name}: indexing {root}");
        var corpus = Corpus.Load(name, root, leaveOut);
        var skips = new SampleTaker.Skips();
        var samples = SampleTaker.Take(corpus, options.Samples, options.Seed, skips, out var candidates);
        Console.Error.WriteLine($"{name}: {corpus.Scan.Files.Count} files, {candidates} documented parameters, {samples.Count} sampled");
        if (options.Measure == "renames")
        {
            var workspace = ParameterDescriptionIndex.Of(corpus.Scan);
            renames.Add((name,
                [.. samples.Select(s => RenameBench.Measure(corpus, s, workspace, withDiff: false)).OfType<RenameOutcome>()],
                [.. samples.Select(s => RenameBench.Measure(corpus, s, workspace, withDiff: true)).OfType<RenameOutcome>()]));
            continue;
        }
        results.Add(Measure(corpus, samples, candidates, skips, options));
    }
}
finally
{
    if (Directory.Exists(temporary))
    {
        Directory.Delete(temporary, recursive: true);
    }
}

if (options.Measure == "renames")
{
    RenameBench.Table(Console.Out, renames);
}
else
{
    Report.Table(Console.Out, results, options);
}
if (options.Json is { } json)
{
    var report = options.Measure == "renames" ? RenameBench.Json(renames) : Report.Json(results, options);
    File.WriteAllText(json, report.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
}
return 0;

static RepositoryResult Measure(Corpus corpus, List<Sample> samples, int candidates, SampleTaker.Skips skips, BenchOptions options)
{
    var result = new RepositoryResult(corpus.Name, corpus.Root, corpus.Scan.Files.Count, candidates, skips);
    if (options.Measure == "flagged")
    {
        foreach (var sample in samples)
        {
            var (flagged, code, _, _, _) = EditorQuickFix.Findings(corpus, sample, out var withheldByDesign);
            result.Add(sample, new DraftOutcome(flagged, code, null, false, null, null, 0) { WithheldByDesign = withheldByDesign }, null);
        }
        return result;
    }
    var workspace = ParameterDescriptionIndex.Of(corpus.Scan);
    var baselines = new Baselines(corpus);
    foreach (var sample in samples)
    {
        result.Add(sample, EditorQuickFix.Draft(corpus, sample, workspace), baselines);
    }
    return result;
}

internal sealed record BenchOptions(
    List<(string Name, string Path)> Repos, string? Lib, int Samples, int Seed, string Measure, string? Json, int Show)
{
    private const string PyenvLib = "/root/.pyenv/versions/3.11.7/lib/python3.11";
    private static readonly string[] LibLeftOut = ["test", "idlelib", "lib2to3", "site-packages"];

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions([], Directory.Exists(PyenvLib) ? PyenvLib : null, 300, 42, "drafts", null, 0);
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--repo" => options.WithRepo(Value()),
                "--lib" => options with { Lib = Path.GetFullPath(Value()) },
                "--no-lib" => options with { Lib = null },
                "--samples" => options with { Samples = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--measure" => options with { Measure = MeasureOf(Value()) },
                "--json" => options with { Json = Path.GetFullPath(Value()) },
                "--show" => options with { Show = int.Parse(Value(), CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown argument {args[i]}"),
            };
        }
        return options;
    }

    private static string MeasureOf(string value) => value is "flagged" or "drafts" or "renames" ? value : throw new ArgumentException("--measure takes drafts, flagged or renames");

    private BenchOptions WithRepo(string value)
    {
        var equals = value.IndexOf('=');
        var (name, path) = equals > 0 ? (value[..equals], value[(equals + 1)..]) : (Path.GetFileName(Path.TrimEndingDirectorySeparator(value)), value);
        return this with { Repos = [.. Repos, (name, Path.GetFullPath(path))] };
    }

    /// <summary>The repositories to measure: the ones named, else the shared corpora unpacked under <paramref name="temporary"/>; then Lib.</summary>
    public IEnumerable<(string Name, string Root, IReadOnlyCollection<string> LeaveOut)> Repositories(string temporary)
    {
        if (Repos.Count > 0)
        {
            foreach (var (name, path) in Repos)
            {
                yield return (name, path, []);
            }
        }
        else
        {
            var corpora = SharedCorpora();
            foreach (var archive in new[] { "trl.tar.gz", "huggingface_hub.tar.gz" })
            {
                var root = Corpus.Unpack(Path.Combine(corpora, archive), Path.Combine(temporary, archive[..archive.IndexOf('.')]));
                yield return (Path.GetFileName(root), root, []);
            }
        }
        if (Lib is { } lib)
        {
            yield return ("cpython-Lib", lib, LibLeftOut);
        }
    }

    /// <summary>../shared/corpora beside the repository this program is built from.</summary>
    private static string SharedCorpora()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ClawDev.Lsp.sln")))
            {
                var corpora = Path.Combine(directory.FullName, "..", "shared", "corpora");
                return Directory.Exists(corpora) ? Path.GetFullPath(corpora) : throw new DirectoryNotFoundException($"no corpora at {corpora}: name repositories with --repo");
            }
        }
        throw new DirectoryNotFoundException("the repository holding this benchmark was not found: name repositories with --repo");
    }
}
