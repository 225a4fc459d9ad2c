using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClawDev.Server.Lsp.GitHubSession;
using ClawDev.Server.Tests.TestSupport;

namespace ClawDev.Server.Tests.Lsp.GitHubSession;

/// <summary>
/// A sealed token with its key, as tests/fixtures/github-session holds them: one sealed by the TypeScript client
/// (the server must open it), one sealed here (the client's unit tests open it).
/// </summary>
internal sealed record SealedSessionFixture(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("sealed")] string Sealed)
{
    public static string Folder { get; } = Path.GetFullPath(Path.Combine(TestPaths.ProjectDirectory, "..", "fixtures", "github-session"));

    /// <summary>An obviously made-up token in the shape of a GitHub OAuth token.</summary>
    public const string MadeUpToken = "gho_madeUpForClawDevTests0123456789abcdEF";

    [JsonIgnore]
    public SessionKey SessionKey => ClawDev.Server.Lsp.GitHubSession.SessionKey.Parse(Key).Key!;

    public static SealedSessionFixture Read(string name) =>
        JsonSerializer.Deserialize<SealedSessionFixture>(File.ReadAllText(Path.Combine(Folder, name)))!;

    public void Write(string name) =>
        File.WriteAllText(Path.Combine(Folder, name), JsonSerializer.Serialize(this, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");

    /// <summary>Seals as the client does (extension/src/github/sealedToken.ts), with a fresh key and nonce.</summary>
    public static SealedSessionFixture Seal(string token, byte[]? key = null)
    {
        key ??= RandomNumberGenerator.GetBytes(ClawDev.Server.Lsp.GitHubSession.SessionKey.Size);
        var nonce = RandomNumberGenerator.GetBytes(SealedToken.NonceSize);
        var plaintext = Encoding.UTF8.GetBytes(token);
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[SealedToken.TagSize];
        using (var aes = new AesGcm(key, SealedToken.TagSize))
        {
            aes.Encrypt(nonce, plaintext, ciphertext, tag, SealedToken.AssociatedData);
        }
        return new SealedSessionFixture(Convert.ToBase64String(key), token, Convert.ToBase64String([.. nonce, .. ciphertext, .. tag]));
    }
}
