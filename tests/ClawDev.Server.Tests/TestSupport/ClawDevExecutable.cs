using System.Diagnostics;

namespace ClawDev.Server.Tests.TestSupport;

/// <summary>
/// How the tests start clawdev as its own process. By default the build under test: clawdev.dll of the test output, run
/// by the dotnet running the tests. With <c>CLAWDEV_EXECUTABLE</c> set, that executable instead (a self-contained,
/// single-file, trimmed or Native AOT build), so the same tests judge every build that ships (tests/install/run.sh).
/// </summary>
internal static class ClawDevExecutable
{
    private const string Variable = "CLAWDEV_EXECUTABLE";

    /// <summary>A start with stdin, stdout and stderr redirected.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments)
    {
        ProcessStartInfo start;
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } executable)
        {
            start = new ProcessStartInfo(Path.GetFullPath(executable));
        }
        else
        {
            // DOTNET_HOST_PATH is the dotnet running the tests; the test output holds clawdev.dll and its runtimeconfig.
            start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet");
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "clawdev.dll"));
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        return start;
    }
}
