using ClawDev.Server.Lsp.GitHubSession;

namespace ClawDev.Server.Tests.Lsp.GitHubSession;

public sealed class SealedTokenTests
{
    [Fact]
    public void Opens_the_value_the_TypeScript_client_sealed()
    {
        var fixture = SealedSessionFixture.Read("sealed-by-typescript.json");
        Assert.Equal(SealedSessionFixture.MadeUpToken, fixture.Token);
        Assert.Equal(fixture.Token, SealedToken.Open(fixture.SessionKey, fixture.Sealed));
    }

    /// <summary>The fixture the client's unit tests open; CLAWDEV_UPDATE_SNAPSHOTS=1 seals it anew.</summary>
    [Fact]
    public void Seals_the_fixture_the_TypeScript_tests_open()
    {
        if (Environment.GetEnvironmentVariable("CLAWDEV_UPDATE_SNAPSHOTS") == "1")
        {
            SealedSessionFixture.Seal(SealedSessionFixture.MadeUpToken).Write("sealed-by-dotnet.json");
        }
        var fixture = SealedSessionFixture.Read("sealed-by-dotnet.json");
        Assert.Equal(SealedSessionFixture.MadeUpToken, SealedToken.Open(fixture.SessionKey, fixture.Sealed));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("ghp_" + "0123456789abcdefghijklmnopqrstuvwxyzAB")]
    [InlineData("tökén with ünïcode ✓")]
    public void Round_trips_any_token(string token)
    {
        var sealedToken = SealedSessionFixture.Seal(token);
        Assert.Equal(token, SealedToken.Open(sealedToken.SessionKey, sealedToken.Sealed));
    }

    [Fact]
    public void Another_key_gives_a_clear_error_without_the_token()
    {
        var fixture = SealedSessionFixture.Read("sealed-by-typescript.json");
        var otherKey = SealedSessionFixture.Seal("x").SessionKey;
        var error = Assert.Throws<GitHubSessionException>(() => SealedToken.Open(otherKey, fixture.Sealed));
        Assert.Contains("does not open with this server's key", error.Message);
        AssertHidesSecrets(error.Message, fixture);
    }

    [Theory]
    [InlineData("nonce")]
    [InlineData("ciphertext")]
    [InlineData("tag")]
    public void An_altered_value_does_not_open(string part)
    {
        var fixture = SealedSessionFixture.Seal(SealedSessionFixture.MadeUpToken);
        var bytes = Convert.FromBase64String(fixture.Sealed);
        var offset = part switch
        {
            "nonce" => 0,
            "ciphertext" => SealedToken.NonceSize + 3,
            _ => bytes.Length - 1,
        };
        bytes[offset] ^= 0x01;
        var error = Assert.Throws<GitHubSessionException>(() => SealedToken.Open(fixture.SessionKey, Convert.ToBase64String(bytes)));
        Assert.Contains("altered on the way", error.Message);
        AssertHidesSecrets(error.Message, fixture);
    }

    [Theory]
    [InlineData("not base64 at all!", "not base64")]
    [InlineData("AAAA", "too short (3 bytes")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==", "too short (28 bytes")]  // an empty token: no token
    public void Malformed_values_say_what_is_wrong(string sealedValue, string expected)
    {
        var key = SealedSessionFixture.Seal("x").SessionKey;
        Assert.Contains(expected, Assert.Throws<GitHubSessionException>(() => SealedToken.Open(key, sealedValue)).Message);
    }

    [Fact]
    public void Sealed_bytes_that_are_not_UTF8_are_refused()
    {
        var key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(SessionKey.Size);
        var sealedInvalid = SealRaw(key, [0xC3, 0x28]);  // a lead byte followed by no continuation byte
        var error = Assert.Throws<GitHubSessionException>(() => SealedToken.Open(SessionKey.Parse(Convert.ToBase64String(key)).Key!, sealedInvalid));
        Assert.Equal("the sealed GitHub session is not UTF-8 text", error.Message);
    }

    private static string SealRaw(byte[] key, byte[] plaintext)
    {
        var nonce = new byte[SealedToken.NonceSize];
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[SealedToken.TagSize];
        using var aes = new System.Security.Cryptography.AesGcm(key, SealedToken.TagSize);
        aes.Encrypt(nonce, plaintext, ciphertext, tag, SealedToken.AssociatedData);
        return Convert.ToBase64String([.. nonce, .. ciphertext, .. tag]);
    }

    private static void AssertHidesSecrets(string message, SealedSessionFixture fixture)
    {
        Assert.DoesNotContain(fixture.Token, message);
        Assert.DoesNotContain(fixture.Key, message);
        Assert.DoesNotContain(fixture.Sealed, message);
    }
}
