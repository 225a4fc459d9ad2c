using ClawDev.Core.Changes;
using ClawDev.Core.Configuration;

namespace ClawDev.Core.Tests.Changes;

public class PythonDocumentationDiffTests
{
    private const string Base = "def f(a, b):\n    \"\"\"Add.\n\n    Args:\n        a: First.\n    \"\"\"\n    return a + b  # sum\n\n\nclass C:\n    def m(self):\n        pass\n";

    private static readonly FileSettings Settings = ProjectConfiguration.Load(Path.GetTempPath()).ForFile("pkg/mod.py");

    public static TheoryData<string, string, DocumentationChangeKind, string> Cases() => new()
    {
        { "parameter entry", Base.Replace("        a: First.\n", "        a: First.\n        b: Second.\n"), DocumentationChangeKind.NewDocumentation, "f: b" },
        { "new docstrings", Base.Replace("class C:\n", "class C:\n    \"\"\"A C.\"\"\"\n\n").Replace("        pass", "        \"\"\"Do m.\"\"\"\n        pass"), DocumentationChangeKind.NewDocumentation, "C: new; C.m: new" },
        { "module docstring", "\"\"\"The module.\"\"\"\n" + Base, DocumentationChangeKind.NewDocumentation, "pkg.mod: new" },
        { "spelling", Base.Replace("First.", "Frist."), DocumentationChangeKind.Trivial, "" },
        { "whitespace in a docstring", Base.Replace("Add.\n", "Add.   \n"), DocumentationChangeKind.Trivial, "" },
        { "comment", Base.Replace("# sum", "# the sum of both"), DocumentationChangeKind.CommentsOnly, "" },
        { "a comment and blank lines added", "# Copyright 2025\n\n" + Base + "\n\n", DocumentationChangeKind.CommentsOnly, "" },
        { "a comment and a spelling fix", Base.Replace("# sum", "# the sum").Replace("First.", "Frist."), DocumentationChangeKind.Trivial, "" },
        { "rewording", Base.Replace("First.", "The first addend, any number."), DocumentationChangeKind.Improvement, "" },
        { "a word replaced", Base.Replace("Add.", "Sum."), DocumentationChangeKind.Improvement, "" },
        { "code", Base.Replace("a + b", "b + a"), DocumentationChangeKind.Code, "" },
        { "code and docs", Base.Replace("a + b", "b + a").Replace("        a: First.\n", "        a: First.\n        b: Second.\n"), DocumentationChangeKind.Code, "f: b" },
        { "statement moved out of a block", Base.Replace("    def m(self):\n        pass\n", "    def m(self):\n        pass\nx = 1\n"), DocumentationChangeKind.Code, "" },
        { "a docstring that is a new statement", Base.Replace("    return a + b", "    \"\"\"Second string.\"\"\"\n    return a + b"), DocumentationChangeKind.Code, "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Classifies_the_change_and_lists_what_was_documented(string name, string after, DocumentationChangeKind kind, string documented)
    {
        var diff = PythonDocumentationDiff.Compare(Base, after, "pkg/mod.py", Settings);

        Assert.True(kind == diff.Kind, $"{name}: {diff.Kind}");
        var listed = string.Join("; ", diff.Documented.Select(d => $"{d.Symbol}: {(d.NewDocstring ? "new" : string.Join(",", d.Parameters))}"));
        Assert.Equal(documented, listed);
    }

    public static TheoryData<string, string, int[]> Placeholders() => new()
    {
        { "a drafted entry", Base.Replace("        a: First.\n", "        a: First.\n        b: TODO: describe b.\n"), [6] },
        { "a drafted docstring", Base.Replace("        pass", "        \"\"\"TODO: Summarise what m does.\"\"\"\n        pass"), [12] },
        { "NumPy's unknown type", Base.Replace("        a: First.\n", "        a: First.\n\n    Returns\n    -------\n    TODO\n"), [9] },
        { "NumPy's unknown type of an entry", Base.Replace("        a: First.\n", "        a: First.\n\n    Parameters\n    ----------\n    b : TODO, optional\n        Second.\n"), [9] },
        { "Google's unknown type of an entry", Base.Replace("        a: First.\n", "        a: First.\n        b (TODO): Second.\n"), [6] },
        { "Hugging Face's unknown type of an entry", Base.Replace("        a: First.\n", "        a: First.\n        b (`TODO`, *optional*):\n            Second.\n"), [6] },
        { "Sphinx's unknown type of a field", Base.Replace("        a: First.\n", "        a: First.\n\n    :type b: TODO\n"), [7] },
        { "Sphinx's unknown type inside a field", Base.Replace("        a: First.\n", "        a: First.\n\n    :param TODO b: Second.\n"), [7] },
        { "prose naming a TODO list", Base.Replace("        a: First.\n", "        a: First.\n        b: Items of the TODO list.\n"), [] },
        { "a NumPy type naming TODO items", Base.Replace("        a: First.\n", "        a: First.\n\n    Parameters\n    ----------\n    b : TODOList\n        Second.\n"), [] },
        { "one already upstream, one drafted", Base.Replace("Add.", "TODO: Add.").Replace("        a: First.\n", "        a: First.\n        b: TODO: describe b.\n"), [6] },
        { "a TODO comment is no docstring line", Base.Replace("# sum", "# TODO: simplify"), [] },
        { "written prose", Base.Replace("        a: First.\n", "        a: First.\n        b: Second.\n"), [] },
    };

    [Theory]
    [MemberData(nameof(Placeholders))]
    public void Lines_added_to_docstrings_that_still_hold_a_drafter_placeholder_are_listed(string name, string after, int[] lines)
    {
        var before = name.StartsWith("one already", StringComparison.Ordinal) ? Base.Replace("Add.", "TODO: Add.") : Base;

        var diff = PythonDocumentationDiff.Compare(before, after, "pkg/mod.py", Settings);

        Assert.True(lines.SequenceEqual(diff.PlaceholderLines.Select(p => p.Line)), $"{name}: {string.Join(", ", diff.PlaceholderLines)}");
    }

    [Fact]
    public void Coverage_and_findings_are_counted_on_both_versions()
    {
        var after = Base.Replace("class C:\n", "class C:\n    \"\"\"A C.\"\"\"\n\n").Replace("        a: First.\n", "        a: First.\n        b: Second.\n");

        var diff = PythonDocumentationDiff.Compare(Base, after, "pkg/mod.py", Settings);

        Assert.Equal((4, 1), (diff.CoverageBefore.Total, diff.CoverageBefore.Documented));
        Assert.Equal((4, 2), (diff.CoverageAfter.Total, diff.CoverageAfter.Documented));
        Assert.True(diff.FindingsAfter < diff.FindingsBefore, $"{diff.FindingsBefore} → {diff.FindingsAfter}");
    }

    [Fact]
    public void A_new_file_is_code()
    {
        Assert.Equal(DocumentationChangeKind.Code, PythonDocumentationDiff.Compare(null, Base, "pkg/mod.py", Settings).Kind);
    }

    [Fact]
    public void Broken_Python_on_either_side_does_not_throw()
    {
        var diff = PythonDocumentationDiff.Compare("def f(:\n  \"\"\"x", "def f(:\n  \"\"\"y\n\x00", "pkg/mod.py", Settings);

        Assert.Equal(DocumentationChangeKind.Code, diff.Kind);
    }
}
