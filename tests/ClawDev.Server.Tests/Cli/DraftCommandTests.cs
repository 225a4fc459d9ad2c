using System.Text;
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
        Assert.Contains("Where the drafted text comes from:\n  serve parameter timeout: from net/client.py:9, get (the same name elsewhere)\n", run.Output);
        Assert.Equal(Server, File.ReadAllText(repository.Combine("net/server.py")));
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
}
