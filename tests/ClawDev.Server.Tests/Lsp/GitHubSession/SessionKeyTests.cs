using System.Text.Json;
using ClawDev.GitHub.Auth;
using ClawDev.Server.Lsp.GitHubSession;

namespace ClawDev.Server.Tests.Lsp.GitHubSession;

public sealed class SessionKeyTests
{
    [Fact]
    public void Reads_a_base64_256_bit_key()
    {
        var reading = SessionKey.Parse(Convert.ToBase64String(new byte[32]));
        Assert.NotNull(reading.Key);
        Assert.Null(reading.Problem);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void No_key_is_absent(string? text)
    {
        Assert.Same(SessionKeyReading.Absent, SessionKey.Parse(text));
        Assert.Contains("CLAWDEV_SESSION_KEY", SessionKeyReading.Absent.Problem);
    }

    [Theory]
    [InlineData("AAECAwQFBgcICQoLDA0ODw==")]          // 16 bytes
    [InlineData("not-a-key-at-all-but-long-enough-to-look-like-one")]
    public void A_malformed_key_says_so_without_quoting_it(string text)
    {
        var reading = SessionKey.Parse(text);
        Assert.Null(reading.Key);
        Assert.Equal("CLAWDEV_SESSION_KEY is not a base64 256-bit key", reading.Problem);
    }

    [Fact]
    public void The_key_never_shows_in_text()
    {
        var base64 = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        var reading = SessionKey.Parse(base64);
        Assert.Equal("session key (hidden)", reading.Key!.ToString());
        Assert.DoesNotContain(base64, reading.ToString());
    }

    [Fact]
    public void Reading_it_from_the_environment_removes_it_there()
    {
        var base64 = Convert.ToBase64String(new byte[32]);
        Environment.SetEnvironmentVariable(SessionKey.EnvironmentVariable, base64);
        try
        {
            Assert.NotNull(SessionKey.FromEnvironment().Key);
            Assert.Null(Environment.GetEnvironmentVariable(SessionKey.EnvironmentVariable));
        }
        finally
        {
            Environment.SetEnvironmentVariable(SessionKey.EnvironmentVariable, null);
        }
    }

    [Fact]
    public void Without_a_key_the_opener_says_why()
    {
        var fixture = SealedSessionFixture.Read("sealed-by-typescript.json");
        var error = Assert.Throws<GitHubSessionException>(() => new GitHubSessionOpener(SessionKeyReading.Absent).Open(fixture.Sealed, null));
        Assert.StartsWith("the GitHub session cannot be opened: the client passed no session key (CLAWDEV_SESSION_KEY)", error.Message);
    }
}

public sealed class GitHubTokenTests
{
    private const string Token = SealedSessionFixture.MadeUpToken;

    [Fact]
    public void The_token_shows_only_when_revealed()
    {
        var token = new GitHubToken(Token, "VS Code session", "octocat");
        Assert.Equal(Token, token.Value);
        Assert.Equal("GitHub token of octocat from VS Code session", token.ToString());
        Assert.Equal("GitHub token from VS Code session", new GitHubToken(Token, "VS Code session").ToString());
        Assert.DoesNotContain(Token, $"{token}");
        Assert.DoesNotContain(Token, JsonSerializer.Serialize(token));
    }

    [Fact]
    public void The_holder_shows_whose_token_it_holds_never_the_token()
    {
        var holder = new GitHubTokenHolder();
        Assert.Equal("no GitHub token", holder.ToString());
        holder.Set(new GitHubToken(Token, "VS Code session", "octocat"));
        Assert.Equal("GitHub token of octocat from VS Code session", holder.ToString());
        Assert.DoesNotContain(Token, JsonSerializer.Serialize(holder));
        holder.Clear();
        Assert.Null(holder.Current);
    }

    [Fact]
    public void A_refused_token_is_forgotten_unless_a_newer_one_replaced_it()
    {
        var holder = new GitHubTokenHolder();
        var refused = new GitHubToken(Token, "VS Code session", "octocat");
        var newer = new GitHubToken(Token + "2", "VS Code session", "octocat");
        holder.Set(refused);
        holder.Forget(refused);
        Assert.Null(holder.Current);

        holder.Set(newer);
        holder.Forget(refused);
        Assert.Same(newer, holder.Current);
    }
}
