using ClawDev.Core.Python;

namespace ClawDev.Core.Docstrings;

/// <summary>What a Sphinx / reST field line says.</summary>
public enum SphinxFieldKind
{
    /// <summary>:param x:, :parameter x:, :arg x:, :argument x:, and with an inline type :param int x:.</summary>
    Parameter,

    /// <summary>:type x:</summary>
    ParameterType,

    /// <summary>:keyword x:, :key x:, :kwarg x:, :kwparam x:</summary>
    Keyword,

    /// <summary>:kwtype x:</summary>
    KeywordType,

    /// <summary>:raises E:, :raise E:, :except E:, :exception E:</summary>
    Raises,

    /// <summary>:returns:, :return:</summary>
    Returns,

    /// <summary>:rtype:</summary>
    ReturnType,

    /// <summary>:yields:, :yield:</summary>
    Yields,

    /// <summary>:ytype:</summary>
    YieldType,

    /// <summary>:var x:, :ivar x:, :cvar x:</summary>
    Variable,

    /// <summary>:vartype x:</summary>
    VariableType,

    /// <summary>Any other field (":meta private:", ":note:").</summary>
    Other,
}

/// <summary>One field line of a Sphinx docstring, with its continuation lines.</summary>
/// <param name="Kind">What the field says.</param>
/// <param name="Marker">The marker as written, colons included: ":param int x:".</param>
/// <param name="Tag">The field's first word as written: "param", "kwarg", "raises".</param>
/// <param name="Span">From the marker's first colon to the end of the field's last non-blank line.</param>
/// <param name="MarkerSpan">The marker, colons included.</param>
/// <param name="BodySpan">The text after the marker up to the end of the field (empty, at the marker's end, when there is none).</param>
public sealed record SphinxField(
    SphinxFieldKind Kind,
    string Marker,
    string Tag,
    TextSpan Span,
    TextSpan MarkerSpan,
    TextSpan BodySpan);
