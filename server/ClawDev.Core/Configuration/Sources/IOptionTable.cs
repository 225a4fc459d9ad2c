namespace ClawDev.Core.Configuration.Sources;

/// <summary>A TOML table or an INI section, seen as named options.</summary>
internal interface IOptionTable
{
    ConfigOrigin Origin { get; }

    /// <summary>Option names as the file spells them (INI names are lower-cased, as configparser does).</summary>
    IEnumerable<string> Keys { get; }

    bool TryGet(string key, out OptionValue value);
}
