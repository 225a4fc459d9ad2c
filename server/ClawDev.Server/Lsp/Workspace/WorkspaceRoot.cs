using ClawDev.Core.Configuration;

namespace ClawDev.Server.Lsp.Workspace;

/// <summary>One workspace folder and the documentation-rule configuration read from it.</summary>
/// <param name="Configuration">Null when it could not be read; <paramref name="ConfigurationProblem"/> says why.</param>
internal sealed record WorkspaceRoot(string Uri, string Name, string Directory, ProjectConfiguration? Configuration, string? ConfigurationProblem)
{
    /// <summary>Reads the folder's configuration; a failure becomes <see cref="ConfigurationProblem"/>, never an exception.</summary>
    public static WorkspaceRoot Open(string uri, string name, string directory)
    {
        try
        {
            return new WorkspaceRoot(uri, name, directory, ProjectConfiguration.Load(directory), null);
        }
        catch (Exception exception)
        {
            return new WorkspaceRoot(uri, name, directory, null, $"could not read the configuration of {directory}: {exception.Message}");
        }
    }

    public WorkspaceRoot Reload() => Open(Uri, Name, Directory);

    /// <summary>The path of <paramref name="fullPath"/> inside this folder ('/' separators), or null when outside.</summary>
    public string? RelativePathOf(string fullPath) => DocumentUris.RelativePath(Directory, fullPath);
}
