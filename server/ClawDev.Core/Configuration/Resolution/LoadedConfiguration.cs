using ClawDev.Core.Configuration.Tools.ClawDev;
using ClawDev.Core.Configuration.Tools.Interrogate;

using ClawDev.Core.Configuration.Paths;

namespace ClawDev.Core.Configuration.Resolution;

/// <summary>Everything read from a project's configuration files, before command-line overrides.</summary>
/// <param name="Root">The project root, absolute, '/' separators.</param>
/// <param name="Profile">The D-code profile of the tool in charge.</param>
/// <param name="Unused">Configuration that exists but loses to another (reported in the settings listing).</param>
internal sealed record LoadedConfiguration(
    string Root,
    DocstringProfile Profile,
    ClawDevOptions ClawDev,
    InterrogateOptions? Interrogate,
    IReadOnlyList<ConfigSetting> Unused,
    IReadOnlyList<string> Problems,
    PatternTimeouts PatternTimeouts);
