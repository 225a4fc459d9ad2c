namespace ClawDev.Server.Lsp.Host;

/// <summary>
/// Names the LSP method a handler class serves and whether it changes server state. State-changing handlers run one
/// at a time in arrival order; the others run concurrently, each on the state as it was when it arrived.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class LspMethodAttribute(string method) : Attribute
{
    public string Method { get; } = method;

    public bool MutatesState { get; init; }
}
