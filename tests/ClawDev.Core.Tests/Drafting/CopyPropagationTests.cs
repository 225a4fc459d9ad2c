using ClawDev.Core.Drafting;
using ClawDev.Core.Library;
using ClawDev.Core.Python;

namespace ClawDev.Core.Tests.Drafting;

public sealed class CopyPropagationTests
{
    private static readonly Dictionary<string, string> Files = new()
    {
        ["lib/a.py"] = "def pad(x):\n    \"\"\"Pad x.\"\"\"\n    return x\n",
        ["lib/b.py"] = "# Copied from lib.a.pad with pad->trim\ndef trim(x):\n    \"\"\"Pad x.\"\"\"\n    return x\n",
        ["lib/c.py"] = "# Copied from lib.b.trim with trim->cut\ndef cut(x):\n    \"\"\"Pad x.\"\"\"\n    return x\n",
    };

    [Fact]
    public void A_copy_of_a_copy_follows_its_own_origin_with_each_marks_replacements()
    {
        var fix = new TextEdit(Span("lib/a.py", "Pad x."), "Pad x with pad.");
        var propagated = CopyPropagation.Propagate(new Symbol("lib.a", "pad"), "lib/a.py", [fix], [Copy("lib/b.py", "lib.b", "trim", "lib.a", "pad"), Copy("lib/c.py", "lib.c", "cut", "lib.b", "trim")], Read, CancellationToken.None);

        Assert.Empty(propagated.Notes);
        Assert.Equal(["lib/b.py", "lib/c.py"], propagated.Carried.Select(copy => copy.Path));
        Assert.Equal("# Copied from lib.a.pad with pad->trim\ndef trim(x):\n    \"\"\"Pad x with trim.\"\"\"\n    return x\n", Applied(propagated, "lib/b.py"));
        Assert.Equal("# Copied from lib.b.trim with trim->cut\ndef cut(x):\n    \"\"\"Pad x with cut.\"\"\"\n    return x\n", Applied(propagated, "lib/c.py"));
    }

    [Fact]
    public void A_copy_that_cannot_be_read_or_already_differs_is_left_alone_with_a_note_and_so_are_its_copies()
    {
        var fix = new TextEdit(Span("lib/a.py", "Pad x."), "Pad x with pad.");
        var files = new Dictionary<string, string>(Files) { ["lib/b.py"] = Files["lib/b.py"].Replace("Pad x.", "Trim x.", StringComparison.Ordinal) };
        var propagated = CopyPropagation.Propagate(new Symbol("lib.a", "pad"), "lib/a.py", [fix],
            [Copy("lib/b.py", "lib.b", "trim", "lib.a", "pad"), Copy("lib/c.py", "lib.c", "cut", "lib.b", "trim"), Copy("lib/gone.py", "lib.gone", "pad", "lib.a", "pad")],
            path => files.GetValueOrDefault(path), CancellationToken.None);

        Assert.Empty(propagated.Files);
        Assert.Empty(propagated.Carried);
        Assert.Collection(propagated.Notes,
            note => Assert.StartsWith("lib/b.py:2: trim already differs from lib.a.pad", note, StringComparison.Ordinal),
            note => Assert.StartsWith("lib/gone.py: the copy pad could not be read", note, StringComparison.Ordinal));
    }

    private static string? Read(string path) => Files.GetValueOrDefault(path);

    private static TextSpan Span(string path, string text)
    {
        var start = Files[path].IndexOf(text, StringComparison.Ordinal);
        return new TextSpan(start, start + text.Length);
    }

    private static CopyLocation Copy(string path, string module, string name, string originModule, string originName) =>
        new(path, new Symbol(module, name), CopyMark.Parse($"# Copied from {originModule}.{originName} with {originName}->{name}", 0)!, 1, new Symbol(originModule, originName));

    private static string Applied(PropagatedFix propagated, string path) =>
        TextEdits.Apply(Files[path], propagated.Files.Single(file => file.Path == path).Edits);
}
