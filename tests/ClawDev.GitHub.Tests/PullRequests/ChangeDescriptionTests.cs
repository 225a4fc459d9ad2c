using ClawDev.Core.Analysis;
using ClawDev.Core.Changes;
using ClawDev.GitHub.Git;
using ClawDev.GitHub.PullRequests;

namespace ClawDev.GitHub.Tests.PullRequests;

public class ChangeDescriptionTests
{
    private static ChangedFile File(string path, DocumentationChangeKind kind, params DocumentedSymbol[] symbols) => new(
        new GitStatusEntry(path, null, '.', 'M'),
        kind,
        new DiffStat(path, 1, 0),
        new PythonDocumentationDiff(kind, symbols, new ModuleCoverage(4, 1, []), new ModuleCoverage(4, 1 + symbols.Count(s => s.NewDocstring), []), 3, 2, []));

    private static DocumentedSymbol Params(string symbol, params string[] names) => new(symbol, false, names, SymbolKind.Function);

    private static DocumentedSymbol New(string symbol, SymbolKind kind = SymbolKind.Function) => new(symbol, true, [], kind);

    public static TheoryData<string, ChangedFile[], string> Subjects() => new()
    {
        { "one parameter", [File("src/trainer.py", DocumentationChangeKind.NewDocumentation, Params("Trainer.__init__", "warmup_steps"))], "document `warmup_steps` in `Trainer.__init__`" },
        { "three parameters", [File("t.py", DocumentationChangeKind.NewDocumentation, Params("f", "a", "b", "c"))], "document `a`, `b` and `c` in `f`" },
        { "many parameters", [File("t.py", DocumentationChangeKind.NewDocumentation, Params("f", "a", "b", "c", "d"))], "document 4 parameters of `f`" },
        { "one docstring", [File("t.py", DocumentationChangeKind.NewDocumentation, New("Trainer.train"))], "add a docstring to `Trainer.train`" },
        { "functions in a file", [File("src/trainer.py", DocumentationChangeKind.NewDocumentation, New("a"), New("b"), New("C.m"))], "add docstrings to 3 functions in `trainer.py`" },
        { "classes", [File("m.py", DocumentationChangeKind.NewDocumentation, New("A", SymbolKind.Class), New("B", SymbolKind.Class))], "add docstrings to 2 classes in `m.py`" },
        { "mixed", [File("m.py", DocumentationChangeKind.NewDocumentation, New("A", SymbolKind.Class), Params("f", "x"))], "document 2 APIs in `m.py`" },
        { "across files", [File("a.py", DocumentationChangeKind.NewDocumentation, New("f")), File("b.py", DocumentationChangeKind.NewDocumentation, New("g"))], "add docstrings to 2 functions in 2 files" },
        { "improvement", [File("a.py", DocumentationChangeKind.Improvement)], "improve docstrings in `a.py`" },
        { "typos", [File("a.py", DocumentationChangeKind.Trivial), File("b.py", DocumentationChangeKind.Trivial)], "fix typos in docstrings of 2 files" },
    };

    [Theory]
    [MemberData(nameof(Subjects))]
    public void The_subject_says_what_was_documented(string name, ChangedFile[] files, string expected)
    {
        Assert.True(expected == new ChangeDescription(files).Subject(), name);
    }

    [Fact]
    public void Without_files_the_title_says_there_is_nothing_to_send()
    {
        var style = new TitleStyle(TitleStyle.DefaultPrefix, null);

        Assert.Equal("Nothing to send: there are no documentation changes", new ChangeDescription([]).Title(style));
        Assert.Equal("no documentation changes", new ChangeDescription([]).Subject());
        Assert.Equal("docs: improve docstrings in `a.py`", new ChangeDescription([File("a.py", DocumentationChangeKind.Improvement)]).Title(style));
    }

    [Fact]
    public void Symbol_and_coverage_lines_for_the_body()
    {
        var description = new ChangeDescription([File("src/trainer.py", DocumentationChangeKind.NewDocumentation, Params("Trainer.__init__", "warmup_steps"), New("Trainer.train"))]);

        Assert.Equal(
            ["`Trainer.__init__` (trainer.py): documented `warmup_steps`", "`Trainer.train` (trainer.py): new docstring"],
            description.SymbolLines());
        Assert.Equal(["`src/trainer.py`: 25.0% → 50.0% (1/4 → 2/4 documented)"], description.CoverageLines());
    }

    [Fact]
    public void The_commit_message_ends_with_the_sign_off_when_asked()
    {
        var description = new ChangeDescription([File("t.py", DocumentationChangeKind.NewDocumentation, Params("f", "x"))]);

        Assert.Equal(
            "docs: document `x` in `f`\n\n- `f` (t.py): documented `x`\n\nSigned-off-by: Ada <ada@example.org>\n",
            CommitMessage.Write("docs: document `x` in `f`", description, new GitIdentity("Ada", "ada@example.org")));
        Assert.Equal("docs: document `x` in `f`\n\n- `f` (t.py): documented `x`\n", CommitMessage.Write("docs: document `x` in `f`", description, null));
    }
}
