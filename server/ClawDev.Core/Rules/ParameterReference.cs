using System.Text.RegularExpressions;
using ClawDev.Core.Docstrings;

namespace ClawDev.Core.Rules;

/// <summary>
/// A docstring whose prose sends the reader to another callable for its parameters: "Takes the same arguments as
/// :py:meth:`run`" (docker), "Like :meth:`make_middleware` but used as a decorator" (werkzeug), "Works exactly like
/// the :meth:`template_filter` decorator." (flask). The parameters are documented there; CD401 does not ask for them
/// again. (A parameter section beside such prose lists the parameters after all, and D417 holds it to them.)
/// </summary>
internal static partial class ParameterReference
{
    /// <summary>Whether the docstring's summary or description refers to another callable for its parameters.</summary>
    public static bool SendsElsewhere(ParsedDocstring parsed) => Reference().IsMatch(parsed.Summary) || Reference().IsMatch(parsed.Description);

    /// <summary>"the same arguments as …" anywhere; a sentence opening with "Like", "Same as", "Alias for",
    /// "Shortcut for", "Equivalent to" or "Works (exactly) like (the)" followed by a Sphinx cross-reference.</summary>
    [GeneratedRegex(
        @"\b(?:takes|accepts|has|with|uses)\s+the\s+same\s+(?:arguments|parameters|keyword\s+arguments|options|signature)\s+as\b"
        + @"|(?:^|[.!?]\s+)(?:Like|Same\s+as|Alias\s+(?:for|of)|Shortcut\s+for|Equivalent\s+to|Works\s+(?:exactly\s+)?like(?:\s+the)?)\s+:(?:py:)?(?:meth|func|class):",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Reference();
}
