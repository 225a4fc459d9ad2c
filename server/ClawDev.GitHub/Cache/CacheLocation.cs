namespace ClawDev.GitHub.Cache;

/// <summary>Where the GitHub cache file lives for this user.</summary>
public static class CacheLocation
{
    public const string FileName = "github-cache.sqlite";

    /// <summary>
    /// <c>$CLAWDEV_CACHE_DIR</c> when set (tests, CI); else the platform's per-user cache folder:
    /// <c>$XDG_CACHE_HOME/clawdev</c> or <c>~/.cache/clawdev</c> on Linux and macOS, <c>%LOCALAPPDATA%\ClawDev</c> on Windows.
    /// </summary>
    public static string DefaultPath(Func<string, string?> environment)
    {
        if (environment("CLAWDEV_CACHE_DIR") is { Length: > 0 } explicitDirectory)
        {
            return Path.Combine(explicitDirectory, FileName);
        }
        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "ClawDev", FileName);
        }
        var cacheHome = environment("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(cacheHome, "clawdev", FileName);
    }
}
