using System.Net;
using System.Text;
using ClawDev.GitHub.Git;
using ClawDev.GitHub.Tests.Loopback;
using ClawDev.TestSupport;

namespace ClawDev.Server.Tests.TestSupport;

/// <summary>
/// A contributor's checkout of the e2e fixture library (<c>tinylib</c>) whose <c>upstream</c> remote names
/// octokit-fixture-org/hello-world, with a docstring ignore-list and transformers' issue templates, and the C#
/// loopback GitHub answering with the e2e scenario's issues (#12 names tinylib/text.py, #13 is claimed).
/// </summary>
internal sealed class GitHubScenario : IAsyncDisposable
{
    public const string UpstreamUrl = "https://github.com/octokit-fixture-org/hello-world.git";

    private static readonly string ExtensionFixture = Path.Combine(TestPaths.ProjectDirectory, "..", "extension-e2e", "fixture");
    private static readonly string IssueTemplates = Path.Combine(TestPaths.ProjectDirectory, "..", "ClawDev.GitHub.Tests", "Templates", "Fixtures", "transformers", "ISSUE_TEMPLATE");

    private readonly GitCli _git = new();

    public GitHubScenario(bool withRemote = true)
    {
        Repository = new TemporaryDirectory();
        foreach (var file in Directory.EnumerateFiles(ExtensionFixture, "*", SearchOption.AllDirectories))
        {
            Repository.Write(Path.GetRelativePath(ExtensionFixture, file).Replace('\\', '/'), File.ReadAllText(file));
        }
        foreach (var file in Directory.EnumerateFiles(IssueTemplates))
        {
            Repository.Write($".github/ISSUE_TEMPLATE/{Path.GetFileName(file)}", File.ReadAllText(file));
        }
        Repository.Write("utils/check_docstrings.py", "OBJECTS_TO_IGNORE = [\n    \"shout\",\n]\n");
        Git("init", "-q", "-b", "main");
        Git("config", "user.name", "Ada Lovelace");
        Git("config", "user.email", "ada@example.org");
        Git("config", "commit.gpgsign", "false");
        Git("add", "-A");
        Git("commit", "-q", "-m", "tinylib");
        if (withRemote)
        {
            Git("remote", "add", "upstream", UpstreamUrl);
        }
        Server = LoopbackGitHubServer.StartWithFixtures();
        Server.Map("GET", "/repos/octokit-fixture-org/hello-world/issues",
            LoopbackResponse.Json(HttpStatusCode.OK, GitHubFixtures.Body("../e2e/issues.json")).WithHeader("ETag", "\"e2e-issues\""));
        Server.Map("GET", "/repos/octokit-fixture-org/hello-world/issues/12/timeline", LoopbackResponse.Json(HttpStatusCode.OK, "[]"));
    }

    public TemporaryDirectory Repository { get; }

    public LoopbackGitHubServer Server { get; }

    public string ApiUrl => Server.BaseUri.ToString();

    /// <summary>From now on GitHub answers every request with its primary rate limit, reset at <paramref name="reset"/>.</summary>
    public void RateLimitEverything(DateTimeOffset reset)
    {
        var limited = LoopbackResponse.Json(HttpStatusCode.Forbidden, GitHubFixtures.Body("errors/rate-limit.json"))
            .WithHeader("X-RateLimit-Limit", "60")
            .WithHeader("X-RateLimit-Remaining", "0")
            .WithHeader("X-RateLimit-Reset", reset.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var method in new[] { "GET", "POST" })
        {
            foreach (var path in Server.Requests.Select(request => request.Path).Append("/repos/octokit-fixture-org/hello-world").Distinct())
            {
                Server.Map(method, path, limited);
            }
        }
    }

    public string Git(params string[] arguments)
    {
        var result = _git.Run(Repository.Path, arguments, CancellationToken.None);
        Assert.True(result.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {result.Error}");
        return Encoding.UTF8.GetString(result.Output).TrimEnd('\n');
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Repository.Dispose();
    }
}
