using System.ComponentModel;
using System.Diagnostics;

namespace ClawDev.GitHub.Auth;

/// <summary>
/// The token for the command line: <c>GITHUB_TOKEN</c>, then <c>GH_TOKEN</c>, then <c>gh auth token --hostname HOST</c>
/// when the GitHub CLI is on PATH. A missing or failing gh is not an error: the requests go unauthenticated.
/// </summary>
public sealed class CliTokenSource(Func<string, string?> environment, TimeSpan ghTimeout)
{
    public static CliTokenSource FromProcess() => new(Environment.GetEnvironmentVariable, TimeSpan.FromSeconds(5));

    public GitHubToken? Find(string webHost)
    {
        foreach (var name in new[] { "GITHUB_TOKEN", "GH_TOKEN" })
        {
            if (environment(name) is { } value && !string.IsNullOrWhiteSpace(value))
            {
                return new GitHubToken(value, name);
            }
        }
        return FindGhExecutable() is { } gh && AskGh(gh, webHost) is { } token ? new GitHubToken(token, "gh auth token") : null;
    }

    private string? FindGhExecutable()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "gh.exe", "gh.cmd" } : ["gh"];
        foreach (var directory in (environment("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    private string? AskGh(string executable, string webHost)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "auth", "token", "--hostname", webHost })
        {
            startInfo.ArgumentList.Add(argument);
        }
        // gh must not open a browser or prompt; it only prints a stored token or fails.
        startInfo.Environment["GH_PROMPT_DISABLED"] = "1";
        startInfo.Environment["GH_NO_UPDATE_NOTIFIER"] = "1";
        try
        {
            using var process = Process.Start(startInfo)!;
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(ghTimeout))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }
            var token = output.Result.Trim();
            return process.ExitCode == 0 && token.Length > 0 && !token.Contains('\n') ? token : null;
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or IOException)
        {
            return null;
        }
    }
}
