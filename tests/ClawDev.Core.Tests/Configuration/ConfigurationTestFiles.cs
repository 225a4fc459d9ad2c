using System.Runtime.CompilerServices;

namespace ClawDev.Core.Tests.Configuration;

/// <summary>Where the configuration tests' fixtures live in the source tree (snapshots are written back there).</summary>
internal static class ConfigurationTestFiles
{
    public static string SourceDirectory([CallerFilePath] string thisFile = "") => Path.GetDirectoryName(thisFile)!;
}
