namespace ClawDev.GitHub.Issues;

/// <summary>A label as the upstream defines it; its vocabulary decides which labels mean "for beginners".</summary>
public sealed record RepositoryLabel(string Name, string? Description);
