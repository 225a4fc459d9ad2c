// Measures the language server the way issue 3 asks (part 8), in this process so that the index's memory can be
// weighed with the garbage collector:
//   1. initialize → index ready: from sending `initialize` to the `$/progress` end of indexing, on a workspace
//      folder (default: the installed python3.11 tree, site-packages included);
//   2. the managed heap the server holds once that folder is indexed (a full collection before and after);
//   3. didChange → publishDiagnostics on a 4,300-line file over 200 edits, measured inside the server: each
//      publish is traced with `$/logTrace` with the time since its change arrived. The debounce is 0 here, so
//      the figure is queueing + parsing + rules + conversion + writing the notification;
//   4. the drafting quick fix (issue 10): for the file's fixable diagnostics in turn, `textDocument/codeAction`
//      and then `codeAction/resolve` of its quick fix (the draft, grounded on the whole indexed workspace), timed
//      from request to answer at the client.
//
//   dotnet run -c Release --project tests/bench/lsp -- [--folder DIR] [--file PY] [--lines N] [--edits N] [--warmup N] [--resolves N] [--at REL]
//
// On a machine other work shares, the figures follow its load (printed at the end); `nice -n -15 dotnet run ...`
// (as root) gives the benchmark the cores first, which is what an editor's server gets on a developer's machine.
using System.Diagnostics;
using System.Globalization;
using System.IO.Pipelines;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClawDev.Server.Lsp;
using ClawDev.Server.Tests.Lsp.Infrastructure;

var options = BenchOptions.Parse(args);
var report = Console.Out;

// The server runs in this process and logs to stderr; only the figures are printed (to stdout).
Console.SetError(TextWriter.Null);
var baseline = GC.GetTotalMemory(forceFullCollection: true);
var toServer = new Pipe();
var fromServer = new Pipe();
using var stop = new CancellationTokenSource();
var server = Task.Run(() => LspCommand.RunAsync(LspOptions.Default, toServer.Reader.AsStream(), fromServer.Writer.AsStream(), stop.Token));
await using var client = new RawLspClient(toServer.Writer.AsStream(), fromServer.Reader.AsStream());
client.ServerRequestAnswers["workspace/configuration"] = _ => new JsonArray(new JsonObject { ["debounceMs"] = 0 });

// 1. initialize → index ready.
var folderUri = new Uri(options.Folder).AbsoluteUri;
var started = Stopwatch.GetTimestamp();
await client.RequestAsync("initialize", new JsonObject
{
    ["processId"] = null,
    ["capabilities"] = new JsonObject
    {
        ["workspace"] = new JsonObject
        {
            ["configuration"] = true,
            ["workspaceFolders"] = true,
            ["workspaceEdit"] = new JsonObject { ["documentChanges"] = true, ["changeAnnotationSupport"] = new JsonObject() },
        },
        ["window"] = new JsonObject { ["workDoneProgress"] = true },
        ["textDocument"] = new JsonObject
        {
            ["codeAction"] = new JsonObject
            {
                ["codeActionLiteralSupport"] = new JsonObject { ["codeActionKind"] = new JsonObject { ["valueSet"] = new JsonArray("quickfix", "source") } },
                ["resolveSupport"] = new JsonObject { ["properties"] = new JsonArray("edit") },
                ["dataSupport"] = true,
            },
        },
    },
    ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = folderUri, ["name"] = "bench" }),
});
await client.NotifyAsync("initialized", new JsonObject());
var indexed = await client.NextAsync(m => (string?)m["method"] == "$/progress" && (string?)m["params"]!["value"]!["kind"] == "end", TimeSpan.FromMinutes(10));
var indexReady = Stopwatch.GetElapsedTime(started);
var indexMessage = (string?)indexed["params"]!["value"]!["message"];

// 2. The index's memory (before anything else asks the server for something).
var withIndex = GC.GetTotalMemory(forceFullCollection: true);
var indexedModules = (await client.RequestAsync("clawdev/documentationCoverage", new JsonObject()))["result"]!["modules"]!.AsArray().Count;

// 3. didChange → publishDiagnostics.
var source = string.Join('\n', File.ReadLines(options.File).Take(options.Lines)) + "\n";
var lines = source.Split('\n');
var uri = new Uri(Path.Combine(options.Folder, options.At)).AbsoluteUri;
await client.NotifyAsync("$/setTrace", new JsonObject { ["value"] = "verbose" });
await client.NotifyAsync("textDocument/didOpen", new JsonObject
{
    ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "python", ["version"] = 1, ["text"] = source },
});
var latency = new Regex(@"diagnostics of \S+ version (\d+) ([0-9.]+) ms after the change arrived", RegexOptions.CultureInvariant);
var random = new Random(42);
var total = new List<double>();
var analysis = new List<double>();
var findings = 0;
JsonArray? lastDiagnostics = null;
var line = 0;
for (var edit = 0; edit < options.Warmup + options.Edits; edit++)
{
    // Typing: a character appended to a line somewhere in the file, then taken away again by the next edit.
    var version = edit + 2;
    if (edit % 2 == 0)
    {
        line = random.Next(lines.Length - 1);
    }
    var lineEnd = lines[line].Length;
    var change = edit % 2 == 0 ? Edit(line, lineEnd, line, lineEnd, "x") : Edit(line, lineEnd, line, lineEnd + 1, "");
    await client.NotifyAsync("textDocument/didChange", new JsonObject
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
        ["contentChanges"] = new JsonArray(change),
    });
    var trace = await client.NextAsync(m => (string?)m["method"] == "$/logTrace" && latency.Match((string)m["params"]!["message"]!) is { Success: true } match && match.Groups[1].Value == version.ToString(CultureInfo.InvariantCulture));
    var published = await client.NextAsync(m => (string?)m["method"] == "textDocument/publishDiagnostics" && (int?)m["params"]!["version"] == version);
    if (edit >= options.Warmup)
    {
        total.Add(double.Parse(latency.Match((string)trace["params"]!["message"]!).Groups[2].Value, CultureInfo.InvariantCulture));
        analysis.Add(double.Parse(Regex.Match((string)trace["params"]!["verbose"]!, "([0-9.]+) ms").Groups[1].Value, CultureInfo.InvariantCulture));
        lastDiagnostics = published["params"]!["diagnostics"]!.AsArray();
        findings = lastDiagnostics.Count;
    }
}

// 4. The drafting quick fix: list the code actions of one fixable diagnostic, then resolve its quick fix.
var fixable = (lastDiagnostics ?? []).Where(d => d!["data"] is not null && (string?)d["code"] is { } code && (code.StartsWith('D') || code.StartsWith("CD", StringComparison.Ordinal))).ToList();
var listing = new List<double>();
var resolving = new List<double>();
for (var i = 0; i < options.Resolves && fixable.Count > 0; i++)
{
    var diagnostic = fixable[i % fixable.Count]!;
    var asked = Stopwatch.GetTimestamp();
    var listed = await client.RequestAsync("textDocument/codeAction", new JsonObject
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri },
        ["range"] = diagnostic["range"]!.DeepClone(),
        ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(diagnostic.DeepClone()), ["only"] = new JsonArray("quickfix") },
    });
    listing.Add(Stopwatch.GetElapsedTime(asked).TotalMilliseconds);
    if (listed["result"]?.AsArray().FirstOrDefault(a => a!["data"] is not null) is not { } action)
    {
        continue;
    }
    asked = Stopwatch.GetTimestamp();
    await client.RequestAsync("codeAction/resolve", action.DeepClone());
    resolving.Add(Stopwatch.GetElapsedTime(asked).TotalMilliseconds);
}

await client.RequestAsync("shutdown");
await client.NotifyAsync("exit");
await server;

report.WriteLine($"folder: {options.Folder}");
report.WriteLine($"initialize -> index ready: {indexReady.TotalSeconds:0.00} s ({indexMessage}; {indexedModules} modules analysed)");
report.WriteLine($"managed heap held with the index: {(withIndex - baseline) / (1024.0 * 1024.0):0.0} MB (process peak RSS {PeakRssMegabytes():0} MB)");
report.WriteLine($"didChange -> publishDiagnostics on {options.File} ({lines.Length - 1} lines, {findings} diagnostics), {options.Edits} edits after {options.Warmup} warm-up edits:");
report.WriteLine($"  from the change's arrival to the notification written: p50 {Percentile(total, 50):0.00} ms, p90 {Percentile(total, 90):0.00} ms, p99 {Percentile(total, 99):0.00} ms, max {total.Max():0.00} ms");
report.WriteLine($"  of which analysis (parse, rules, coverage): p50 {Percentile(analysis, 50):0.00} ms, p99 {Percentile(analysis, 99):0.00} ms");
if (resolving.Count > 0)
{
    report.WriteLine($"drafting quick fix on the same file, {resolving.Count} fixable diagnostics in turn (client-side round trips):");
    report.WriteLine($"  textDocument/codeAction: p50 {Percentile(listing, 50):0.00} ms, p95 {Percentile(listing, 95):0.00} ms; codeAction/resolve: p50 {Percentile(resolving, 50):0.00} ms, p95 {Percentile(resolving, 95):0.00} ms, max {resolving.Max():0.00} ms");
}
report.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end (other processes share the cores: compare runs at a similar load)");
return 0;

static JsonObject Edit(int startLine, int startCharacter, int endLine, int endCharacter, string text) => new()
{
    ["range"] = new JsonObject
    {
        ["start"] = new JsonObject { ["line"] = startLine, ["character"] = startCharacter },
        ["end"] = new JsonObject { ["line"] = endLine, ["character"] = endCharacter },
    },
    ["text"] = text,
};

static double Percentile(List<double> values, int percentile)
{
    var sorted = values.Order().ToList();
    var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
    return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
}

static double PeakRssMegabytes()
{
    var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
    return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
}

/// <param name="At">Where the edited file sits in the folder (in the contribution profile only files of the library are analysed: put it in a package).</param>
internal sealed record BenchOptions(string Folder, string File, int Lines, int Edits, int Warmup, int Resolves, string At)
{
    private const string Python = "/root/.pyenv/versions/3.11.7/lib/python3.11";

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(Python, Path.Combine(Python, "tkinter", "__init__.py"), 4300, 200, 20, 200, "clawdev_bench_edits.py");
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options = args[i] switch
            {
                "--folder" => options with { Folder = Path.GetFullPath(args[i + 1]) },
                "--file" => options with { File = Path.GetFullPath(args[i + 1]) },
                "--lines" => options with { Lines = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--edits" => options with { Edits = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--warmup" => options with { Warmup = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--resolves" => options with { Resolves = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--at" => options with { At = args[i + 1] },
                _ => throw new ArgumentException($"unknown argument {args[i]}"),
            };
        }
        return options;
    }
}
