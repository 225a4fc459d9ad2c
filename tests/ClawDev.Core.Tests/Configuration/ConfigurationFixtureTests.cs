using ClawDev.Core.Configuration;
using ClawDev.Core.Tests.Support;

namespace ClawDev.Core.Tests.Configuration;

/// <summary>Each folder under Fixtures/ is a project root holding configuration files, <c>paths.txt</c> (files to
/// describe), optionally <c>overrides.txt</c> (command-line select/ignore/fail-under/profile) and <c>expected.txt</c>.</summary>
public sealed class ConfigurationFixtureTests
{
    private static readonly string FixtureRoot = Path.Combine(ConfigurationTestFiles.SourceDirectory(), "Fixtures");

    public static TheoryData<string> Fixtures() =>
        [.. Directory.GetDirectories(FixtureRoot).Select(directory => Path.GetFileName(directory)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Resolved_configuration_matches_expected(string fixture)
    {
        var directory = Path.Combine(FixtureRoot, fixture);
        var configuration = ApplyOverrides(ProjectConfiguration.Load(directory), Path.Combine(directory, "overrides.txt"));

        var actual = ConfigurationDump.Render(configuration, Lines(Path.Combine(directory, "paths.txt")));

        Snapshot.Match(Path.Combine(directory, "expected.txt"), actual);
    }

    /// <summary>Lines "select = D1,CD4", "ignore = D107" and "fail-under = 90", as the CLI passes them.</summary>
    private static ProjectConfiguration ApplyOverrides(ProjectConfiguration configuration, string file)
    {
        if (!File.Exists(file))
        {
            return configuration;
        }

        var options = Lines(file).Select(line => line.Split('=', 2, StringSplitOptions.TrimEntries)).ToDictionary(parts => parts[0], parts => parts[1]);
        IReadOnlyList<string>? Codes(string name) => options.TryGetValue(name, out var value) ? value.Split(',') : null;
        return configuration.WithOverrides(
            Codes("select"),
            Codes("ignore"),
            options.TryGetValue("fail-under", out var threshold) ? double.Parse(threshold, System.Globalization.CultureInfo.InvariantCulture) : null,
            options.TryGetValue("profile", out var profile) ? ProfileChoice.Parse(profile) : null);
    }

    private static IEnumerable<string> Lines(string file) =>
        File.ReadAllLines(file).Where(line => line.Length > 0 && !line.StartsWith('#'));
}
