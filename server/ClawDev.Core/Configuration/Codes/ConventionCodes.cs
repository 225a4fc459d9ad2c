namespace ClawDev.Core.Configuration.Codes;

/// <summary>The codes each docstring convention turns off, as copied from the tools' sources: ruff's
/// <c>Convention::rules_to_be_ignored</c> (crates/ruff_linter/src/rules/pydocstyle/settings.rs) and pydocstyle
/// 6.2.3's <c>violations.conventions</c>, which agree except that pydocstyle's pep257 also drops D418.</summary>
internal static class ConventionCodes
{
    public static IReadOnlyList<string> DisabledByRuff(Convention convention) => convention switch
    {
        Convention.Pep257 => ["D203", "D212", "D213", "D214", "D215", "D404", "D405", "D406", "D407", "D408", "D409", "D410", "D411", "D413", "D415", "D416", "D417"],
        Convention.NumPy => ["D107", "D203", "D212", "D213", "D402", "D413", "D415", "D416", "D417"],
        Convention.Google => ["D203", "D204", "D213", "D215", "D400", "D401", "D404", "D406", "D407", "D408", "D409", "D413"],
        _ => [],
    };

    public static IReadOnlyList<string> DisabledByPydocstyle(Convention convention) =>
        convention == Convention.Pep257 ? [.. DisabledByRuff(convention), "D418"] : DisabledByRuff(convention);

    /// <summary>Parses a convention name as both tools spell it; null for an unknown name.</summary>
    public static Convention? Parse(string name) => name switch
    {
        "pep257" => Convention.Pep257,
        "numpy" => Convention.NumPy,
        "google" => Convention.Google,
        _ => null,
    };

    public static string Name(Convention convention) => convention switch
    {
        Convention.Pep257 => "pep257",
        Convention.NumPy => "numpy",
        Convention.Google => "google",
        _ => "none",
    };
}
