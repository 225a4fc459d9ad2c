using System.Text;
using ClawDev.GitHub.Git;
using ClawDev.TestSupport;

namespace ClawDev.GitHub.Tests.PullRequests;

/// <summary>
/// A contributor's clone with real git: a bare "upstream" (file://) with one commit on main, a bare fork beside
/// it, and a work tree cloned from the upstream (remote "upstream"), the fork not yet added.
/// </summary>
internal sealed class Remotes : IDisposable
{
    private readonly GitCli _git = new();

    public Remotes()
    {
        UpstreamPath = Root.CreateDirectory("upstream.git");
        ForkPath = Root.CreateDirectory("fork.git");
        Git(Root.Path, "init", "-q", "--bare", "-b", "main", UpstreamPath);
        Git(Root.Path, "init", "-q", "--bare", "-b", "main", ForkPath);
        Git(Root.Path, "clone", "-q", "--origin", "upstream", UpstreamUrl, "work");
        WorkTree = Root.Combine("work");
        Git(WorkTree, "config", "user.name", "Ada Lovelace");
        Git(WorkTree, "config", "user.email", "ada@example.org");
        Git(WorkTree, "config", "commit.gpgsign", "false");
        Git(WorkTree, "checkout", "-q", "-b", "main");
    }

    public TemporaryDirectory Root { get; } = new();

    public string UpstreamPath { get; }

    public string ForkPath { get; }

    public string WorkTree { get; }

    public string UpstreamUrl => new Uri(UpstreamPath).AbsoluteUri;

    public string ForkUrl => new Uri(ForkPath).AbsoluteUri;

    public void Write(string relativePath, string content)
    {
        var path = Path.Combine(WorkTree, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    /// <summary>Commits everything in the work tree on main and pushes it to the upstream (the project's history).</summary>
    public void Publish(string message)
    {
        Git(WorkTree, "add", "-A");
        Git(WorkTree, "commit", "-q", "-m", message);
        Git(WorkTree, "push", "-q", "upstream", "main");
        Git(WorkTree, "remote", "set-head", "upstream", "main");
    }

    public void AddForkRemote(string name = "fork") => Git(WorkTree, "remote", "add", name, ForkUrl);

    /// <summary>Every ref of a bare repository with its commit, for "untouched" assertions.</summary>
    public string Refs(string bareRepository) => Git(bareRepository, "for-each-ref", "--format=%(refname) %(objectname)");

    public string Git(string directory, params string[] arguments)
    {
        var result = _git.Run(directory, arguments, CancellationToken.None);
        Assert.True(result.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {result.Error}");
        return Encoding.UTF8.GetString(result.Output).TrimEnd('\n');
    }

    public string Work(params string[] arguments) => Git(WorkTree, arguments);

    public void Dispose() => Root.Dispose();
}
