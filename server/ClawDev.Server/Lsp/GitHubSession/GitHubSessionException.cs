namespace ClawDev.Server.Lsp.GitHubSession;

/// <summary>A sealed session that could not be opened. Its message says why and never contains the token or the key.</summary>
public sealed class GitHubSessionException(string message) : Exception(message);
