using System.Diagnostics;

namespace ClawDev.Server.Tests.TestSupport;

/// <summary>One run of the clawdev executable (the build <see cref="ClawDevExecutable"/> names) as its own process: real exit code, real stdout and stderr.</summary>
internal sealed record ClawDevProcess(int ExitCode, string Output, string Error)
{
    /// <param name="wrap">Changes how the process is started (e.g. <see cref="FilePermissions.Enforced"/>, or its environment).</param>
    public static ClawDevProcess Run(string? workingDirectory, Func<ProcessStartInfo, ProcessStartInfo> wrap, params string[] args)
    {
        var startInfo = ClawDevExecutable.StartInfo(args);
        startInfo.WorkingDirectory = workingDirectory ?? "";
        using var process = Process.Start(wrap(startInfo))!;
        process.StandardInput.Close();
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
