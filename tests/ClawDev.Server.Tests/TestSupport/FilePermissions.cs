using System.Diagnostics;

namespace ClawDev.Server.Tests.TestSupport;

/// <summary>
/// Makes file permissions bind a child process even when the tests run as root (as CI does): root reads a
/// <c>chmod 000</c> folder through its CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH capabilities, so the child is
/// started by util-linux's setpriv without them; it then meets a locked folder as any user does.
/// </summary>
internal static class FilePermissions
{
    public static ProcessStartInfo Enforced(ProcessStartInfo start)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return start;
        }
        var wrapped = new ProcessStartInfo("setpriv")
        {
            RedirectStandardInput = start.RedirectStandardInput,
            RedirectStandardOutput = start.RedirectStandardOutput,
            RedirectStandardError = start.RedirectStandardError,
            UseShellExecute = false,
            WorkingDirectory = start.WorkingDirectory,
        };
        wrapped.ArgumentList.Add("--bounding-set=-dac_override,-dac_read_search");
        wrapped.ArgumentList.Add("--");
        wrapped.ArgumentList.Add(start.FileName);
        foreach (var argument in start.ArgumentList)
        {
            wrapped.ArgumentList.Add(argument);
        }
        return wrapped;
    }

    /// <summary>Makes <paramref name="directory"/> unreadable (mode 000); disposing restores it so that it can be deleted.</summary>
    public static IDisposable Lock(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("Unix file modes");
        }
        var mode = File.GetUnixFileMode(directory);
        File.SetUnixFileMode(directory, UnixFileMode.None);
        return new LockedDirectory(directory, mode);
    }

    private sealed class LockedDirectory(string path, UnixFileMode mode) : IDisposable
    {
        public void Dispose()
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, mode);
            }
        }
    }
}
