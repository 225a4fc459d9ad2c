namespace ClawDev.Server.Lsp.GitHubSession;

/// <summary>
/// The 256-bit key the client made for this server process and passed in its environment (never on the command
/// line, which process lists show). Tokens come sealed with it, so a protocol trace shows only ciphertext.
/// </summary>
public sealed class SessionKey
{
    /// <summary>The environment variable that carries the key, base64.</summary>
    public const string EnvironmentVariable = "CLAWDEV_SESSION_KEY";

    /// <summary>AES-256: 32 bytes.</summary>
    public const int Size = 32;

    private readonly byte[] _bytes;

    private SessionKey(byte[] bytes) => _bytes = bytes;

    internal ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>
    /// Reads the key from this process's environment and removes it there, so that no process the server starts
    /// (git) inherits it.
    /// </summary>
    public static SessionKeyReading FromEnvironment()
    {
        var text = Environment.GetEnvironmentVariable(EnvironmentVariable);
        Environment.SetEnvironmentVariable(EnvironmentVariable, null);
        return Parse(text);
    }

    /// <summary>The key in <paramref name="base64"/>, or why there is none; the problem never quotes the text.</summary>
    public static SessionKeyReading Parse(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return SessionKeyReading.Absent;
        }
        var bytes = new byte[Size];
        if (!Convert.TryFromBase64String(base64.Trim(), bytes, out var written) || written != Size)
        {
            return new SessionKeyReading(null, $"{EnvironmentVariable} is not a base64 {Size * 8}-bit key");
        }
        return new SessionKeyReading(new SessionKey(bytes), null);
    }

    public override string ToString() => "session key (hidden)";
}

/// <summary>The session key, or why there is none.</summary>
/// <param name="Problem">Why <paramref name="Key"/> is null, for the log; null when the key is there.</param>
public sealed record SessionKeyReading(SessionKey? Key, string? Problem)
{
    public static SessionKeyReading Absent { get; } =
        new(null, $"the client passed no session key ({SessionKey.EnvironmentVariable}); is it ClawDev's VS Code extension?");
}
