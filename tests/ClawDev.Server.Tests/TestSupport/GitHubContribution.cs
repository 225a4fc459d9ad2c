using ClawDev.GitHub.Tests.Loopback;
using ClawDev.GitHub.Tests.PullRequests;

namespace ClawDev.Server.Tests.TestSupport;

/// <summary>
/// A contributor's clone of octokit-fixture-org/hello-world with a documented function and an unrelated change, as
/// real git sees it: the remotes are the GitHub URLs (upstream and the fork of octokit-fixture-user-a), and git's
/// <c>pushInsteadOf</c> sends pushes to local bare repositories, so a push to either can be checked. The loopback
/// GitHub answers the API calls from the recorded fixtures.
/// </summary>
internal sealed class GitHubContribution : IAsyncDisposable
{
    public const string UpstreamUrl = "https://github.com/octokit-fixture-org/hello-world.git";
    public const string ForkUrl = "https://github.com/octokit-fixture-user-a/hello-world.git";
    public const string Token = "ghp_ServerTestsSecretToken0123456789abcd";
    public const string Branch = "docs/issue-13-add-a-docstring-to-greet";

    public const string Greeter = """"
        """Greetings."""


        def greet(name):
            return f"Hello {name}"


        def shout(text):
            """Shout teh text."""
            return text.upper()

        """";

    public static readonly string DocumentedGreeter = Greeter.Replace(
        "def greet(name):\n", "def greet(name):\n    \"\"\"Greet someone.\n\n    Args:\n        name: Who to greet.\n    \"\"\"\n");

    public static readonly string TypoFixedGreeter = Greeter.Replace("teh", "the");

    /// <summary>A docstring as the drafter leaves it where nothing in the repository describes the symbol.</summary>
    public static readonly string PlaceholderGreeter = Greeter.Replace(
        "def greet(name):\n", "def greet(name):\n    \"\"\"TODO: Summarise what greet does.\n\n    Args:\n        name: TODO: describe name.\n    \"\"\"\n");

    public const string Template = "## What does this PR do?\n\n<!-- Describe the change. -->\n\nFixes # (issue)\n";

    public GitHubContribution(string? contributing = null, Func<string, string>? change = null)
    {
        Remotes.Write("tinylib/greeter.py", Greeter);
        Remotes.Write(".github/pull_request_template.md", Template);
        if (contributing is not null)
        {
            Remotes.Write("CONTRIBUTING.md", contributing);
        }
        Remotes.Publish("initial");
        Remotes.Work("remote", "set-url", "upstream", UpstreamUrl);
        Remotes.Work("config", $"url.{Remotes.UpstreamUrl}.pushInsteadOf", UpstreamUrl);
        Remotes.Work("remote", "add", "fork", ForkUrl);
        Remotes.Work("config", $"url.{Remotes.ForkUrl}.pushInsteadOf", ForkUrl);
        Remotes.Write("tinylib/greeter.py", (change ?? (_ => DocumentedGreeter))(Greeter));
        Remotes.Write("setup.py", "VERSION = '1.1'\n");
        UpstreamRefs = Remotes.Refs(Remotes.UpstreamPath);
    }

    public Remotes Remotes { get; } = new();

    public LoopbackGitHubServer GitHub { get; } = LoopbackGitHubServer.StartWithFixtures();

    public string WorkTree => Remotes.WorkTree;

    /// <summary>The upstream's refs before anything ran: pull-request drafting must never change them.</summary>
    public string UpstreamRefs { get; }

    public string Status() => Remotes.Work("status", "--porcelain=v1");

    public string ForkRefs() => Remotes.Refs(Remotes.ForkPath);

    public IReadOnlyList<string> Calls() => [.. GitHub.Requests.Select(r => $"{r.Method} {r.Path}")];

    public async ValueTask DisposeAsync()
    {
        await GitHub.DisposeAsync();
        Remotes.Dispose();
    }
}
