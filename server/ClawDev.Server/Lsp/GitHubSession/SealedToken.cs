using System.Security.Cryptography;
using System.Text;

namespace ClawDev.Server.Lsp.GitHubSession;

/// <summary>
/// Opens a token the client sealed with the session key: base64 of nonce (12 bytes) | AES-256-GCM ciphertext of the
/// token's UTF-8 | tag (16 bytes), with <see cref="AssociatedData"/> authenticated alongside. The client's
/// counterpart is <c>extension/src/github/sealedToken.ts</c>.
/// </summary>
public static class SealedToken
{
    public const int NonceSize = 12;
    public const int TagSize = 16;

    /// <summary>Binds a sealed value to its purpose and format version: nothing else sealed with the key opens as a token.</summary>
    public static ReadOnlySpan<byte> AssociatedData => "clawdev/githubSession v1"u8;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>The token.</returns>
    /// <exception cref="GitHubSessionException">The value is not base64, too short, sealed with another key, altered, or not UTF-8.</exception>
    public static string Open(SessionKey key, string sealedBase64)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(sealedBase64);
        }
        catch (FormatException)
        {
            throw new GitHubSessionException("the sealed GitHub session is not base64");
        }
        if (bytes.Length <= NonceSize + TagSize)
        {
            throw new GitHubSessionException($"the sealed GitHub session is too short ({bytes.Length} bytes; nonce and tag alone take {NonceSize + TagSize})");
        }
        var nonce = bytes.AsSpan(0, NonceSize);
        var ciphertext = bytes.AsSpan(NonceSize, bytes.Length - NonceSize - TagSize);
        var tag = bytes.AsSpan(bytes.Length - TagSize);
        var plaintext = new byte[ciphertext.Length];
        try
        {
            using var aes = new AesGcm(key.Bytes, TagSize);
            aes.Decrypt(nonce, ciphertext, tag, plaintext, AssociatedData);
            return StrictUtf8.GetString(plaintext);
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new GitHubSessionException("the sealed GitHub session does not open with this server's key: it was sealed with another key (a server started by another window?) or altered on the way");
        }
        catch (DecoderFallbackException)
        {
            throw new GitHubSessionException("the sealed GitHub session is not UTF-8 text");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }
}
