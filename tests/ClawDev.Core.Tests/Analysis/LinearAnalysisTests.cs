using System.Text;
using ClawDev.Core.Analysis;
using ClawDev.Core.Configuration;
using ClawDev.Core.Python;
using ClawDev.TestSupport;

namespace ClawDev.Core.Tests.Analysis;

/// <summary>
/// Every check takes time linear in the file: each shape below once took minutes (a name looked up by walking a list,
/// a list searched for each entry of another) and must now be analysed, with every rule on, in a few seconds. The
/// guard is far above what a linear pass takes and far below what a quadratic one took; the findings are checked too.
/// Each shape runs in both profiles: their parameter rules are different code (the pydocstyle profile's D417 is
/// pydocstyle's own check, which took minutes on the first shape after the contribution profile's had become linear).
/// </summary>
public class LinearAnalysisTests
{
    public sealed record Shape(string Name, Func<string> Source, Action<IReadOnlyList<Finding>, AnalysisProfile> Check)
    {
        public override string ToString() => Name;
    }

    private const int Many = 80_000;

    private static string Parameters(int count) => string.Join(", ", Enumerable.Range(0, count).Select(i => $"p{i}"));

    private static string Lines(IEnumerable<int> numbers, Func<int, string> line) => string.Concat(numbers.Select(line));

    private static IEnumerable<int> Reversed(int count) => Enumerable.Range(0, count).Reverse();

    private static IReadOnlyList<Finding> Only(IReadOnlyList<Finding> findings, string code) => [.. findings.Where(f => f.Code == code)];

    private static readonly Shape[] ShapeList =
    [
        new("Args entries in reverse signature order",
            () => $"def f({Parameters(Many)}):\n    \"\"\"Do.\n\n    Args:\n{Lines(Reversed(Many), i => $"        p{i}: x.\n")}    \"\"\"\n",
            (findings, _) => Assert.Equal(["CD403"], findings.Where(f => f.Symbol == "f").Select(f => f.Code))),
        new("entries for names the signature does not have",
            () => $"def f(a):\n    \"\"\"Do.\n\n    Args:\n        a: x.\n{Lines(Enumerable.Range(0, Many), i => $"        q{i}: y.\n")}    \"\"\"\n",
            (findings, _) => Assert.Equal(Many, Assert.Single(Only(findings, "CD402")).Parameters!.Count)),
        new("one Args section per entry",
            () => $"def f(a, b):\n    \"\"\"Do.\n\n{Lines(Enumerable.Range(0, Many / 2), _ => "    Args:\n        b: x.\n        a: y.\n\n")}    \"\"\"\n",
            (findings, _) => Assert.Equal(Many / 2, Only(findings, "CD403").Count)),
        new("Sphinx fields in reverse signature order",
            () => $"def f({Parameters(Many)}):\n    \"\"\"Do.\n\n{Lines(Reversed(Many), i => $"    :param p{i}: x.\n")}    \"\"\"\n",
            (findings, _) => Assert.Equal(["CD403"], findings.Where(f => f.Symbol == "f").Select(f => f.Code))),
        new("NumPy entries in reverse signature order",
            () => $"def f({Parameters(Many)}):\n    \"\"\"Do.\n\n    Parameters\n    ----------\n{Lines(Reversed(Many), i => $"    p{i} : int\n        x.\n")}    \"\"\"\n",
            (findings, _) => Assert.Equal(["CD403"], findings.Where(f => f.Symbol == "f").Select(f => f.Code))),
        new("a docstring that mentions every parameter in prose",
            () => $"def f({Parameters(Many)}):\n    \"\"\"Do.\n\n    Uses {string.Join(" and ", Enumerable.Range(0, Many).Select(i => $"p{i}"))}.\n    \"\"\"\n",
            (findings, _) => Assert.DoesNotContain(findings, f => f.Code == "CD401")),
        new("__all__ listing every function",
            () => $"__all__ = [{string.Join(", ", Enumerable.Range(0, Many).Select(i => $"\"f{i}\""))}]\n{Lines(Enumerable.Range(0, Many), i => $"def f{i}(): pass\n")}",
            (findings, _) => Assert.Equal(Many, Only(findings, "D103").Count)),
        new("__all__ grown one name at a time",
            () => Lines(Enumerable.Range(0, Many), i => $"__all__ += [\"f{i}\"]\ndef f{i}(): pass\n"),
            (findings, _) => Assert.Equal(Many, Only(findings, "D103").Count)),
        // Three times as many: CD401 taking out the names D417 reports by searching a list took 13 s for Many.
        new("an Args section that describes none of the parameters",
            () => $"def f({Parameters(3 * Many)}):\n    \"\"\"Do.\n\n    Args:\n        q: x.\n    \"\"\"\n",
            (findings, _) => Assert.Equal(3 * Many, Assert.Single(Only(findings, "D417")).Parameters!.Count)),
        new("a class's properties, every other one listed in its Attributes section",
            () => $"class C:\n    \"\"\"C.\n\n    Attributes:\n{Lines(Enumerable.Range(0, Many), i => $"        a{i}: x.\n")}    \"\"\"\n{Properties()}",
            PropertiesListedEveryOther),
        new("a class's properties, every other one in its Hugging Face attribute list",
            () => $"class C:\n    \"\"\"C.\n\n{Lines(Enumerable.Range(0, Many), i => $"    - **a{i}** (`int`) -- x.\n")}    \"\"\"\n{Properties()}",
            PropertiesListedEveryOther),
    ];

    /// <summary><see cref="Many"/> properties of class C without docstrings, named a1, b2, a3, b4…: the a ones are listed by the class.</summary>
    private static string Properties() =>
        Lines(Enumerable.Range(0, Many), i => $"    @property\n    def {(i % 2 == 1 ? 'a' : 'b')}{i}(self):\n        return {i}\n");

    /// <summary>The contribution profile counts a property its class lists as documented; pydocstyle does not.</summary>
    private static void PropertiesListedEveryOther(IReadOnlyList<Finding> findings, AnalysisProfile profile) =>
        Assert.Equal(profile == AnalysisProfile.Contribution ? Many / 2 : Many, Only(findings, "D102").Count);

    public static TheoryData<Shape, AnalysisProfile> Shapes()
    {
        var data = new TheoryData<Shape, AnalysisProfile>();
        foreach (var shape in ShapeList)
        {
            data.Add(shape, AnalysisProfile.Contribution);
            data.Add(shape, AnalysisProfile.Pydocstyle);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Is_analysed_in_linear_time(Shape shape, AnalysisProfile profile)
    {
        using var tree = new TemporaryDirectory();
        var settings = ProjectConfiguration.Load(tree.Path).WithOverrides(["ALL"], null, null, profile).ForFile("m.py");
        var source = shape.Source();

        var findings = WorkspaceTraps.Within(30, () => FileAnalyzer.Analyze(PythonParser.Parse(source), "m.py", settings).Findings);

        shape.Check(findings, profile);
    }
}
