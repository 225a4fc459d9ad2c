using ClawDev.Core.Configuration.Sources;

namespace ClawDev.Core.Configuration.Tools.Formatting;

/// <summary>
/// Whether the project restyles its docstrings with Hugging Face's doc-builder: a <c>doc-builder style</c> command in
/// its Makefile (<c>make style</c>, <c>make quality</c>'s <c>--check_only</c>) or its pre-commit hooks, as accelerate,
/// peft, diffusers and trl run it. It fills every docstring paragraph to the line length, so drafts are filled the same
/// way; the file that runs it, or null.
/// </summary>
internal static class DocBuilderStyleReader
{
    private static readonly string[] Runners = ["Makefile", ".pre-commit-config.yaml"];

    public static string? Read(ConfigFiles files) =>
        Runners.FirstOrDefault(runner => files.Text(runner)?.Contains("doc-builder style", StringComparison.Ordinal) == true);
}
