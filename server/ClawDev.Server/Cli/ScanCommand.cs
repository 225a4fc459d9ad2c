using System.CommandLine;
using System.Globalization;
using System.Runtime;
using ClawDev.Core.Configuration;
using ClawDev.Core.Workspace;
using ClawDev.GitHub.Git;
using ClawDev.Server.Reports;

namespace ClawDev.Server.Cli;

/// <summary>`clawdev scan [PATH] [--format text|json|sarif] [--select ...] [--ignore ...] [--fail-under N] [--output FILE]`.</summary>
internal sealed class ScanCommand
{
    private readonly Argument<string[]> _paths = new("PATH")
    {
        Description = "The repository (or a directory in it) to scan; or Python files, scanned alone and judged by their project's configuration (the nearest directory above them with one, as ruff finds it).",
        DefaultValueFactory = _ => ["."],
    };

    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "Report format.",
        DefaultValueFactory = _ => "text",
    };

    private readonly Option<string[]> _select = new("--select")
    {
        Description = "Only these rule codes or prefixes (comma-separated; replaces the configuration's choice). ALL selects every rule.",
        HelpName = "CODES",
    };

    private readonly Option<string[]> _ignore = new("--ignore")
    {
        Description = "Leave out these rule codes or prefixes (comma-separated), after --select or the configuration.",
        HelpName = "CODES",
    };

    // Numbers are read as strings and parsed here: an Option<double?> or Option<long?> would be a generic
    // instantiation that ReadyToRun cannot precompile, and JIT-compiling it costs every run a few milliseconds.
    private readonly Option<string?> _failUnder = new("--fail-under")
    {
        Description = "Exit 1 when documentation coverage is below N percent, else 0 (findings then do not decide the exit code).",
        HelpName = "N",
    };

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Write the report to FILE instead of standard output.",
        HelpName = "FILE",
    };

    private readonly Option<string?> _maxFileSize = new("--max-file-size")
    {
        Description = "Skip files larger than this (bytes, or with K/M/G); default: the configuration's max-file-size.",
        HelpName = "SIZE",
    };

    private readonly Option<string?> _profile = new("--profile")
    {
        Description = "contribution: the gaps a maintainer would welcome, in the library only; pydocstyle: exactly what the linter reports, everywhere. Default: pydocstyle where the repository configures docstring rules, else contribution.",
        HelpName = "PROFILE",
    };

    private readonly Option<string[]> _exclude = new("--exclude")
    {
        Description = "Leave out files matching this glob, relative to the repository (ruff's exclude: a pattern without '/' matches any file or folder name); repeat it for several.",
        HelpName = "GLOB",
    };

    private readonly Option<bool> _coverage = new("--coverage")
    {
        Description = "Show the coverage of every module in the text report (the total is always shown).",
    };

    private readonly RuleCatalog _rules;

    public ScanCommand(RuleCatalog rules)
    {
        _rules = rules;
        _format.AcceptOnlyFromAmong("text", "json", "sarif");
        _profile.AcceptOnlyFromAmong("contribution", "pydocstyle");
        // System.CommandLine would take a misspelt option for a path; "./-name" still reaches a file named so.
        _paths.Validators.Add(result =>
        {
            if (result.Tokens.FirstOrDefault(token => token.Value.StartsWith('-')) is { } option)
            {
                result.AddError($"Unrecognized option '{option.Value}'.");
            }
        });
        _failUnder.Validators.Add(result =>
        {
            if (!TryParsePercent(result.GetValueOrDefault<string?>(), out _))
            {
                result.AddError($"--fail-under: '{result.GetValueOrDefault<string?>()}' is not a percentage from 0 to 100.");
            }
        });
        _maxFileSize.Validators.Add(result =>
        {
            if (!ByteSize.TryParse(result.GetValueOrDefault<string?>() ?? "", out var bytes) || bytes <= 0)
            {
                result.AddError($"--max-file-size: '{result.GetValueOrDefault<string?>()}' is not a size such as 2097152, 512K or 2M.");
            }
        });
    }

    private static bool TryParsePercent(string? text, out double percent) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out percent) && percent is >= 0 and <= 100;

    public Command Build(CliStreams streams, CancellationToken cancellationToken)
    {
        var command = new Command("scan", "Report undocumented public APIs and parameters, judged by the repository's own configuration.")
        {
            _paths, _format, _profile, _select, _ignore, _exclude, _failUnder, _output, _maxFileSize, _coverage,
        };
        command.SetAction(parseResult => Run(parseResult, streams, cancellationToken));
        return command;
    }

    private int Run(ParseResult parseResult, CliStreams streams, CancellationToken cancellationToken)
    {
        // A scan is one batch that nobody watches while it runs: full collections need not run beside it on a
        // background thread, whose marking cost a scan of the python3.11 folder ~2% of its CPU time. The language
        // server keeps concurrent collections for the editor's sake.
        GCSettings.LatencyMode = GCLatencyMode.Batch;
        var paths = parseResult.GetValue(_paths)!;
        var path = paths.Length == 0 ? "." : paths[0];
        int exitCode;
        string? root;
        IReadOnlySet<string>? onlyFiles = null;
        if (paths.Length > 0 && paths.All(File.Exists))
        {
            var roots = paths.Select(file => ProjectRoot.Of(Path.GetFullPath(file))).Distinct(StringComparer.Ordinal).ToList();
            if (roots.Count > 1)
            {
                return CliErrors.Usage(streams, $"the files belong to different projects ({string.Join(", ", roots.Take(3))}); scan each project's files separately.", "scan");
            }
            root = roots[0];
            onlyFiles = paths.Select(file => Path.GetRelativePath(root, Path.GetFullPath(file)).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
        }
        else if (paths.Length > 1)
        {
            return CliErrors.Usage(streams, "give one directory to scan, or only files (for a directory and files, scan them separately).", "scan");
        }
        else if ((root = RootDirectory.Resolve(path, streams, out exitCode)) is null)
        {
            return exitCode;
        }
        double? failUnder = TryParsePercent(parseResult.GetValue(_failUnder), out var percent) ? percent : null;
        var scanner = new WorkspaceScanner(new GitFileLister());
        // Listing the files needs only the root: it runs on another core while this one reads the configuration
        // (a directory walk or `git ls-files` and the configuration each take ~10-15 ms before the first file is read).
        using var listingCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var listing = scanner.StartListing(root, listingCancellation.Token);
        if (LoadConfiguration(root, parseResult, failUnder, streams, out exitCode) is not { } configuration)
        {
            listingCancellation.Cancel();
            // Nothing keeps running after the verb returns; whatever the listing ended with no longer matters.
            ((IAsyncResult)listing).AsyncWaitHandle.WaitOne();
            return exitCode;
        }

        WorkspaceScan scan;
        try
        {
            long? maxFileBytes = ByteSize.TryParse(parseResult.GetValue(_maxFileSize) ?? "", out var bytes) ? bytes : null;
            // The reports need findings and coverage only: each file's text and outline can go once it is analysed.
            var options = new ScanOptions { MaxFileBytes = maxFileBytes, KeepModules = false };
            var files = listing.GetAwaiter().GetResult();
            if (onlyFiles is not null)
            {
                // The files given, even where git ignores them (a file named on the command line is asked for, as ruff
                // checks it); what the configuration excludes stays out, with its reason in the report.
                files = files with { RelativePaths = [.. onlyFiles.Order(StringComparer.Ordinal)] };
            }
            scan = scanner.Scan(root, files, configuration, options, cancellationToken);
        }
        catch (Exception e) when (CliErrors.IsIo(e))
        {
            return CliErrors.Io(streams, $"cannot read {path}: {e.Message}");
        }
        foreach (var note in scan.Notes.Where(n => n.Kind == NoteKind.InternalError))
        {
            streams.Error.Write($"clawdev: {note}\n");
        }
        return Report(scan, parseResult, new ScanSummary(scan, failUnder), streams);
    }

    /// <summary>The repository's configuration with --select, --ignore and --fail-under on top; a selector that names
    /// no rule is a usage error here (the configuration itself would only note it and go on).</summary>
    private ProjectConfiguration? LoadConfiguration(string root, ParseResult parseResult, double? failUnder, CliStreams streams, out int exitCode)
    {
        exitCode = ExitCodes.Clean;
        var configured = ProjectConfiguration.Load(root);
        var profile = parseResult.GetValue(_profile) is { } name ? ProfileChoice.Parse(name) : null;
        var excludes = parseResult.GetValue(_exclude) is { Length: > 0 } patterns ? patterns : null;
        var configuration = configured.WithOverrides(Selectors(parseResult, _select), Selectors(parseResult, _ignore), failUnder, profile, excludes);
        // WithOverrides appends the command line's problems after the files' own.
        var commandLineProblems = configuration.Problems.Skip(configured.Problems.Count).ToList();
        if (commandLineProblems.Count > 0)
        {
            // The configuration words them for a scan that goes on without the selector; this one stops.
            exitCode = CliErrors.Usage(streams, string.Join(" ", commandLineProblems).Replace("; it is ignored.", "."), "scan");
            return null;
        }
        return configuration;
    }

    /// <summary>"D102,D103" and repeated options alike; null when the option was not given.</summary>
    private static IReadOnlyList<string>? Selectors(ParseResult parseResult, Option<string[]> option) =>
        parseResult.GetValue(option) is { Length: > 0 } values
            ? [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))]
            : null;

    private int Report(WorkspaceScan scan, ParseResult parseResult, ScanSummary summary, CliStreams streams)
    {
        var report = CreateReport(parseResult.GetValue(_format)!, summary.FailUnder, parseResult.GetValue(_coverage));
        var outputPath = parseResult.GetValue(_output);
        try
        {
            if (outputPath is null)
            {
                report.Write(scan, streams.Output);
                return summary.ExitCode;
            }
            using var file = new FileStream(outputPath, FileMode.Create, FileAccess.Write, FileShare.Read);
            report.Write(scan, file);
        }
        catch (Exception e) when (CliErrors.IsIo(e))
        {
            // A closed pipe (`clawdev scan | head`) lands here too.
            return CliErrors.Io(streams, $"cannot write {outputPath ?? "the report to standard output"}: {e.Message}");
        }
        streams.OutputText.Write($"Wrote {outputPath}. {summary.Line}\n");
        return summary.ExitCode;
    }

    private IScanReport CreateReport(string format, double? failUnder, bool coverageTable) => format switch
    {
        "json" => new JsonReport(),
        "sarif" => new SarifReport(_rules),
        _ => new TextReport(failUnder, coverageTable),
    };
}
