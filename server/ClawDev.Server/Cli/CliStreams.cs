using System.Text;

namespace ClawDev.Server.Cli;

/// <summary>Where a verb writes: the report (and nothing else) to <see cref="Output"/>, everything else to <see cref="Error"/>.</summary>
public sealed class CliStreams(Stream output, TextWriter error)
{
    private StreamWriter? _outputText;

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
        catch (IOException)
        {
            // The reader has gone (`clawdev rule | head`): there is no one left to tell.
        }
        Error.Flush();
    }
}
