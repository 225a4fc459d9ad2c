using ClawDev.Server.Cli;
using ClawDev.Server.Tests.TestSupport;
using ClawDev.TestSupport;

namespace ClawDev.Server.Tests.Cli;

/// <summary>Usage and path errors end before any work: exit 2, nothing on stdout, one clear message on stderr.</summary>
public class UsageErrorTests
{
    private static CliRun Run(params string[] args) => CliRun.Invoke(SampleScans.Rules, args);

    private static void AssertUsageError(CliRun run, string expectedMessage)
    {
        Assert.Equal(ExitCodes.UsageOrIoError, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith("clawdev: ", run.Error);
        Assert.Contains(expectedMessage, run.Error.Split('\n')[0]);
    }

    [Fact]
    public void A_missing_path_is_named()
    {
        using var directory = new TemporaryDirectory();
        var missing = directory.Combine("no/such/repo");

        var run = Run("scan", missing);

        AssertUsageError(run, $"no such directory: {missing}");
        Assert.Equal(1, run.Error.Count(c => c == '\n'));
    }

    [Fact]
    public void A_file_instead_of_a_directory_is_named()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.Write("mod.py");

        // (scan takes files: they are scanned alone, see ExecutableTests.)
        AssertUsageError(Run("config", file), $"not a directory: {file}");
    }

    [Fact]
    public void A_directory_and_files_together_are_refused()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.Write("mod.py");

        AssertUsageError(Run("scan", directory.Path, file), "give one directory to scan, or only files");
    }

    [Theory]
    [InlineData("'xml'", "scan", "--format", "xml")]
    [InlineData("--fail-under: '101' is not a percentage from 0 to 100.", "scan", "--fail-under", "101")]
    [InlineData("--fail-under: 'NaN' is not a percentage", "scan", "--fail-under", "NaN")]
    [InlineData("--fail-under: 'lots' is not a percentage", "scan", "--fail-under", "lots")]
    [InlineData("--max-file-size: '2Q' is not a size", "scan", "--max-file-size", "2Q")]
    [InlineData("--max-file-size: '0' is not a size", "scan", "--max-file-size", "0")]
    // The list of ClawDev's own codes is left out: it grows with each rule (the configuration snapshots show it).
    [InlineData("command line: --select \"D999\" names no rule ClawDev knows (D100-D419, CD", "scan", "--select", "D999")]
    [InlineData("--ignore \"x1\" names no rule ClawDev knows (D100-D419, CD", "scan", "--ignore", "x1,E501")]
    [InlineData(" or ALL). command line: --ignore \"E501\"", "scan", "--ignore", "x1,E501")]
    [InlineData("Unrecognized option '--frobnicate'.", "scan", "--frobnicate")]
    [InlineData("Unrecognized option '-x'.", "config", "-x")]
    [InlineData("give one directory to scan, or only files", "scan", "a", "b")]
    [InlineData("Unrecognized command or argument 'b'.", "config", "a", "b")]
    [InlineData("Required command was not provided.")]
    [InlineData("Unrecognized command or argument 'frobnicate'", "frobnicate")]
    public void Bad_arguments_are_usage_errors(string expectedMessage, params string[] args)
    {
        AssertUsageError(Run(args), expectedMessage);
    }

    [Fact]
    public void The_message_points_at_the_verbs_help()
    {
        var run = Run("scan", "--format", "xml");

        Assert.Equal("Run 'clawdev scan --help' for usage.", run.Error.Split('\n')[1]);
        Assert.Equal(2, run.Error.Count(c => c == '\n'));
    }

    [Fact]
    public void Help_goes_to_standard_output_and_succeeds()
    {
        var run = Run("scan", "--help");

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        Assert.Contains("--fail-under <N>", run.Output);
        Assert.Contains("--format <json|sarif|text>", run.Output);
        Assert.Equal("", run.Error);
    }
}
