using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting.Writing;

namespace ClawDev.Core.Drafting.Editing;

/// <summary>The style additions to an existing docstring are written in.</summary>
internal static class ExistingStyle
{
    /// <summary>
    /// A plain docstring with PEP 257 items stays plain. A docstring that shows a style keeps it, even when only
    /// a prose header ("Example:") shows it, since sections of two styles do not parse together (Google becomes
    /// Hugging Face when the repository writes that). Any other docstring takes the repository's style.
    /// </summary>
    /// <param name="pep257">Whether the docstring is plain with a PEP 257 argument list.</param>
    public static StyleWriter For(string text, ParsedDocstring parsed, DocstringStyle repository, out bool pep257)
    {
        pep257 = !parsed.Detection.IsStructured && Pep257List.Find(text, parsed.ContentSpan, "") is not null;
        var style = pep257 ? DocstringStyle.Plain
            : parsed.Style == DocstringStyle.Plain ? repository
            : parsed.Style == DocstringStyle.Google && repository == DocstringStyle.HuggingFace ? repository
            : parsed.Style;
        return StyleWriter.For(style);
    }
}
