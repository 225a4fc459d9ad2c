namespace ClawDev.Core.Configuration.Sources;

/// <summary>A TOML array read from a configuration file: its values (a list, as the option readers take it), and the
/// 1-based line of each, for what points at one entry (the micro-tasks of an exclude list).</summary>
internal sealed class TomlArrayValue : List<object>
{
    public List<int> Lines { get; } = [];
}
