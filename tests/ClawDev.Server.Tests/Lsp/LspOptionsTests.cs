using ClawDev.Server.Lsp;

namespace ClawDev.Server.Tests.Lsp;

public sealed class LspOptionsTests
{
    [Theory]
    [InlineData(new string[0], null)]
    [InlineData(new[] { "--stdio" }, null)]
    [InlineData(new[] { "--stdio", "--clientProcessId", "4242" }, 4242)]
    [InlineData(new[] { "--clientProcessId=17", "--stdio" }, 17)]
    public void Valid_command_lines(string[] args, int? processId)
    {
        Assert.True(LspOptions.TryParse(args, out var options, out var error), error);
        Assert.Equal(processId, options.ClientProcessId);
    }

    [Theory]
    [InlineData(new[] { "--clientProcessId" }, "needs a process id")]
    [InlineData(new[] { "--clientProcessId", "abc" }, "positive process id")]
    [InlineData(new[] { "--clientProcessId=-3" }, "positive process id")]
    [InlineData(new[] { "--clientProcessId", "0" }, "positive process id")]
    [InlineData(new[] { "--socket=5000" }, "unknown argument '--socket=5000'")]
    public void Invalid_command_lines(string[] args, string message)
    {
        Assert.False(LspOptions.TryParse(args, out _, out var error));
        Assert.Contains(message, error);
    }
}
