using ClawDev.Core.Configuration;

namespace ClawDev.Server.Lsp.Workspace;

/// <summary>
/// The <c>clawdev.select</c> and <c>clawdev.ignore</c> settings: rule codes or prefixes applied on top of a
/// repository's own configuration, exactly as <c>clawdev scan --select/--ignore</c> applies them.
/// </summary>
/// <param name="Select">Replaces the repository's selection, or null to keep it.</param>
/// <param name="Ignore">Codes or prefixes turned off, or null.</param>
internal sealed record RuleOverrides(IReadOnlyList<string>? Select, IReadOnlyList<string>? Ignore)
{
    public static RuleOverrides None { get; } = new(null, null);

    public bool IsNone => Select is null && Ignore is null;

    /// <summary><paramref name="configuration"/> with these overrides, or itself when there are none.</summary>
    public ProjectConfiguration Apply(ProjectConfiguration configuration) =>
        IsNone ? configuration : configuration.WithOverrides(Select, Ignore, failUnder: null);

    // Records compare lists by reference; settings compare by the codes they hold.
    public bool Equals(RuleOverrides? other) =>
        other is not null && SameCodes(Select, other.Select) && SameCodes(Ignore, other.Ignore);

    public override int GetHashCode() => HashCode.Combine(Select?.Count, Ignore?.Count);

    private static bool SameCodes(IReadOnlyList<string>? a, IReadOnlyList<string>? b) =>
        a is null ? b is null : b is not null && a.SequenceEqual(b, StringComparer.Ordinal);
}
