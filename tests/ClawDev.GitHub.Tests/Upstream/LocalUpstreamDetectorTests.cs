using ClawDev.GitHub.Git;
using ClawDev.GitHub.Tests.Git;
using ClawDev.GitHub.Upstream;

namespace ClawDev.GitHub.Tests.Upstream;

/// <summary>Remote priority and settings, with the real git CLI on throwaway repositories.</summary>
public sealed class LocalUpstreamDetectorTests
{
    private static UpstreamLocation? Detect(GitRepository repository, string? setting = null) =>
        new LocalUpstreamDetector(new GitCli()).Detect(repository.Path, setting, CancellationToken.None);

    [Theory]
    [InlineData("origin,upstream,github", "upstream")]
    [InlineData("origin,github,mirror", "github")]
    [InlineData("mirror,origin,backup", "origin")]
    [InlineData("zeta,alpha", "alpha")]
    public void Picks_upstream_then_github_then_origin_then_by_name(string remotes, string winner)
    {
        using var repository = new GitRepository();
        // Every remote names a different repository so the choice is visible.
        foreach (var name in remotes.Split(','))
        {
            repository.Git("remote", "add", name, $"https://github.com/{name}-owner/project.git");
        }

        var location = Detect(repository)!;

        Assert.Equal(new RepositoryId("github.com", $"{winner}-owner", "project"), location.Upstream);
        Assert.Equal(UpstreamOriginKind.Remote, location.Origin);
        Assert.Equal($"remote '{winner}'", location.Detail);
        Assert.Equal(winner, location.UpstreamRemote);
    }

    [Fact]
    public void Beside_an_upstream_remote_origin_is_the_users_fork()
    {
        using var repository = new GitRepository();
        repository.Git("remote", "add", "origin", "git@github.com:me/transformers.git");
        repository.Git("remote", "add", "upstream", "https://github.com/huggingface/transformers.git");

        var location = Detect(repository)!;

        Assert.Equal(new RepositoryId("github.com", "huggingface", "transformers"), location.Upstream);
        Assert.Equal(new RepositoryId("github.com", "me", "transformers"), location.Fork);
        Assert.Equal("origin", location.ForkRemote);
    }

    [Fact]
    public void Remotes_that_name_no_repository_are_skipped()
    {
        using var repository = new GitRepository();
        repository.Git("remote", "add", "upstream", "/srv/git/local-mirror.git");
        repository.Git("remote", "add", "origin", "ssh://git@ghe.example.com:2222/team/tool.git");

        var location = Detect(repository)!;

        Assert.Equal(new RepositoryId("ghe.example.com", "team", "tool"), location.Upstream);
        Assert.Equal("remote 'origin'", location.Detail);
    }

    [Fact]
    public void A_setting_wins_over_the_remotes()
    {
        using var repository = new GitRepository();
        repository.Git("remote", "add", "upstream", "https://github.com/huggingface/transformers.git");
        repository.Git("remote", "add", "origin", "https://github.com/me/transformers.git");

        var location = Detect(repository, "pytorch/pytorch")!;

        Assert.Equal(new RepositoryId("github.com", "pytorch", "pytorch"), location.Upstream);
        Assert.Equal(UpstreamOriginKind.Setting, location.Origin);
        Assert.Equal(new RepositoryId("github.com", "huggingface", "transformers"), location.Fork);
    }

    [Fact]
    public void A_setting_that_names_no_repository_is_an_error_not_ignored()
    {
        using var repository = new GitRepository();

        var error = Assert.Throws<FormatException>(() => Detect(repository, "just-a-name"));

        Assert.Contains("just-a-name", error.Message);
    }

    [Fact]
    public void No_remotes_and_no_setting_give_no_upstream()
    {
        using var repository = new GitRepository();

        Assert.Null(Detect(repository));
    }

    [Fact]
    public void A_folder_that_is_no_git_repository_gives_no_upstream()
    {
        using var folder = new ClawDev.TestSupport.TemporaryDirectory();

        Assert.Null(new LocalUpstreamDetector(new GitCli()).Detect(folder.Path, null, CancellationToken.None));
    }

    [Fact]
    public void A_remote_that_git_fetches_from_elsewhere_still_names_its_GitHub_repository()
    {
        using var repository = new GitRepository();
        repository.Git("remote", "add", "upstream", "https://github.com/huggingface/peft.git");
        repository.Git("remote", "add", "fork.with.dots", "https://github.com/me/peft.git");
        // A mirror (or, in tests, a local bare copy) behind the GitHub URL.
        repository.Git("config", "url.file:///srv/mirrors/peft.git.insteadOf", "https://github.com/huggingface/peft.git");

        var location = Detect(repository)!;

        Assert.Equal(new RepositoryId("github.com", "huggingface", "peft"), location.Upstream);
        Assert.Equal(new RepositoryId("github.com", "me", "peft"), location.Fork);
        Assert.Equal("fork.with.dots", location.ForkRemote);
    }
}
