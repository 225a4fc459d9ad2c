namespace ClawDev.Server.Lsp.Protocol;

/// <summary>The parameters of a method whose parameters are <c>void</c> (shutdown, exit); absent or ignored.</summary>
public sealed record NoParams;
