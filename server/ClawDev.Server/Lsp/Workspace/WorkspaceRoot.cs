using ClawDev.Core.Configuration;

namespace ClawDev.Server.Lsp.Workspace;

/// <summary>One workspace folder and the documentation-rule configuration read from it.</summary>
/// <param name="LoadedConfiguration">As read from the folder's files; null when it could not be read
/// (<paramref name="ConfigurationProblem"/> says why).</param>
internal sealed record WorkspaceRoot(string Uri, string Name, string Directory, ProjectConfiguration? LoadedConfiguration, string? ConfigurationProblem)
{
    /// <summary>The <c>clawdev.select</c>/<c>clawdev.ignore</c> settings applied over the folder's own configuration.</summary>
    public RuleOverrides Overrides { get; private init; } = RuleOverrides.None;

    /// <summary>What files are judged by: the loaded configuration with <see cref="Overrides"/> applied.</summary>
    public ProjectConfiguration? Configuration { get; private init; } = LoadedConfiguration;

    /// <summary>The folder's profile (pydocstyle when its configuration cannot be read: nothing is analysed then).</summary>
    public AnalysisProfile Profile => Configuration?.Profile.Profile ?? AnalysisProfile.Pydocstyle;

    /// <summary>Reads the folder's configuration; a failure becomes <see cref="ConfigurationProblem"/>, never an exception.</summary>
    public static WorkspaceRoot Open(string uri, string name, string directory, RuleOverrides overrides)
    {
        WorkspaceRoot root;
        try
        {
            root = new WorkspaceRoot(uri, name, directory, ProjectConfiguration.Load(directory), null);
        }
        catch (Exception exception)
        {
            root = new WorkspaceRoot(uri, name, directory, null, $"could not read the configuration of {directory}: {exception.Message}");
        }
        return root.WithOverrides(overrides);
    }

    public WorkspaceRoot Reload() => Open(Uri, Name, Directory, Overrides);

    public WorkspaceRoot WithOverrides(RuleOverrides overrides) => this with
    {
        Overrides = overrides,
        Configuration = LoadedConfiguration is { } loaded ? overrides.Apply(loaded) : null,
    };

    /// <summary>What is wrong with <see cref="Overrides"/> (codes that name no rule), one sentence each.</summary>
    public IEnumerable<string> OverrideProblems =>
        Configuration is { } configuration && LoadedConfiguration is { } loaded
            ? configuration.Problems.Skip(loaded.Problems.Count)
            : [];

    /// <summary>The path of <paramref name="fullPath"/> inside this folder ('/' separators), or null when outside.</summary>
    public string? RelativePathOf(string fullPath) => DocumentUris.RelativePath(Directory, fullPath);
}
