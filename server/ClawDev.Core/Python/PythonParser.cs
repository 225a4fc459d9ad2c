namespace ClawDev.Core.Python;

/// <summary>Error-tolerant outline parser for Python 3.8–3.13 source. Never throws, never hangs.</summary>
public static class PythonParser
{
    public static PythonModule Parse(string text, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("owned by the front-end work");
}
