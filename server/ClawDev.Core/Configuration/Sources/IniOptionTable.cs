namespace ClawDev.Core.Configuration.Sources;

/// <summary>One section of an <see cref="IniFile"/>; like configparser, it also sees the [DEFAULT] section's options.</summary>
internal sealed class IniOptionTable : IOptionTable
{
    private readonly IniFile.Section _section;
    private readonly IniFile.Section _defaults;

    internal IniOptionTable(ConfigOrigin origin, IniFile.Section section, IniFile.Section defaults)
    {
        Origin = origin;
        _section = section;
        _defaults = defaults;
    }

    public ConfigOrigin Origin { get; }

    public int? Line => _section.Line;

    public IEnumerable<string> Keys => _section.Options.Keys.Concat(_defaults.Options.Keys.Where(key => !_section.Options.ContainsKey(key)));

    public bool TryGet(string key, out OptionValue value)
    {
        if (_section.Options.TryGetValue(key, out var option) || _defaults.Options.TryGetValue(key, out option))
        {
            var raw = option.Value;
            value = new OptionValue(raw, string.Join(' ', raw.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), option.Line);
            return true;
        }

        value = default;
        return false;
    }
}
