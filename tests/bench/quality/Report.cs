using System.Text.Json.Nodes;
using ClawDev.Core.Drafting;

namespace ClawDev.Bench.Quality;

/// <summary>One sample's outcome: the editor's draft and the two baselines.</summary>
internal sealed record Row(Sample Sample, DraftOutcome Draft, WrittenEntry? SameName, WrittenEntry? Template, WrittenEntry? Ceiling);

/// <summary>The figures of one way of drafting over a set of rows.</summary>
internal sealed record Figures(
    int Count,
    int Drafted,
    double F1Mean,
    double F1Median,
    double Exact,
    double Type,
    double Default,
    double Placeholders,
    double TypePlaceholders,
    double? Style,
    double? Untouched,
    double? MillisecondsP50,
    double? MillisecondsP95)
{
    public static Figures Of(IReadOnlyList<Row> rows, Func<Row, WrittenEntry?> entryOf, bool isDraft)
    {
        var f1 = new List<double>();
        int drafted = 0, exact = 0, type = 0, defaults = 0, placeholders = 0, typePlaceholders = 0, style = 0, untouched = 0;
        foreach (var row in rows)
        {
            var original = row.Sample.Original;
            var entry = entryOf(row);
            if (isDraft && row.Draft.Untouched)
            {
                untouched++;
            }
            if (entry is null)
            {
                f1.Add(0);
                continue;
            }
            drafted++;
            f1.Add(Scoring.TokenF1(entry.Description, original.Description));
            exact += Scoring.SameText(entry.Description, original.Description) ? 1 : 0;
            type += Scoring.SameType(entry.Type, original.Type) ? 1 : 0;
            defaults += Scoring.SameDefault(entry.Default, original.Default) ? 1 : 0;
            placeholders += IsPlaceholder(entry.Description) ? 1 : 0;
            typePlaceholders += entry.Type == Placeholder.UnknownType ? 1 : 0;
            style += isDraft && Scoring.LaidOutLikeNeighbours(entry.Layout, row.Sample.Neighbours, original.Layout) ? 1 : 0;
        }
        var times = isDraft ? rows.Select(r => r.Draft.Milliseconds).Order().ToList() : [];
        return new Figures(
            rows.Count,
            drafted,
            f1.Count == 0 ? 0 : f1.Average(),
            Median(f1),
            Share(exact, rows.Count),
            Share(type, rows.Count),
            Share(defaults, rows.Count),
            Share(placeholders, drafted),
            Share(typePlaceholders, drafted),
            isDraft ? Share(style, drafted) : null,
            isDraft ? Share(untouched, rows.Count) : null,
            isDraft ? Percentile(times, 50) : null,
            isDraft ? Percentile(times, 95) : null);
    }

    public static bool IsPlaceholder(string description) => description.Trim().Length == 0 || Placeholder.IsPlaceholder(description.Trim());

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static double Median(List<double> values) => values.Count == 0 ? 0 : Percentile(values.Order().ToList(), 50);

    private static double Percentile(List<double> sorted, int percentile) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];

    public JsonObject ToJson() => new()
    {
        ["count"] = Count,
        ["drafted"] = Drafted,
        ["descriptionF1Mean"] = Round(F1Mean),
        ["descriptionF1Median"] = Round(F1Median),
        ["exactMatch"] = Round(Exact),
        ["typeMatch"] = Round(Type),
        ["defaultMatch"] = Round(Default),
        ["placeholders"] = Round(Placeholders),
        ["typePlaceholders"] = Round(TypePlaceholders),
        ["styleLikeNeighbours"] = Style is { } s ? Round(s) : null,
        ["untouchedOutsideEntry"] = Untouched is { } u ? Round(u) : null,
        ["draftMillisecondsP50"] = MillisecondsP50 is { } p50 ? Round(p50) : null,
        ["draftMillisecondsP95"] = MillisecondsP95 is { } p95 ? Round(p95) : null,
    };

    private static double Round(double value) => Math.Round(value, 4);
}

/// <summary>Everything measured on one repository.</summary>
internal sealed class RepositoryResult(string name, string root, int files, int candidates, SampleTaker.Skips skips)
{
    public string Name => name;
    public string Root => root;
    public int Files => files;
    public int Candidates => candidates;
    public SampleTaker.Skips Skips => skips;
    public List<Row> Rows { get; } = [];

    public void Add(Sample sample, DraftOutcome draft, Baselines? baselines) =>
        Rows.Add(new Row(sample, draft, baselines?.SameName(sample), baselines is null ? null : Baselines.Template(sample), baselines?.BestSameName(sample)));

    /// <summary>The share of samples flagged, of those the contribution profile reports at all: a deleted entry of a
    /// parameter the code deprecates, in a <c># Copied from</c> block, or under the repository's <c># noqa</c>, is withheld by design and counted apart
    /// (<see cref="WithheldByDesign"/>).</summary>
    public double Flagged => Rows.Count(r => !Apart(r)) is var counted and > 0 ? (double)Rows.Count(r => r.Draft.Flagged) / counted : 0;

    /// <summary>The samples every figure is measured on: all but those counted apart (<see cref="WithheldByDesign"/>),
    /// whose gaps the contribution profile withholds and whose entries the drafts leave out by design.</summary>
    public List<Row> Measured => [.. Rows.Where(r => !Apart(r))];

    /// <summary>How many samples were not flagged by design, by the reason (<see cref="DraftOutcome.WithheldByDesign"/>).</summary>
    public IEnumerable<(string Reason, int Count)> WithheldByDesign =>
        Rows.Where(Apart).GroupBy(static r => r.Draft.WithheldByDesign!).OrderBy(static g => g.Key, StringComparer.Ordinal).Select(static g => (g.Key, g.Count()));

    private static bool Apart(Row row) => row.Draft.WithheldByDesign is not null && !row.Draft.Flagged;
}

internal static class Report
{
    private static readonly (string Name, Func<Row, WrittenEntry?> Entry, bool IsDraft)[] Methods =
    [
        ("ClawDev first quick fix", r => r.Draft.Entry, true),
        ("same-name lookup", r => r.SameName ?? r.Template, false),
        ("autoDocstring-like template", r => r.Template, false),
        ("ceiling: best same-name evidence", r => r.Ceiling, false),
    ];

    public static void Table(TextWriter output, List<RepositoryResult> results, BenchOptions options)
    {
        var groups = results.Select(r => (r.Name, Rows: r.Measured)).ToList();
        if (results.Count > 1)
        {
            groups.Add(("all", results.SelectMany(r => r.Measured).ToList()));
        }
        output.WriteLine($"Leave-one-out, seed {options.Seed}, up to {options.Samples} documented parameters per repository.");
        output.WriteLine();
        foreach (var result in results)
        {
            output.WriteLine($"- {result.Name}: {result.Files} files, {result.Candidates} documented parameters, {result.Rows.Count} sampled; flagged after the deletion: {Percent(result.Flagged)} ({string.Join(", ", result.Rows.Where(r => r.Draft.Flagged).GroupBy(r => r.Draft.Code).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"))}){string.Concat(result.WithheldByDesign.Select(static w => $"; {w.Count} {w.Reason}, withheld by design and counted apart"))}");
        }
        output.WriteLine();
        if (options.Measure == "flagged")
        {
            foreach (var result in results)
            {
                foreach (var row in result.Rows.Where(r => !r.Draft.Flagged))
                {
                    output.WriteLine($"  not flagged: {result.Name} {row.Sample.Path} {row.Sample.Symbol} {row.Sample.Name}{(row.Draft.WithheldByDesign is { } reason ? $" ({reason}: withheld)" : "")}");
                }
            }
            return;
        }
        output.WriteLine("| repository | measure | " + string.Join(" | ", Methods.Select(m => m.Name)) + " |");
        output.WriteLine("|---|---|" + string.Concat(Methods.Select(_ => "---:|")));
        foreach (var (name, rows) in groups)
        {
            var figures = Methods.Select(m => Figures.Of(rows, m.Entry, m.IsDraft)).ToList();
            void Line(string measure, Func<Figures, string> cell) => output.WriteLine($"| {name} | {measure} | {string.Join(" | ", figures.Select(cell))} |");
            Line("description token-F1 mean", f => f.F1Mean.ToString("0.00"));
            Line("description token-F1 median", f => f.F1Median.ToString("0.00"));
            Line("exact description", f => Percent(f.Exact));
            Line("type match", f => Percent(f.Type));
            Line("default match", f => Percent(f.Default));
            Line("placeholders (of drafted entries)", f => Percent(f.Placeholders));
            Line("types left as a placeholder (of drafted entries)", f => Percent(f.TypePlaceholders));
            Line("entry drafted", f => $"{f.Drafted}/{f.Count}");
            Line("laid out like the neighbours", f => f.Style is { } s ? Percent(s) : "–");
            Line("file byte-identical outside the new entry", f => f.Untouched is { } u ? Percent(u) : "–");
            Line("drafting time p50 / p95", f => f.MillisecondsP50 is { } p50 ? $"{p50:0.0} / {f.MillisecondsP95:0.0} ms" : "–");
        }
        if (options.Show > 0)
        {
            Show(output, results, options.Show);
        }
    }

    /// <summary>The drafts furthest below the best same-name evidence, for reading: what the maintainers wrote beside what was drafted and where it came from.</summary>
    private static void Show(TextWriter output, List<RepositoryResult> results, int count)
    {
        output.WriteLine();
        foreach (var (result, row, f1) in results
            .SelectMany(r => r.Measured.Select(row => (r, row, F1: F1(row.Draft.Entry, row))))
            .OrderByDescending(x => F1(x.row.Ceiling, x.row) - x.F1)
            .ThenBy(x => x.F1).ThenBy(x => x.row.Sample.Path, StringComparer.Ordinal).Take(count))
        {
            var sample = row.Sample;
            output.WriteLine($"--- {result.Name} {sample.Path} {sample.Symbol} {sample.Name} (F1 {f1:0.00}, {row.Draft.Code ?? "not flagged"}{(row.Draft.Untouched ? "" : ", file changed outside the entry")})");
            output.WriteLine($"    original: ({sample.Original.Type}; default {sample.Original.Default}) {Flat(sample.Original.Description)}");
            output.WriteLine($"    drafted:  ({row.Draft.Entry?.Type}; default {row.Draft.Entry?.Default}) {Flat(row.Draft.Entry?.Description ?? "(none) " + row.Draft.Explanation)}");
            output.WriteLine($"    from:     {row.Draft.Provenance}");
            output.WriteLine($"    same-name: {Flat(row.SameName?.Description ?? "(none)")}");
            output.WriteLine($"    closest:   {Flat(row.Ceiling?.Description ?? "(none)")}");
            if (row.Draft.After is { } after)
            {
                foreach (var line in ChangedLines(sample.DeletedText, after))
                {
                    output.WriteLine($"    changed:   {line}");
                }
            }
        }
    }

    public static JsonObject Json(List<RepositoryResult> results, BenchOptions options)
    {
        var repositories = new JsonArray();
        foreach (var result in results)
        {
            var methods = new JsonObject();
            if (options.Measure == "drafts")
            {
                methods["clawdev"] = Figures.Of(result.Measured, Methods[0].Entry, true).ToJson();
                methods["sameNameLookup"] = Figures.Of(result.Measured, Methods[1].Entry, false).ToJson();
                methods["template"] = Figures.Of(result.Measured, Methods[2].Entry, false).ToJson();
                methods["ceilingBestSameName"] = Figures.Of(result.Measured, Methods[3].Entry, false).ToJson();
            }
            repositories.Add(new JsonObject
            {
                ["name"] = result.Name,
                ["root"] = result.Root,
                ["files"] = result.Files,
                ["documentedParameters"] = result.Candidates,
                ["sampled"] = result.Rows.Count,
                ["notCandidates"] = new JsonObject(result.Skips.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => KeyValuePair.Create(s.Key, (JsonNode?)s.Value))),
                ["flagged"] = Math.Round(result.Flagged, 4),
                ["withheldByDesign"] = new JsonObject(result.WithheldByDesign.Select(static w => KeyValuePair.Create(w.Reason, (JsonNode?)w.Count))),
                ["flaggedByCode"] = new JsonObject(result.Rows.Where(r => r.Draft.Flagged).GroupBy(r => r.Draft.Code!).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => KeyValuePair.Create(g.Key, (JsonNode?)g.Count()))),
                ["notFlagged"] = new JsonArray(result.Rows.Where(r => !r.Draft.Flagged && r.Draft.WithheldByDesign is null).Select(r => (JsonNode?)new JsonObject { ["path"] = r.Sample.Path, ["symbol"] = r.Sample.Symbol, ["parameter"] = r.Sample.Name }).ToArray()),
                ["changedOutsideEntry"] = new JsonArray(result.Measured.Where(r => options.Measure == "drafts" && !r.Draft.Untouched).Select(r => (JsonNode?)new JsonObject
                {
                    ["path"] = r.Sample.Path,
                    ["symbol"] = r.Sample.Symbol,
                    ["parameter"] = r.Sample.Name,
                    ["explanation"] = r.Draft.Explanation,
                    ["changed"] = r.Draft.After is { } after ? new JsonArray(ChangedLines(r.Sample.DeletedText, after).Select(l => (JsonNode?)l).ToArray()) : null,
                }).ToArray()),
                ["placeholderDrafts"] = new JsonArray(result.Measured.Where(r => r.Draft.Entry is { } e && Figures.IsPlaceholder(e.Description)).Select(r => (JsonNode?)new JsonObject
                {
                    ["path"] = r.Sample.Path,
                    ["symbol"] = r.Sample.Symbol,
                    ["parameter"] = r.Sample.Name,
                    ["original"] = r.Sample.Original.Description,
                }).ToArray()),
                ["methods"] = methods,
                ["samples"] = options.Measure == "drafts" ? new JsonArray(result.Measured.Select(r => (JsonNode?)new JsonObject
                {
                    ["path"] = r.Sample.Path,
                    ["symbol"] = r.Sample.Symbol,
                    ["parameter"] = r.Sample.Name,
                    ["descriptionF1"] = Math.Round(F1(r.Draft.Entry, r), 4),
                    ["sameNameF1"] = Math.Round(F1(r.SameName, r), 4),
                    ["ceilingF1"] = Math.Round(F1(r.Ceiling, r), 4),
                    ["provenance"] = r.Draft.Provenance,
                    ["original"] = r.Sample.Original.Description,
                    ["drafted"] = r.Draft.Entry?.Description,
                    ["laidOutLikeNeighbours"] = r.Draft.Entry is { } drafted ? Scoring.LaidOutLikeNeighbours(drafted.Layout, r.Sample.Neighbours, r.Sample.Original.Layout) : null,
                    ["layout"] = r.Draft.Entry is { } entry ? entry.Layout.ToString() : null,
                    ["originalLayout"] = r.Sample.Original.Layout.ToString(),
                    ["originalType"] = r.Sample.Original.Type,
                    ["draftedType"] = r.Draft.Entry?.Type,
                    ["originalDefault"] = r.Sample.Original.Default,
                    ["draftedDefault"] = r.Draft.Entry?.Default,
                    ["neighbours"] = new JsonArray(r.Sample.Neighbours.Select(n => (JsonNode?)n.ToString()).ToArray()),
                }).ToArray()) : null,
            });
        }
        return new JsonObject { ["seed"] = options.Seed, ["samplesPerRepository"] = options.Samples, ["measure"] = options.Measure, ["repositories"] = repositories };
    }

    /// <summary>An entry's description token-F1 against the maintainers' (0 without an entry).</summary>
    private static double F1(WrittenEntry? entry, Row row) => entry is null ? 0 : Scoring.TokenF1(entry.Description, row.Sample.Original.Description);

    /// <summary>The lines of the file after the draft from the first to the last one that differs from the file without the entry.</summary>
    private static IEnumerable<string> ChangedLines(string before, string after)
    {
        var changed = TextEdits.Difference(before, after);
        var start = after.LastIndexOf('\n', Math.Max(0, changed.Replace.Start - 1)) + 1;
        return after[start..(changed.Replace.Start + changed.NewText.Length)].Split('\n').Take(12).Select(l => "|" + l);
    }

    private static string Percent(double share) => $"{share * 100:0.0}%";

    private static string Flat(string text) => text.Replace("\n", " ⏎ ");
}
