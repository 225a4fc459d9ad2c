using ClawDev.GitHub.Upstream;

namespace ClawDev.GitHub.Tests.Upstream;

public sealed class RemoteUrlParserTests
{
    [Theory]
    [InlineData("https://github.com/huggingface/transformers.git", "github.com", "huggingface", "transformers")]
    [InlineData("https://github.com/huggingface/transformers", "github.com", "huggingface", "transformers")]
    [InlineData("https://github.com/huggingface/transformers/", "github.com", "huggingface", "transformers")]
    [InlineData("https://github.com/huggingface/transformers.git/", "github.com", "huggingface", "transformers")]
    [InlineData("http://github.com/pytorch/pytorch", "github.com", "pytorch", "pytorch")]
    [InlineData("https://me:secret@github.com/me/peft.git", "github.com", "me", "peft")]
    [InlineData("https://GitHub.com/Owner/Repo", "github.com", "Owner", "Repo")]
    [InlineData("git@github.com:huggingface/accelerate.git", "github.com", "huggingface", "accelerate")]
    [InlineData("git@github.com:huggingface/accelerate", "github.com", "huggingface", "accelerate")]
    [InlineData("github.com:huggingface/accelerate.git", "github.com", "huggingface", "accelerate")]
    [InlineData("ssh://git@github.com/scikit-learn/scikit-learn.git", "github.com", "scikit-learn", "scikit-learn")]
    [InlineData("ssh://git@github.com:22/scikit-learn/scikit-learn", "github.com", "scikit-learn", "scikit-learn")]
    [InlineData("ssh://git@ssh.github.com:443/me/transformers.git", "github.com", "me", "transformers")]
    [InlineData("git://github.com/me/repo.git", "github.com", "me", "repo")]
    [InlineData("https://ghe.example.com/team/tool.git", "ghe.example.com", "team", "tool")]
    [InlineData("git@ghe.example.com:team/tool.git", "ghe.example.com", "team", "tool")]
    [InlineData("ssh://git@ghe.example.com:2222/team/tool", "ghe.example.com", "team", "tool")]
    [InlineData("  https://github.com/o/r.git  ", "github.com", "o", "r")]
    [InlineData("https://github.com/o/my.repo.name.git", "github.com", "o", "my.repo.name")]
    [InlineData("https://ghe.example.com:8443/team/tool.git", "ghe.example.com:8443", "team", "tool")]
    [InlineData("http://127.0.0.1:41234/o/r.git", "127.0.0.1:41234", "o", "r")]
    public void Parses_remote_urls(string url, string host, string owner, string name)
    {
        Assert.Equal(new RepositoryId(host, owner, name), RemoteUrlParser.Parse(url));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/home/me/repos/transformers")]
    [InlineData("../upstream.git")]
    [InlineData("file:///srv/git/repo.git")]
    [InlineData("https://github.com/only-owner")]
    [InlineData("https://github.com/a/b/c")]
    [InlineData("C:/repos/thing")]
    [InlineData("https://github.com/o/.git")]
    public void Rejects_what_is_no_repository_url(string url)
    {
        Assert.Null(RemoteUrlParser.Parse(url));
    }

    [Theory]
    [InlineData("huggingface/transformers", "github.com", "huggingface", "transformers")]
    [InlineData("huggingface/transformers.git", "github.com", "huggingface", "transformers")]
    [InlineData("https://ghe.example.com/team/tool", "ghe.example.com", "team", "tool")]
    [InlineData("git@github.com:o/r.git", "github.com", "o", "r")]
    public void Parses_settings_as_owner_slash_repo_or_url(string setting, string host, string owner, string name)
    {
        Assert.Equal(new RepositoryId(host, owner, name), RemoteUrlParser.ParseSetting(setting));
    }

    [Fact]
    public void An_owner_slash_repo_setting_takes_the_host_of_the_remotes()
    {
        Assert.Equal(new RepositoryId("ghe.example.com", "team", "tool"), RemoteUrlParser.ParseSetting("team/tool", "ghe.example.com"));
    }

    [Theory]
    [InlineData("github.com", null, "https://api.github.com/")]
    [InlineData("GitHub.com", null, "https://api.github.com/")]
    [InlineData("ghe.example.com", null, "https://ghe.example.com/api/v3/")]
    [InlineData("github.com", "http://127.0.0.1:8080", "http://127.0.0.1:8080/")]
    [InlineData("ghe.example.com", "https://ghe.example.com/custom/api/", "https://ghe.example.com/custom/api/")]
    public void Maps_a_web_host_to_its_api_base(string host, string? setting, string expected)
    {
        Assert.Equal(new Uri(expected), ApiEndpoints.ForHost(host, setting));
    }

    [Theory]
    [InlineData("github.com", "https://github.com/o/r")]
    [InlineData("ghe.example.com:8443", "https://ghe.example.com:8443/o/r")]
    [InlineData("127.0.0.1:41234", "http://127.0.0.1:41234/o/r")]
    [InlineData("localhost:3000", "http://localhost:3000/o/r")]
    public void Pages_are_https_except_on_this_machine(string host, string page)
    {
        Assert.Equal(new Uri(page), new RepositoryId(host, "o", "r").WebUrl);
    }
}
