using System.CommandLine;
using System.Globalization;
using System.Text;
using ClawDev.GitHub.Git;
using ClawDev.GitHub.PullRequests;
using ClawDev.GitHub.Upstream;
using ClawDev.Server.Reports;

namespace ClawDev.Server.Cli;

/// <summary>
/// `clawdev pr [PATH] [--issue N] [--include PATH ...] [--template NAME] [--upstream OWNER/REPO] [--api-url URL]
/// [--remote NAME] [--ai-assisted HOW] [--yes] [--dry-run] [--format text|json]`: plans the draft pull request, shows exactly what
/// would be sent and where, asks to confirm, then carries it out step by step.
/// </summary>
internal sealed class PullRequestCommand(CliEnvironment environment)
{
    private readonly Argument<string> _path = RootDirectory.Argument("The repository (or a directory in it) with the changes.");

    private readonly Option<string?> _issue = new("--issue")
    {
        Description = "The issue the work is for (\"Fixes #N\"); default: the number in the branch name, if any.",
        HelpName = "N",
    };

    private readonly Option<string[]> _include = new("--include")
    {
        Description = "Also include this changed file, which is left out as unrelated otherwise (repeatable; path relative to the repository).",
        HelpName = "PATH",
    };

    private readonly Option<string?> _template = new("--template")
    {
        Description = "The pull-request template to fill, when the repository has several (its path or file name).",
        HelpName = "NAME",
    };

    private readonly Option<string?> _upstream = new("--upstream")
    {
        Description = "The repository the pull request goes to (owner/repo or its URL); default: found from the git remotes.",
        HelpName = "OWNER/REPO",
    };

    private readonly Option<string?> _apiUrl = new("--api-url")
    {
        Description = "The GitHub REST API (GitHub Enterprise: https://HOST/api/v3); default: the upstream host's.",
        HelpName = "URL",
    };

    private readonly Option<string?> _remote = new("--remote")
    {
        Description = "The git remote of your fork; default: found among the remotes, or the fork is created on GitHub.",
        HelpName = "NAME",
    };

    private readonly Option<string?> _aiAssisted = new("--ai-assisted")
    {
        Description = "Say how AI tools helped with the change (it goes into the AI disclosure); without it the pull request states that none were used.",
        HelpName = "HOW",
    };

    private readonly Option<bool> _yes = new("--yes", "-y") { Description = "Create the draft pull request without asking." };

    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "Only show the plan; change nothing." };

    private readonly Option<string> _format = new("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };

    public Command Build(CliStreams streams, CancellationToken cancellationToken)
    {
        _format.AcceptOnlyFromAmong("text", "json");
        _issue.Validators.Add(result =>
        {
            if (!TryParseIssue(result.GetValueOrDefault<string?>(), out _))
            {
                result.AddError($"--issue: '{result.GetValueOrDefault<string?>()}' is not an issue number.");
            }
        });
        var command = new Command("pr", "Draft a pull request from the documentation changes: branch, commit, push to your fork, draft pull request (asks first).")
        {
            _path, _issue, _include, _template, _upstream, _apiUrl, _remote, _aiAssisted, _yes, _dryRun, _format,
        };
        command.SetAction(parseResult => RunAsync(parseResult, streams, cancellationToken).GetAwaiter().GetResult());
        return command;
    }

    private static bool TryParseIssue(string? text, out int number) =>
        int.TryParse(text?.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;

    private async Task<int> RunAsync(ParseResult parseResult, CliStreams streams, CancellationToken cancellationToken)
    {
        if (RootDirectory.Resolve(parseResult.GetValue(_path)!, streams, out var exitCode) is not { } folder)
        {
            return exitCode;
        }
        var git = new GitCli();
        var settings = new UpstreamSettings(parseResult.GetValue(_upstream), parseResult.GetValue(_apiUrl));
        var report = new PullRequestReport(streams.OutputText, parseResult.GetValue(_format) == "json");
        ConnectedUpstream upstream;
        try
        {
            upstream = await UpstreamConnector.ConnectAsync(folder, settings, environment.TokenFor, environment.OpenCache(streams), git, cancellationToken);
        }
        catch (Exception e) when (e is UpstreamNotFoundException or FormatException)
        {
            return CliErrors.Io(streams, e.Message);
        }
        using (upstream)
        {
            var connection = new PullRequestConnection(upstream);
            var choices = new DraftChoices(
                TryParseIssue(parseResult.GetValue(_issue), out var issue) ? issue : null,
                parseResult.GetValue(_include),
                TemplatePath(folder, parseResult.GetValue(_template)),
                parseResult.GetValue(_remote))
            {
                AiAssistance = parseResult.GetValue(_aiAssisted) is { Length: > 0 } how ? how.Trim() : null,
            };
            var drafter = new PullRequestDrafter(git);
            PullRequestPlan plan;
            try
            {
                plan = await connection.PlanAsync(drafter, git, folder, choices, cancellationToken);
            }
            catch (OptionLikeNameException e)
            {
                return CliErrors.Io(streams, e.Message);
            }
            catch (ArgumentException e)
            {
                return CliErrors.Usage(streams, e.Message, "pr");
            }
            catch (Exception e) when (e is GitCommandException or GitUnavailableException)
            {
                return CliErrors.Io(streams, $"{folder} is not a git work tree git can read: {e.Message}");
            }
            report.Plan(plan, connection);
            if (plan.IsBlocked)
            {
                report.Stopped(BlockedReason(plan));
                streams.Error.Write(TerminalText.Of($"clawdev: not drafted: {BlockedReason(plan)}\n"));
                return ExitCodes.Failed;
            }
            if (parseResult.GetValue(_dryRun))
            {
                report.Stopped("dry run: nothing was changed or sent");
                return ExitCodes.Clean;
            }
            if (!parseResult.GetValue(_yes) && !Confirmed(streams, report))
            {
                return ExitCodes.Clean;
            }
            var outcome = await drafter.ExecuteAsync(plan, new PullRequestChoices(plan.Target), connection.Host, report.StepProgress(), cancellationToken);
            report.Outcome(outcome);
            return outcome.Succeeded ? ExitCodes.Clean : ExitCodes.Failed;
        }
    }

    /// <summary>Asks at a terminal; without one (a pipe, CI) it stops after the plan and says how to go on.</summary>
    private bool Confirmed(CliStreams streams, PullRequestReport report)
    {
        if (!environment.IsInteractive)
        {
            report.Stopped("not created: no terminal to confirm on; run again with --yes to create the draft pull request");
            return false;
        }
        report.Flush();
        streams.Error.Write("Create draft pull request? [y/N] ");
        streams.Error.Flush();
        using var input = new StreamReader(streams.Input, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 256, leaveOpen: true);
        var answer = input.ReadLine()?.Trim();
        if (answer is not null && (answer.Equals("y", StringComparison.OrdinalIgnoreCase) || answer.Equals("yes", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        report.Stopped("not created: you did not confirm");
        return false;
    }

    /// <summary>A template given by file name is found among the repository's templates; a path is taken as it is.</summary>
    private static string? TemplatePath(string folder, string? name) =>
        name is null || name.Contains('/')
            ? name
            : PullRequestTemplates.Find(folder).FirstOrDefault(t => t.Name == name)?.Path ?? name;

    private static string BlockedReason(PullRequestPlan plan) =>
        plan.Included.Count == 0
            ? "no documentation changes to send (include files with --include PATH)"
            : string.Join("; ", plan.Checklist.Where(c => c.Status == CheckStatus.Blocking).Select(c => $"{CheckNames.Of(c)}: {c.Reason}"));
}
