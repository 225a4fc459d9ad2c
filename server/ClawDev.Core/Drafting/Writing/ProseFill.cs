namespace ClawDev.Core.Drafting.Writing;

/// <summary>
/// How drafted prose is filled: to <paramref name="Width"/> columns, indentation included, breaking only the lines
/// that overflow (a borrowed paragraph keeps its own line breaks where they fit); or, with
/// <paramref name="WholeParagraphs"/>, every paragraph joined and filled word by word as Hugging Face's doc-builder
/// restyles docstrings (<c>doc-builder style --max_len</c> in the repository's <c>make style</c> or pre-commit hooks),
/// so that its check finds nothing to change in a draft.
/// </summary>
internal sealed record ProseFill(int Width, bool WholeParagraphs = false);
