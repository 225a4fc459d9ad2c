using ClawDev.Core.Python.Tokens;

namespace ClawDev.Core.Python.Parsing;

/// <summary>The tokens [Start, End) of one item of a bracketed list (a parameter, a base class, an __all__ entry).</summary>
/// <remarks>Our own struct rather than <see cref="System.Range"/>: a List&lt;T&gt; over a framework-only type has no
/// ReadyToRun code anywhere, so every start JIT-compiled its methods and a scan ran them unoptimised.</remarks>
internal readonly record struct ItemRange(int Start, int End)
{
    public ReadOnlySpan<Token> Of(ReadOnlySpan<Token> tokens) => tokens[Start..End];
}
