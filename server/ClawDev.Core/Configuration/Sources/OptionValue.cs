namespace ClawDev.Core.Configuration.Sources;

/// <summary>One option's raw value as a configuration file holds it.</summary>
/// <param name="Raw">A string for INI files; for TOML a string, bool, long, double, list or <see cref="TomlTableValue"/>.</param>
/// <param name="Text">The value rendered as the user wrote it (TOML syntax for TOML files, raw text for INI).</param>
/// <param name="Line">1-based line of the option, or null when unknown.</param>
internal readonly record struct OptionValue(object Raw, string Text, int? Line);
