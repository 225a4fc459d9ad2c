namespace ClawDev.Core.Configuration.Sources;

/// <summary>Where a group of options lives: a file and a table or section in it.</summary>
/// <param name="FileName">The file's path relative to the project root, e.g. "pyproject.toml", "setup.cfg".</param>
/// <param name="Table">e.g. "[tool.ruff.lint]"; empty for the top level of a file such as ruff.toml.</param>
/// <param name="Directory">The absolute directory of the file ('/' separators): the base of relative path patterns.</param>
internal sealed record ConfigOrigin(string FileName, string Table, string Directory)
{
    /// <summary>"pyproject.toml [tool.ruff.lint]", or just the file name for its top level.</summary>
    public string Label => Table.Length == 0 ? FileName : $"{FileName} {Table}";

    /// <summary>How messages name one of the table's options: "[tool.ruff.lint] select", or "select" at the top level.</summary>
    public string NameOf(string key) => Table.Length == 0 ? key : $"{Table} {key}";
}
