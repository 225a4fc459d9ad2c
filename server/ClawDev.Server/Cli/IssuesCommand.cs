using System.CommandLine;
using System.Globalization;
using ClawDev.Core.Configuration;
using ClawDev.Core.FileSystem;
using ClawDev.Core.MicroTasks;
using ClawDev.Core.Python;
using ClawDev.GitHub.Git;
using ClawDev.GitHub.Issues;
using ClawDev.GitHub.Issues.Ranking;
using ClawDev.GitHub.Upstream;
using ClawDev.Server.Reports;

namespace ClawDev.Server.Cli;

/// <summary>
/// `clawdev issues [PATH] [--file FILE] [--symbol NAME] [--upstream OWNER/REPO] [--api-url URL] [--format text|json] [--limit N]`:
/// the upstream's open beginner and documentation issues ranked by closeness to FILE (and SYMBOL), claimed ones
/// marked, then the maintainers' offline micro-tasks. A GitHub failure with nothing cached is one line on stderr
/// and exit 2 (the micro-tasks are still printed).
/// </summary>
internal sealed class IssuesCommand(CliEnvironment environment)
{
    private readonly Argument<string> _path = RootDirectory.Argument("The repository (its git remotes name the upstream).");

    private readonly Option<string?> _file = new("--file")
    {
        Description = "The file you work on: issues naming it, its module or its symbols rank first.",
        HelpName = "FILE",
    };

    private readonly Option<string?> _symbol = new("--symbol")
    {
        Description = "A symbol of --file (qualified, e.g. Trainer.train): issues naming it rank first.",
        HelpName = "NAME",
    };

    private readonly Option<string?> _upstream = new("--upstream")
    {
        Description = "The upstream repository (OWNER/REPO or a URL) instead of the one the git remotes name.",
        HelpName = "OWNER/REPO",
    };

    private readonly Option<string?> _apiUrl = new("--api-url")
    {
        Description = "The GitHub API URL (GitHub Enterprise: https://HOST/api/v3).",
        HelpName = "URL",
    };

    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "Output format.",
        DefaultValueFactory = _ => "text",
    };

    // Read as a string and parsed here, as `scan` does with its numbers (see ScanCommand).
    private readonly Option<string?> _limit = new("--limit")
    {
        Description = "Show at most N issues (default 20).",
        HelpName = "N",
    };

    public Command Build(CliStreams streams, CancellationToken cancellationToken)
    {
        _format.AcceptOnlyFromAmong("text", "json");
        _limit.Validators.Add(result =>
        {
            if (!TryParseLimit(result.GetValueOrDefault<string?>(), out _))
            {
                result.AddError($"--limit: '{result.GetValueOrDefault<string?>()}' is not a whole number from 1 to 100.");
            }
        });
        var command = new Command("issues", "List the upstream's open beginner and documentation issues nearest to your code, and the maintainers' own micro-tasks.")
        {
            _path, _file, _symbol, _upstream, _apiUrl, _format, _limit,
        };
        command.SetAction(parseResult => Run(parseResult, streams, cancellationToken));
        return command;
    }

    private static bool TryParseLimit(string? text, out int limit) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) && limit is >= 1 and <= 100;

    private int Run(ParseResult parseResult, CliStreams streams, CancellationToken cancellationToken)
    {
        if (RootDirectory.Resolve(parseResult.GetValue(_path)!, streams, out var exitCode) is not { } root)
        {
            return exitCode;
        }
        var symbol = parseResult.GetValue(_symbol);
        var file = parseResult.GetValue(_file);
        if (symbol is not null && file is null)
        {
            return CliErrors.Usage(streams, "--symbol names a symbol of --file; give --file too.", "issues");
        }
        CodeContext context = CodeContext.NoFile;
        if (file is not null && !TryReadContext(root, file, symbol, streams, out context, out exitCode))
        {
            return exitCode;
        }
        var options = new FirstIssueOptions(Limit: TryParseLimit(parseResult.GetValue(_limit), out var limit) ? limit : new FirstIssueOptions().Limit);
        var settings = new UpstreamSettings(parseResult.GetValue(_upstream), parseResult.GetValue(_apiUrl));
        var git = new GitCli();
        var microTasks = MicroTaskFinder.Find(root, new GitFileLister(git, new ClawDev.Core.Workspace.DirectoryWalker()).ListPythonFiles(root, cancellationToken).RelativePaths, cancellationToken);

        FirstIssueResults results;
        try
        {
            results = FindAsync(root, settings, context, options, git, streams, cancellationToken).GetAwaiter().GetResult();
        }
        catch (UpstreamNotFoundException e)
        {
            return CliErrors.Io(streams, e.Message);
        }
        catch (FormatException e)
        {
            return CliErrors.Usage(streams, e.Message, "issues");
        }
        var report = new IssuesReport(root, results, microTasks, environment.Clock.GetUtcNow());
        if (parseResult.GetValue(_format) == "json")
        {
            IssuesJsonReport.Write(report, streams.Output);
        }
        else
        {
            IssuesTextReport.Write(report, streams.OutputText);
        }
        return results.About.Problem is { } problem ? CliErrors.Io(streams, problem.ToString()) : ExitCodes.Clean;
    }

    private async Task<FirstIssueResults> FindAsync(string root, UpstreamSettings settings, CodeContext context, FirstIssueOptions options, GitCli git, CliStreams streams, CancellationToken cancellationToken)
    {
        using var upstream = await UpstreamConnector.ConnectAsync(root, settings, environment.TokenFor, environment.OpenCache(streams), git, cancellationToken);
        return await FirstIssueSearch.FindAsync(upstream, context, options, environment.Clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>The context of FILE (relative to the current directory, or to PATH); false after reporting why it cannot be read.</summary>
    private static bool TryReadContext(string root, string file, string? symbol, CliStreams streams, out CodeContext context, out int exitCode)
    {
        context = CodeContext.NoFile;
        exitCode = ExitCodes.Clean;
        var path = File.Exists(Path.GetFullPath(file)) ? Path.GetFullPath(file) : Path.GetFullPath(Path.Combine(root, file));
        if (!File.Exists(path))
        {
            exitCode = CliErrors.Io(streams, $"no such file: {file}");
            return false;
        }
        var relative = Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
        if (relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            exitCode = CliErrors.Io(streams, $"{file} is not inside {root}");
            return false;
        }
        if (BoundedFile.ReadBytes(path, ProjectConfiguration.DefaultMaxFileSize, out var problem) is not { } bytes)
        {
            exitCode = CliErrors.Io(streams, $"cannot read {file}: {problem}");
            return false;
        }
        context = CodeContextReader.Read(relative, PythonParser.Parse(SourceDecoder.Decode(bytes).Text), cursorOffset: null, symbol);
        return true;
    }
}
