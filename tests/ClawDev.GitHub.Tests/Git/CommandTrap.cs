using System.Runtime.Versioning;

namespace ClawDev.TestSupport;

/// <summary>
/// An executable that only records that it ran: configured as a repository's command (core.fsmonitor, a hook in
/// core.hooksPath) it shows whether git started it. It lives outside any work tree, so its record is no untracked file.
/// </summary>
[UnsupportedOSPlatform("windows")]
internal sealed class CommandTrap : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public CommandTrap()
    {
        Command = ExecutableFile.Write(_folder.Combine("trap.sh"), Script);
    }

    private string Script => $"#!/bin/sh\necho \"$@\" >> '{_folder.Combine("ran")}'\nexit 1\n";

    /// <summary>The path to configure as the command.</summary>
    public string Command { get; }

    /// <summary>A folder to configure as core.hooksPath, in which the trap is the hook <paramref name="hook"/>.</summary>
    public string HooksPath(string hook)
    {
        return Path.GetDirectoryName(ExecutableFile.Write(_folder.Combine($"hooks/{hook}"), Script))!;
    }

    public bool Ran => File.Exists(_folder.Combine("ran"));

    public void Dispose() => _folder.Dispose();
}
