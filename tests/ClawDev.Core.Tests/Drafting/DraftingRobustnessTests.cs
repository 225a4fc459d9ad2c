using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using ClawDev.Core.Analysis;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting;
using ClawDev.Core.Python;

namespace ClawDev.Core.Tests.Drafting;

/// <summary>
/// Drafting on every Python file the test suite holds (rule, docstring and drafting fixtures: sloppy, broken and
/// odd docstrings on purpose), in every style, and on half-typed prefixes of the drafting fixtures: it never fails,
/// its edits always apply, never make the file parse worse, and drafting again changes nothing.
/// </summary>
public sealed class DraftingRobustnessTests
{
    private static readonly DocstringStyle[] Styles = Enum.GetValues<DocstringStyle>();

    public static TheoryData<string> TestSuiteFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(TestsFolder(), "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!path.EndsWith(".after.py", StringComparison.Ordinal) && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                data.Add(Path.GetRelativePath(TestsFolder(), path).Replace('\\', '/'));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(TestSuiteFiles))]
    public void Documenting_a_whole_file_is_safe_and_idempotent_in_every_style(string file)
    {
        var source = SourceDecoder.Decode(File.ReadAllBytes(Path.Combine(TestsFolder(), file))).Text;
        foreach (var style in Styles)
        {
            var first = DocumentFile(source, style);
            var text = TextEdits.Apply(source, first.Edits);
            Assert.DoesNotContain("internal error", first.Explanation ?? "");
            Assert.True(PythonParser.Parse(text).Problems.Count <= PythonParser.Parse(source).Problems.Count, $"{style}: the file parses worse");

            var second = DocumentFile(text, style);
            Assert.True(second.Edits.Count == 0, $"{style}: drafting again changed the file at {string.Join(", ", second.Edits.Select(static e => e.Replace))}");
        }
    }

    [Theory]
    [MemberData(nameof(DraftingFixtures))]
    public void Every_action_on_every_half_typed_prefix_stays_in_its_target(string fixture)
    {
        var text = File.ReadAllText(Path.Combine(DraftingCase.Root(), fixture)).Replace(DraftingCase.Cursor, "", StringComparison.Ordinal);
        var step = Math.Max(1, text.Length / 25);
        for (var length = step; length <= text.Length; length += step)
        {
            var prefix = text[..length];
            var harness = new DraftingHarness(prefix, DocstringStyle.Google);
            foreach (var definition in harness.Module.AllDefinitions())
            {
                foreach (var result in new[]
                {
                    harness.Drafter.DraftDocstring(definition),
                    harness.Drafter.DocumentMissingParameters(definition),
                    harness.Drafter.UpdateToSignature(definition),
                })
                {
                    Assert.DoesNotContain("internal error", result.Explanation ?? "");
                    TextEdits.Apply(prefix, result.Edits);
                    var allowed = definition.Docstring?.Span ?? new TextSpan(definition.HeaderColonOffset, prefix.Length);
                    Assert.All(result.Edits, e => Assert.True(e.Replace.Start >= allowed.Start && e.Replace.End <= allowed.End, $"{fixture}[..{length}] {definition}: edit {e.Replace} outside {allowed}"));
                }
            }
            Assert.DoesNotContain("internal error", harness.Drafter.DocumentFile(harness.Findings).Explanation ?? "");
        }
    }

    public static TheoryData<string> DraftingFixtures() => DraftingCase.All();

    [Fact]
    public void A_large_file_is_documented_in_one_pass_quickly()
    {
        var source = new StringBuilder("import os\n\n\n");
        for (var i = 0; i < 3000; i++)
        {
            source.Append($"def function_{i}(path, mode=\"r\", *, retries: int = {i}) -> bytes:\n    return open(path, mode).read()\n\n\n");
        }
        var module = PythonParser.Parse(source.ToString());
        var settings = new DraftingHarness("").Settings;
        var findings = FileAnalyzer.Analyze(module, "big.py", settings).Findings;

        var watch = Stopwatch.StartNew();
        var result = new DocstringDrafter(module, "big.py", settings, new DraftingOptions { Style = DocstringStyle.Google }).DocumentFile(findings);
        watch.Stop();

        Assert.Equal(3001, result.Edits.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    private static DraftResult DocumentFile(string source, DocstringStyle style)
    {
        var module = PythonParser.Parse(source);
        var settings = new DraftingHarness("").Settings;
        var findings = FileAnalyzer.Analyze(module, "pkg/mod.py", settings).Findings;
        return new DocstringDrafter(module, "pkg/mod.py", settings, new DraftingOptions { Style = style }).DocumentFile(findings);
    }

    private static string TestsFolder([CallerFilePath] string thisFile = "") => Path.GetDirectoryName(Path.GetDirectoryName(thisFile))!;
}
