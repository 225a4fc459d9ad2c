using System.Reflection;

namespace ClawDev.Robustness.Tests;

/// <summary>
/// A fixed handful of real Python files the other test projects keep as fixtures: transformers- and accelerate-style
/// modules, a half-typed pipeline, CRLF/tab/form-feed layout, and one module per docstring style.
/// </summary>
internal static class Corpus
{
    private static readonly string[] Files =
    [
        "ClawDev.Core.Tests/Python/Fixtures/modeling_tiny.py",
        "ClawDev.Core.Tests/Python/Fixtures/training_arguments.py",
        "ClawDev.Core.Tests/Python/Fixtures/accelerate_state.py",
        "ClawDev.Core.Tests/Python/Fixtures/half_typed_pipeline.py",
        "ClawDev.Core.Tests/Python/Fixtures/crlf_tabs_formfeed.py",
        "ClawDev.Core.Tests/Drafting/Fixtures/google/file_everything.py",
        "ClawDev.Core.Tests/Drafting/Fixtures/numpy/file_everything.py",
        "ClawDev.Core.Tests/Drafting/Fixtures/huggingface/file_everything.py",
        "ClawDev.Core.Tests/Drafting/Fixtures/sphinx/update_type_only.py",
        "ClawDev.Server.Tests/Fixtures/sample-repo/pkg/trainer.py",
    ];

    /// <summary>tests/ in the source tree.</summary>
    private static string TestsDirectory { get; } = typeof(Corpus).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "TestsDirectory").Value!;

    /// <summary>Each file's short name ("modeling_tiny") and text.</summary>
    public static IReadOnlyList<(string Name, string Text)> Load() =>
        [.. Files.Select(file => (Path.GetFileNameWithoutExtension(file) + "_" + Path.GetFileName(Path.GetDirectoryName(file))!, File.ReadAllText(Path.Combine(TestsDirectory, file))))];
}
