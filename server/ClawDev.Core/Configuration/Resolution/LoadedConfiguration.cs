using ClawDev.Core.Configuration.Paths;
using ClawDev.Core.Configuration.Tools.ClawDev;
using ClawDev.Core.Configuration.Tools.Formatting;
using ClawDev.Core.Configuration.Tools.Interrogate;
using ClawDev.Core.Library;

namespace ClawDev.Core.Configuration.Resolution;

/// <summary>Everything read from a project's configuration files, before command-line overrides.</summary>
/// <param name="Root">The project root, absolute, '/' separators.</param>
/// <param name="Profile">The D-code profile of the tool in charge.</param>
/// <param name="Choice">The analysis profile the files call for, before the command line.</param>
/// <param name="Scope">The library's packages, and what every other file is.</param>
/// <param name="Tools">Every documentation tool configured, and what it decides.</param>
/// <param name="LineLength">The line length drafted prose keeps to, when configured: doc-builder's <c>--max_len</c>,
/// else the formatter's.</param>
/// <param name="DocBuilderStyle">What runs <c>doc-builder style</c> on the docstrings, or null.</param>
/// <param name="Unused">Configuration that exists but loses to another (reported in the settings listing).</param>
internal sealed record LoadedConfiguration(
    string Root,
    DocstringProfile Profile,
    ClawDevOptions ClawDev,
    InterrogateOptions? Interrogate,
    ProfileChoice Choice,
    LibraryScope Scope,
    IReadOnlyList<ToolUse> Tools,
    ConfiguredLineLength? LineLength,
    DocBuilderStyle? DocBuilderStyle,
    IReadOnlyList<ConfigSetting> Unused,
    IReadOnlyList<string> Problems,
    PatternTimeouts PatternTimeouts);
