using ClawDev.Core.Configuration;

namespace ClawDev.Core.Tests.Configuration;

/// <summary>Half-written configuration never breaks loading: every prefix of every fixture configuration file (as
/// bytes, so also cut inside a UTF-8 sequence) loads, and the loaded configuration answers for a file.</summary>
public sealed class ConfigurationRobustnessTests
{
    private static readonly string FixtureRoot = Path.Combine(ConfigurationTestFiles.SourceDirectory(), "Fixtures");
    private static readonly HashSet<string> NotConfiguration = ["paths.txt", "overrides.txt", "expected.txt"];

    public static TheoryData<string> ConfigurationFiles() =>
    [
        .. Directory.EnumerateFiles(FixtureRoot, "*", SearchOption.AllDirectories)
            .Where(path => !NotConfiguration.Contains(Path.GetFileName(path)))
            .Select(path => Path.GetRelativePath(FixtureRoot, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(ConfigurationFiles))]
    public void Every_prefix_of_a_configuration_file_loads(string fixtureFile)
    {
        var bytes = File.ReadAllBytes(Path.Combine(FixtureRoot, fixtureFile));
        var root = Directory.CreateTempSubdirectory("clawdev-config-").FullName;
        try
        {
            // Keep the file's place below its fixture folder (ruff's extend bases live in subfolders).
            var target = Path.Combine(root, fixtureFile[(fixtureFile.IndexOf('/') + 1)..]);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            for (var length = 0; length <= bytes.Length; length++)
            {
                File.WriteAllBytes(target, bytes[..length]);

                var configuration = ProjectConfiguration.Load(root);

                Assert.NotNull(configuration.ForFile("tests/pkg/mod.py").EnabledCodes);
                _ = configuration.Exclusion("tests/pkg/mod.py");
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
