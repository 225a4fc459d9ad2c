using ClawDev.Core.Python.Parsing;

namespace ClawDev.Core.Python;

/// <summary>Error-tolerant outline parser for Python 3.8–3.13 source. Never throws, never hangs.</summary>
public static class PythonParser
{
    /// <summary>
    /// Parses <paramref name="text"/> into its outline. Damage is recorded in <see cref="PythonModule.Problems"/>
    /// and everything intact around it is still outlined.
    /// </summary>
    /// <exception cref="OperationCanceledException">Only when <paramref name="cancellationToken"/> is cancelled
    /// (checked every few hundred logical lines).</exception>
    public static PythonModule Parse(string text, CancellationToken cancellationToken = default) =>
        new OutlineParser(text, cancellationToken).Parse();
}
