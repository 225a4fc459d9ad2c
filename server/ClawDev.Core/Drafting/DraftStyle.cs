using ClawDev.Core.Configuration;
using ClawDev.Core.Docstrings;

namespace ClawDev.Core.Drafting;

/// <summary>Which style new docstrings and sections are written in.</summary>
public static class DraftStyle
{
    /// <summary>
    /// The <c>clawdev.docstringStyle</c> setting; else the repository's own choice: [tool.clawdev] style, then the
    /// convention its linter checks (Google becomes Hugging Face where most docstrings are written that way), then
    /// the style most of its docstrings use. Null leaves the choice to drafting (Google).
    /// </summary>
    /// <param name="census">The docstring styles of the workspace folder, once it has been indexed.</param>
    public static DocstringStyle? Choose(DocstringStyle? setting, FileSettings file, StyleCensusResult? census) =>
        setting ?? file.Style ?? file.Convention switch
        {
            Convention.NumPy => DocstringStyle.NumPy,
            Convention.Google => census?.Dominant == DocstringStyle.HuggingFace ? DocstringStyle.HuggingFace : DocstringStyle.Google,
            Convention.Pep257 => DocstringStyle.Plain,
            _ => census is { Structured: > 0 } ? census.Dominant : null,
        };
}
