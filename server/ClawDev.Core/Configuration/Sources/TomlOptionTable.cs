using Tomlyn.Model;

namespace ClawDev.Core.Configuration.Sources;

/// <summary>One TOML table of a <see cref="TomlFile"/>, e.g. <c>[tool.ruff.lint]</c>.</summary>
internal sealed class TomlOptionTable : IOptionTable
{
    private readonly TomlFile _file;
    private readonly TomlTable _table;
    private readonly string[] _path;

    internal TomlOptionTable(TomlFile file, TomlTable table, string[] path, int? line)
    {
        _file = file;
        _table = table;
        _path = path;
        Line = line;
        Origin = new ConfigOrigin(file.FileName, path.Length == 0 ? "" : $"[{string.Join('.', path)}]", file.Directory);
    }

    public ConfigOrigin Origin { get; }

    /// <summary>1-based line of the table's header or inline definition, when known.</summary>
    public int? Line { get; }

    public IEnumerable<string> Keys => _table.Keys;

    public bool TryGet(string key, out OptionValue value)
    {
        if (_table.TryGetValue(key, out var raw) && raw is not null)
        {
            value = new OptionValue(raw, TomlValueText.Render(raw), _file.LineOf(_table, key));
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The sub-table <paramref name="key"/>, or null when absent or not a table.</summary>
    public TomlOptionTable? SubTable(string key) =>
        _table.TryGetValue(key, out var raw) && raw is TomlTable child
            ? new TomlOptionTable(_file, child, [.. _path, key], _file.LineOf(_table, key))
            : null;
}
