using System.Text;

namespace ClawDev.Server.Cli;

/// <summary>Where a verb writes: the report (and nothing else) to <see cref="Output"/>, everything else to <see cref="Error"/>;
/// <see cref="Input"/> is what the language server reads its messages from.</summary>
public sealed class CliStreams(Stream output, TextWriter error, Func<Stream>? openInput = null)
{
    private StreamWriter? _outputText;
    private Stream? _input;

    /// <summary>Opened when first read: only the language server and the pull-request verb's question read it.</summary>
    public Stream Input => _input ??= openInput?.Invoke() ?? Stream.Null;

    public Stream Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Text written to <see cref="Output"/>; flushed by <see cref="Flush"/> before the stream is used directly again.</summary>
    public TextWriter OutputText => _outputText ??= new StreamWriter(Output, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true);

    public void Flush()
    {
        try
        {
            _outputText?.Flush();
            Output.Flush();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The reader has gone (`clawdev rule | head`), or the language server closed the stream as it ended.
        }
        Error.Flush();
    }
}
