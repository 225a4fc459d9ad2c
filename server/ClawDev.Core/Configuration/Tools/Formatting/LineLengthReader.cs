using ClawDev.Core.Configuration.Sources;
using ClawDev.Core.Configuration.Tools.Ruff;

namespace ClawDev.Core.Configuration.Tools.Formatting;

/// <summary>
/// The line length the project formats its code to: ruff's <c>line-length</c> (its <c>extend</c> chain followed),
/// else black's in pyproject.toml [tool.black]. Hugging Face's libraries set 119, and their <c>make style</c> fills
/// docstrings to it too, so drafted prose wraps there. Null when neither is written.
/// </summary>
internal static class LineLengthReader
{
    /// <summary>ruff refuses a line length outside 1–320.</summary>
    internal const int MaxLineLength = 320;

    public static ConfiguredLineLength? Read(ConfigFiles files, RuffOptions? ruff)
    {
        var written = ruff?.LineLength;
        if (written is null && files.Exists("pyproject.toml") && files.Toml("pyproject.toml")?.Table("tool", "black") is { } black)
        {
            written = new OptionReader(black, files.Problems).Number("line-length");
        }
        if (written is null)
        {
            return null;
        }
        if (written.Value is < 1 or > MaxLineLength || written.Value != Math.Floor(written.Value))
        {
            written.Reject(files.Problems, $"must be a whole number from 1 to {MaxLineLength}");
            return null;
        }
        return new ConfiguredLineLength((int)written.Value, written.ToSetting());
    }
}

/// <summary>A configured line length and the setting that gives it, for the settings listing.</summary>
internal sealed record ConfiguredLineLength(int Columns, ConfigSetting Setting);
