using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClawDev.Core.Workspace;
using ClawDev.Server.Cli;
using ClawDev.Server.Tests.Lsp.Infrastructure;
using ClawDev.Server.Tests.TestSupport;
using ClawDev.TestSupport;

namespace ClawDev.Robustness.Tests;

/// <summary>
/// One checkout holding every workspace trap of the audit at once: a locked folder, a folder deeper than PATH_MAX,
/// named pipes as a Python file and a .gitignore, a link to /etc/passwd, ruff extending /dev/zero, a backtracking
/// pattern from configuration, a .gitignore of 30 "**/", escape sequences in a file name and in setup.cfg, and 100
/// nested classes with 5,000-character names. scan, config and the language server each run as their own process,
/// without the capabilities that let root read a locked folder: they finish, note each trap, analyse every other
/// file, and keep escape sequences and report size in check.
/// </summary>
public sealed class TrapWorkspaceTests : IDisposable
{
    private const string Undocumented = "def fetch(url):\n    return url\n";
    private const string EscapeInName = "pkg/title\u001b]2;pwned\u0007.py";
    private const int NestedClasses = 100;
    private const int NameLength = 5000;

    private readonly TemporaryDirectory _tree = new();
    private readonly IDisposable _locked;
    private readonly string[] _cleanFiles;

    public TrapWorkspaceTests()
    {
        _tree.Write("pkg/__init__.py", "\"\"\"The package.\"\"\"\n");
        _tree.Write("pkg/good.py", Undocumented);
        _tree.Write(EscapeInName, "def aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab():\n    pass\n");
        _tree.Write("pkg/nested.py", NestedLongNames());
        _tree.Write("pkg/locked/hidden.py", Undocumented);
        _tree.MakeDeeperThanPathMax("pkg/deep");
        _tree.MakeNamedPipe("pkg/pipe.py");
        _tree.MakeNamedPipe("pkg/sub/.gitignore");
        _tree.Write("pkg/sub/kept.py", Undocumented);
        _tree.MakeLink("pkg/passwd.py", "/etc/passwd");
        _tree.Write("ruff.toml", "extend = \"/dev/zero\"\n[lint]\nselect = [\"D103\"]\n");
        _tree.Write("pyproject.toml", "[tool.interrogate]\nignore-regex = [\"^(?=(a+)+!)\"]\n");
        _tree.Write("setup.cfg", "[pydocstyle]\nmatch-dir = \u001b]2;title\u0007\u001b[2J\n");
        var levels = _tree.MakeExponentialGitIgnore();
        _cleanFiles = [.. new[] { "pkg/__init__.py", "pkg/good.py", EscapeInName, "pkg/nested.py", "pkg/sub/kept.py" }.Concat(levels).Order(StringComparer.Ordinal)];
        _locked = FilePermissions.Lock(_tree.Combine("pkg/locked"));
    }

    public void Dispose()
    {
        _locked.Dispose();
        _tree.Dispose();
    }

    [Fact]
    public void Scan_notes_every_trap_and_analyses_everything_else()
    {
        var run = ClawDevProcess.Run(null, FilePermissions.Enforced, "scan", _tree.Path, "--format", "json");

        Assert.Equal("", run.Error);
        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(_cleanFiles, root.GetProperty("coverage").GetProperty("modules").EnumerateArray().Select(m => m.GetProperty("path").GetString()).Order(StringComparer.Ordinal));
        var notes = string.Join("\n", root.GetProperty("notes").EnumerateArray().Select(n => $"{n.GetProperty("path")}: {n.GetProperty("message")}"));
        AssertNotesEveryTrap(notes);
        // Unbounded qualified names made this report grow with the square of the nesting (tens of MB here).
        Assert.True(run.Output.Length < 1_000_000, $"the JSON report is {run.Output.Length:N0} characters");
    }

    [Fact]
    public void The_text_report_and_config_escape_control_characters()
    {
        var scan = ClawDevProcess.Run(null, FilePermissions.Enforced, "scan", _tree.Path);
        var config = ClawDevProcess.Run(null, FilePermissions.Enforced, "config", _tree.Path);

        Assert.Equal(ExitCodes.Failed, scan.ExitCode);
        AssertNotesEveryTrap(scan.Output);
        Assert.Contains(@"pkg/title\x1b]2;pwned\x07.py:1:1: D103", scan.Output);
        Assert.Contains(@"\x1b]2;title\x07\x1b[2J", config.Output);
        foreach (var output in new[] { scan.Output, scan.Error, config.Output, config.Error })
        {
            Assert.DoesNotContain(output, c => char.IsControl(c) && c != '\n');
        }
    }

    [Fact]
    public async Task The_language_server_indexes_everything_else_and_logs_the_traps()
    {
        await using var server = ServerProcess.Start(FilePermissions.Enforced, "--stdio");
        await server.OpenAndIndexAsync(_tree.Path, TimeSpan.FromSeconds(60));

        var coverage = (await server.Client.RequestAsync("clawdev/documentationCoverage", new JsonObject()))["result"]!.AsObject();
        await server.Client.RequestAsync("shutdown");
        await server.Client.NotifyAsync("exit");
        var log = await server.Stderr.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True((bool)coverage["complete"]!);
        Assert.Equal(_cleanFiles, coverage["modules"]!.AsArray().Select(m => (string)m!["path"]!).Order(StringComparer.Ordinal));
        Assert.Contains(DirectoryWalker.UnreadableDirectoryNote, log);
        Assert.Contains("the pattern \"^(?=(a+)+!)\" took more than 100 ms", log);
        Assert.DoesNotContain("indexing failed", log, StringComparison.OrdinalIgnoreCase);
    }

    private static void AssertNotesEveryTrap(string notes)
    {
        Assert.Contains("pkg/locked/: " + DirectoryWalker.UnreadableDirectoryNote, notes);
        Assert.Matches($@"pkg/deep/[^\n]*: {DirectoryWalker.UnreadableDirectoryNote}", notes);
        Assert.Contains("pkg/pipe.py: skipped: not a regular file (a named pipe (FIFO))", notes);
        Assert.Contains("pkg/sub/.gitignore: ", notes);
        Assert.Contains("pkg/passwd.py: skipped: a symbolic link to /etc/passwd, which is outside", notes);
        Assert.Contains("dev/zero: is not a regular file (a character device); it is ignored.", notes);
        Assert.Contains("the pattern \"^(?=(a+)+!)\" took more than 100 ms", notes);
    }

    /// <summary>Classes nested <see cref="NestedClasses"/> deep, each with a <see cref="NameLength"/>-character name.</summary>
    private static string NestedLongNames()
    {
        var source = new StringBuilder();
        for (var level = 0; level < NestedClasses; level++)
        {
            source.Append(' ', 4 * level).Append("class ").Append((char)('A' + (level % 26)), NameLength).Append(level).Append(":\n");
        }
        return source.Append(' ', 4 * NestedClasses).Append("pass\n").ToString();
    }
}
