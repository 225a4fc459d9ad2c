namespace ClawDev.Core.Docstrings;

/// <summary>How a docstring marks up its parameters, returns and raises.</summary>
public enum DocstringStyle
{
    /// <summary>No structural markers: prose only (also empty docstrings).</summary>
    Plain,

    /// <summary>Google / Napoleon: "Args:" headers with indented "name (type): description" entries.</summary>
    Google,

    /// <summary>
    /// The Hugging Face variant of Google: entries like "name (`int`, *optional*, defaults to 8):" with the
    /// description on the following, deeper indented lines (transformers, accelerate, peft).
    /// </summary>
    HuggingFace,

    /// <summary>numpydoc: underlined "Parameters\n----------" headers with "name : type" entries.</summary>
    NumPy,

    /// <summary>Sphinx / reST field lists: ":param x:", ":type x:", ":raises E:", ":returns:", ":rtype:".</summary>
    Sphinx,
}
