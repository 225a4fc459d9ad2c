using System.Text;
using ClawDev.GitHub.Git;
using ClawDev.Server.Cli;
using ClawDev.Server.Reports;
using ClawDev.Server.Tests.TestSupport;
using ClawDev.TestSupport;

namespace ClawDev.Server.Tests.Cli;

public class DraftCommandTests
{
    private const string Client = "\"\"\"Client.\"\"\"\n\n\ndef get(url, timeout):\n    \"\"\"Fetch a page.\n\n    Args:\n        url: Where from.\n        timeout: Seconds to wait for the server before giving up.\n    \"\"\"\n";
    private const string Server = "\"\"\"Server.\"\"\"\n\n\ndef serve(port, timeout):\n    \"\"\"Serve.\n\n    Args:\n        port: The port to listen on.\n    \"\"\"\n    return port, timeout\n";

    [Fact]
    public void Prints_the_draft_and_where_each_text_comes_from_without_changing_the_file()
    {
        using var repository = new TemporaryDirectory();
        repository.Write("net/client.py", Client);
        repository.Write("net/server.py", Server);

        var run = CliRun.Invoke(RuleCatalog.Builtin(), "draft", repository.Combine("net/server.py"), "--root", repository.Path);

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("net/server.py:5:\n", run.Output);
        Assert.Contains("     9 |         timeout: Seconds to wait for the server before giving up.\n", run.Output);
        Assert.Contains("     9 |         timeout: Seconds to wait for the server before giving up.\n    10 |     \"\"\"\n       <- serve parameter timeout: from net/client.py:9, get (the same name elsewhere)\n", run.Output);
        Assert.Equal(Server, File.ReadAllText(repository.Combine("net/server.py")));
    }

    [Fact]
    public void A_new_docstring_is_printed_with_its_lines()
    {
        using var repository = new TemporaryDirectory();
        repository.Write("net/client.py", Client);
        repository.Write("net/server.py", "\"\"\"Server.\"\"\"\n\n\ndef serve(timeout):\n    return timeout\n");

        var run = CliRun.Invoke(RuleCatalog.Builtin(), "draft", repository.Combine("net/server.py"), "--root", repository.Path, "--symbol", "serve");

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        Assert.Contains("net/server.py:5:\n     5 |     \"\"\"TODO: Summarise what serve does.\n", run.Output);
        Assert.Contains("timeout: Seconds to wait for the server before giving up.\n", run.Output);
    }

    [Fact]
    public void A_type_nothing_states_is_a_placeholder_the_draft_counts()
    {
        using var repository = new TemporaryDirectory();
        repository.Write("net/client.py", Client);
        // The neighbour writes a type; the description of timeout is borrowed, its type is nowhere.
        repository.Write("net/server.py", Server.Replace("        port: The port", "        port (int): The port", StringComparison.Ordinal));

        var run = CliRun.Invoke(RuleCatalog.Builtin(), "draft", repository.Combine("net/server.py"), "--root", repository.Path);

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        Assert.Contains("|         timeout (TODO): Seconds to wait for the server before giving up.\n", run.Output);
        Assert.Contains("1 line(s) still hold a TODO placeholder: nothing in the repository says what goes there yet.\n", run.Output);
    }

    [Fact]
    public void A_rename_in_the_working_tree_s_diff_carries_the_entry_over_and_says_so()
    {
        using var repository = new TemporaryDirectory();
        const string docstring = "    \"\"\"Download.\n\n    Args:\n        url: The address.\n        attempts (int): How often to try.\n    \"\"\"\n    return url\n";
        repository.Write("net/fetch.py", "\"\"\"Fetch.\"\"\"\n\n\ndef fetch(url, attempts=3):\n" + docstring);
        var git = new GitCli();
        void Git(params string[] args) => Assert.Equal(0, git.Run(repository.Path, args, CancellationToken.None).ExitCode);
        Git("init", "-q", "-b", "main");
        Git("add", "-A");
        Git("-c", "user.name=ClawDev Tests", "-c", "user.email=tests@clawdev.invalid", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "initial");
        // The type changes too, so only the diff (not the position and type) tells it is the same parameter.
        repository.Write("net/fetch.py", "\"\"\"Fetch.\"\"\"\n\n\ndef fetch(url, retries: str = \"3\"):\n" + docstring);

        var run = CliRun.Invoke(RuleCatalog.Builtin(), "draft", repository.Combine("net/fetch.py"), "--root", repository.Path);

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        Assert.Contains("|         retries (int): How often to try.\n", run.Output);
        Assert.Contains("Note: renamed the entry of attempts to retries: the working tree's diff renames the parameter (the last commit has attempts where the signature now has retries)\n", run.Output);
    }

    [Fact]
    public void Write_saves_the_draft_into_a_utf8_file()
    {
        using var repository = new TemporaryDirectory();
        repository.Write("net/client.py", Client);
        repository.Write("net/server.py", Server);

        var run = CliRun.Invoke(RuleCatalog.Builtin(), "draft", repository.Combine("net/server.py"), "--root", repository.Path, "--write");

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        Assert.Contains("        port: The port to listen on.\n        timeout: Seconds to wait for the server before giving up.\n    \"\"\"", File.ReadAllText(repository.Combine("net/server.py")));
    }

    [Fact]
    public void Write_carries_a_fix_at_an_origin_to_its_copies_and_leaves_a_copy_that_differs_alone()
    {
        using var repository = new TemporaryDirectory();
        RepositoryTree.Write(File.ReadAllText(Path.Combine(TestPaths.Fixtures, "lsp-copies", "library.tree")), repository);
        var otherBefore = File.ReadAllText(repository.Combine("copylib/other.py"));

        var run = CliRun.Invoke(RuleCatalog.Builtin(), "draft", repository.Combine("copylib/base.py"), "--root", repository.Path, "--symbol", "pad", "--write");

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        // The copy that differs is named as left alone, and not among those the fix was carried to.
        Assert.Contains("Note: carried to copylib/base.py:14, copylib/other.py:5, copylib/other.py:28 as make fix-copies would\n", run.Output);
        Assert.Contains("pad_right already differs from copylib.base.pad", run.Output);
        Assert.Contains("Written to copylib/other.py (its copy).\n", run.Output);
        var baseAfter = File.ReadAllText(repository.Combine("copylib/base.py"));
        var otherAfter = File.ReadAllText(repository.Combine("copylib/other.py"));
        var entry = EntryOf(baseAfter, "def pad(");
        Assert.Contains("length", entry);
        Assert.Equal(entry, EntryOf(baseAfter, "def pad_same("));
        Assert.Equal(entry, EntryOf(otherAfter, "def pad_left("));
        Assert.Equal(entry.Replace("\n", "\n    ", StringComparison.Ordinal), EntryOf(otherAfter, "def pad_inner("));
        Assert.Equal(EntryOf(otherBefore, "def pad_right("), EntryOf(otherAfter, "def pad_right("));
    }

    /// <summary>The Args entries of the definition at <paramref name="header"/>: from its "Args:" line to its docstring's end.</summary>
    private static string EntryOf(string text, string header)
    {
        var start = text.IndexOf(header, StringComparison.Ordinal);
        var args = text.IndexOf("Args:", start, StringComparison.Ordinal);
        return text[args..text.IndexOf("\"\"\"", args, StringComparison.Ordinal)];
    }

    [Fact]
    public void A_file_in_another_encoding_is_not_written()
    {
        using var repository = new TemporaryDirectory();
        var latin1 = "# -*- coding: latin-1 -*-\n" + Server.Replace("The port", "Le port \u00e9", StringComparison.Ordinal);
        File.WriteAllBytes(repository.Combine("server.py"), Encoding.Latin1.GetBytes(latin1));

        var run = CliRun.Invoke(RuleCatalog.Builtin(), "draft", repository.Combine("server.py"), "--root", repository.Path, "--write");

        Assert.Equal(ExitCodes.UsageOrIoError, run.ExitCode);
        Assert.Contains("is not plain UTF-8", run.Error);
        Assert.Equal(Encoding.Latin1.GetBytes(latin1), File.ReadAllBytes(repository.Combine("server.py")));
    }

    [Theory]
    [InlineData("missing.py", "no such file")]
    [InlineData("server.py", "--line: 'zero' is not a line number", "--line", "zero")]
    public void Bad_input_is_one_line_and_exit_code_2(string file, string message, params string[] more)
    {
        using var repository = new TemporaryDirectory();
        repository.Write("server.py", Server);

        var run = CliRun.Invoke(RuleCatalog.Builtin(), ["draft", repository.Combine(file), "--root", repository.Path, .. more]);

        Assert.Equal(ExitCodes.UsageOrIoError, run.ExitCode);
        Assert.Contains(message, run.Error);
    }

    [Fact]
    public void A_named_pipe_named_as_the_file_is_refused_without_being_read()
    {
        using var repository = new TemporaryDirectory();
        repository.Write("net/client.py", Client);
        repository.MakeNamedPipe("net/pipe.py");

        var run = WorkspaceTraps.Within(20, () => CliRun.Invoke(RuleCatalog.Builtin(), "draft", repository.Combine("net/pipe.py"), "--root", repository.Path));

        Assert.Equal(ExitCodes.UsageOrIoError, run.ExitCode);
        Assert.Equal("clawdev: cannot read net/pipe.py: not a regular file (a named pipe (FIFO))\n", run.Error);
    }
}
