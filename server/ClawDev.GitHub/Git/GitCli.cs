using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ClawDev.GitHub.Git;

/// <summary>What one git command printed and how it ended.</summary>
public sealed record GitResult(int ExitCode, byte[] Output, string Error)
{
    /// <summary>The first line git wrote to stderr, for a one-line message to the user.</summary>
    public string FirstErrorLine
    {
        get
        {
            var error = Error.AsSpan().Trim();
            var newline = error.IndexOfAny('\r', '\n');
            return (newline < 0 ? error : error[..newline]).ToString();
        }
    }
}

/// <summary>git could not be run to its end: it could not be started (not installed, not on PATH), or it was stopped
/// after its time limit.</summary>
public sealed class GitUnavailableException(string message, Exception inner) : Exception(message, inner);

/// <summary>
/// Runs the real git CLI: an argument list (never a shell), no prompts, no inherited repository overrides. Commands
/// that only read start no program the repository configures: no core.fsmonitor hook, no ext:: transport, no
/// optional index write (which would run a post-index-change hook), and no filter driver (status and diff run a
/// clean filter on a file they compare with the index).
/// </summary>
public sealed class GitCli(string executable = "git")
{
    /// <summary>Long enough for a push over a slow network or a commit's hooks; a git that runs longer is stopped.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    // The commands ClawDev runs that change nothing (config only ever reads here: --get, --get-regexp).
    private static readonly HashSet<string> ReadingCommands = new(StringComparer.Ordinal)
    {
        "check-ref-format", "config", "diff", "for-each-ref", "log", "ls-files", "ls-remote", "rev-parse", "show", "show-ref", "status", "symbolic-ref",
    };

    private static readonly string[] ReadingOverrides = ["-c", "core.fsmonitor=false", "-c", "protocol.ext.allow=never"];

    // The reading commands that run the filter drivers .gitattributes names on files of the work tree.
    private static readonly HashSet<string> FilteringCommands = new(StringComparer.Ordinal) { "diff", "status" };

    // What makes a filter driver no driver: no command to run, and not required (a required one without a command fails).
    private static readonly (string Variable, string Value)[] NoFilter = [("clean", ""), ("smudge", ""), ("process", ""), ("required", "false")];

    // These would make git work on some other repository than the one in the working directory
    // (they are set, for example, while a git hook runs).
    private static readonly string[] RepositoryOverrides =
    [
        "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY",
        "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_NAMESPACE", "GIT_PREFIX",
    ];

    /// <param name="standardInput">Bytes fed to git's standard input (which is closed after them).</param>
    /// <param name="timeout">How long git may run (<see cref="DefaultTimeout"/> when null).</param>
    /// <exception cref="GitUnavailableException">git cannot be started, or ran out of time and was killed.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; the git process is killed.</exception>
    public GitResult Run(
        string workingDirectory,
        IReadOnlyList<string> arguments,
        CancellationToken cancellationToken,
        ReadOnlyMemory<byte> standardInput = default,
        TimeSpan? timeout = null)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
        };
        var command = Command(arguments);
        var reading = command is not null && ReadingCommands.Contains(command);
        foreach (var argument in reading ? [.. ReadingOverrides, .. arguments] : arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        foreach (var name in RepositoryOverrides)
        {
            startInfo.Environment.Remove(name);
        }
        startInfo.Environment["GIT_TERMINAL_PROMPT"] = "0";
        if (reading)
        {
            startInfo.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        }
        if (reading && FilteringCommands.Contains(command!))
        {
            EmptyFilterDrivers(startInfo.Environment, workingDirectory, cancellationToken);
        }

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new GitUnavailableException($"'{executable}' could not be started: {e.Message}", e);
        }

        using var killOnCancel = cancellationToken.Register(() => KillQuietly(process));
        // All pipes are served at once: a full pipe on either side would otherwise block git and then us.
        var input = FeedAsync(process.StandardInput.BaseStream, standardInput);
        var output = new MemoryStream();
        var outputCopy = process.StandardOutput.BaseStream.CopyToAsync(output, CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var limit = timeout ?? DefaultTimeout;
        var finished = process.WaitForExit(limit);
        if (!finished)
        {
            KillQuietly(process);
            process.WaitForExit();
        }
        Task.WaitAll(input, outputCopy, error);
        cancellationToken.ThrowIfCancellationRequested();
        if (!finished)
        {
            var verb = arguments.FirstOrDefault(a => !a.StartsWith('-')) ?? "";
            throw new GitUnavailableException($"git {verb} did not finish within {limit.TotalSeconds:0.#} s and was stopped", new TimeoutException());
        }
        return new GitResult(process.ExitCode, output.ToArray(), error.Result);
    }

    /// <summary>The command: the first argument that is no global option (ClawDev passes none that takes a value).</summary>
    private static string? Command(IReadOnlyList<string> arguments) => arguments.FirstOrDefault(argument => !argument.StartsWith('-'));

    /// <summary>
    /// Makes every filter driver git knows of in <paramref name="workingDirectory"/> (filter.NAME.clean, smudge,
    /// process) none for one command, through GIT_CONFIG_COUNT/KEY/VALUE, which take any driver name (a "-c"
    /// argument cannot hold a name with '='); variables the user set that way are kept before them.
    /// </summary>
    private void EmptyFilterDrivers(IDictionary<string, string?> environment, string workingDirectory, CancellationToken cancellationToken)
    {
        var configured = Run(workingDirectory, ["config", "-z", "--name-only", "--get-regexp", @"^filter\."], cancellationToken);
        // Exit code 1: no filter configured.
        if (configured.ExitCode != 0)
        {
            return;
        }
        const string Section = "filter.";
        var count = environment.TryGetValue("GIT_CONFIG_COUNT", out var given) && int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;
        var drivers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var range in configured.Output.AsSpan().Split((byte)0))
        {
            var key = Encoding.UTF8.GetString(configured.Output.AsSpan(range));
            var variable = key.LastIndexOf('.');
            if (variable <= Section.Length || !drivers.Add(key[Section.Length..variable]))
            {
                continue;
            }
            foreach (var (name, value) in NoFilter)
            {
                environment[$"GIT_CONFIG_KEY_{count}"] = $"{key[..variable]}.{name}";
                environment[$"GIT_CONFIG_VALUE_{count}"] = value;
                count++;
            }
        }
        environment["GIT_CONFIG_COUNT"] = count.ToString(CultureInfo.InvariantCulture);
    }

    private static async Task FeedAsync(Stream standardInput, ReadOnlyMemory<byte> bytes)
    {
        try
        {
            await standardInput.WriteAsync(bytes);
        }
        catch (IOException)
        {
            // git exited without reading everything; its exit code says why.
        }
        finally
        {
            await standardInput.DisposeAsync();
        }
    }

    private static void KillQuietly(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It has already exited.
        }
    }
}
