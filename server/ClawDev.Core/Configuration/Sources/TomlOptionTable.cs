namespace ClawDev.Core.Configuration.Sources;

/// <summary>One TOML table of a <see cref="TomlFile"/>, e.g. <c>[tool.ruff.lint]</c>.</summary>
internal sealed class TomlOptionTable : IOptionTable
{
    private readonly TomlFile _file;
    private readonly TomlTableValue _table;
    private readonly string[] _path;

    internal TomlOptionTable(TomlFile file, TomlTableValue table, string[] path)
    {
        _file = file;
        _table = table;
        _path = path;
        Origin = new ConfigOrigin(file.FileName, path.Length == 0 ? "" : $"[{string.Join('.', path)}]", file.Directory);
    }

    public ConfigOrigin Origin { get; }

    public IEnumerable<string> Keys => _table.Keys;

    public bool TryGet(string key, out OptionValue value)
    {
        if (_table.TryGet(key, out var raw, out var line))
        {
            value = new OptionValue(raw, TomlValueText.Render(raw), line);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The sub-table <paramref name="key"/>, or null when absent or not a table.</summary>
    public TomlOptionTable? SubTable(string key) =>
        _table.TryGet(key, out var raw, out _) && raw is TomlTableValue child
            ? new TomlOptionTable(_file, child, [.. _path, key])
            : null;
}
