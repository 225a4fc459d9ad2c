using System.Diagnostics;
using System.Runtime.Versioning;

namespace ClawDev.TestSupport;

/// <summary>
/// Writes an executable script (a fake <c>gh</c>, a git hook) through a child <c>sh</c>, so that this process never
/// holds it open for writing: a child that another test's thread forks meanwhile inherits such a descriptor until its
/// exec, and running the script in that moment fails with ETXTBSY ("Text file busy") — a test failing at random.
/// </summary>
[UnsupportedOSPlatform("windows")]
internal static class ExecutableFile
{
    public static string Write(string path, string script)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };
        foreach (var argument in new[] { "-c", "cat > \"$1\" && chmod 700 \"$1\"", "sh", path })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        process.StandardInput.Write(script);
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"writing {path} took longer than 30 s");
        }
        return process.ExitCode == 0 ? path : throw new IOException($"could not write {path}: {error}");
    }
}
