using ClawDev.Core.Configuration;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Python;

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

    /// <summary>Whether the style is configured (the setting, [tool.clawdev] style, a linter's convention) rather than measured.</summary>
    public static bool IsConfigured(DocstringStyle? setting, FileSettings file) =>
        setting is not null || file.Style is not null || file.Convention is Convention.NumPy or Convention.Google or Convention.Pep257;

    /// <summary>
    /// The style a file is drafted in: its own docstrings' dominant style when <paramref name="chosen"/> is only
    /// measured over the repository and the file's structured docstrings agree on another family (a file of Sphinx
    /// fields in a Google repository), else <paramref name="chosen"/>.
    /// </summary>
    public static DocstringStyle? ForFile(DocstringStyle? chosen, bool fileStyleFirst, PythonModule module)
    {
        if (!fileStyleFirst)
        {
            return chosen;
        }
        var own = StyleCensus.Of(module).Result();
        return own is { Structured: > 0, IsTie: false } && Family(own.Dominant) != Family(chosen) ? own.Dominant : chosen;
    }

    // Within the Google family the repository's variant stays: added entries follow their list's layout anyway.
    private static DocstringStyle? Family(DocstringStyle? style) => style == DocstringStyle.HuggingFace ? DocstringStyle.Google : style;
}
