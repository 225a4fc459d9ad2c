using ClawDev.GitHub.Git;
using ClawDev.TestSupport;

namespace ClawDev.GitHub.Tests.Git;

/// <summary>A throwaway repository made with the real git CLI.</summary>
internal sealed class GitRepository : IDisposable
{
    private readonly GitCli _git = new();

    public GitRepository()
    {
        Git("init", "-q", "-b", "main");
        Git("config", "user.name", "ClawDev Tests");
        Git("config", "user.email", "tests@clawdev.invalid");
        Git("config", "commit.gpgsign", "false");
    }

    public TemporaryDirectory Directory { get; } = new();

    public string Path => Directory.Path;

    public string Write(string relativePath, string content = "") => Directory.Write(relativePath, content);

    public void CommitAll(string message)
    {
        Git("add", "-A", "-f");
        Git("commit", "-q", "-m", message);
    }

    /// <summary>Runs git in the repository and returns its standard output; fails the test when git fails.</summary>
    public string Git(params string[] arguments) => GitIn(Path, arguments);

    public string GitIn(string directory, params string[] arguments)
    {
        var result = _git.Run(directory, arguments, CancellationToken.None);
        Assert.True(result.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {result.Error}");
        return System.Text.Encoding.UTF8.GetString(result.Output);
    }

    public void Dispose() => Directory.Dispose();
}
