using System.Diagnostics;

namespace ClawDev.Server.Tests.TestSupport;

/// <summary>One run of the built clawdev executable as its own process: real exit code, real stdout and stderr.</summary>
internal sealed record ClawDevProcess(int ExitCode, string Output, string Error)
{
    /// <param name="wrap">Changes how the process is started (e.g. <see cref="FilePermissions.Enforced"/>).</param>
    public static ClawDevProcess Run(string? workingDirectory, Func<ProcessStartInfo, ProcessStartInfo> wrap, params string[] args)
    {
        // The test output holds clawdev.dll and its runtimeconfig; DOTNET_HOST_PATH is the dotnet running the tests.
        var startInfo = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        startInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "clawdev.dll"));
        foreach (var arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }
        using var process = Process.Start(wrap(startInfo))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("clawdev did not finish within a minute");
        }
        return new ClawDevProcess(process.ExitCode, output.Result, error.Result);
    }
}
