namespace ClawDev.Core.Changes;

/// <summary>
/// What a change to one file is, as far as a contribution policy cares. The line between documentation work and a
/// "typo-only" change: adding a docstring or a parameter entry is new documentation; rewording that changes the
/// words of a docstring is an improvement; docstring edits of whitespace or of single words by a letter or two
/// (spelling) are trivial — that is what repositories that ban typo-only pull requests refuse. A change to comments
/// or whitespace outside docstrings is no documentation change at all.
/// </summary>
public enum DocumentationChangeKind
{
    /// <summary>A symbol got a docstring, or a docstring got a parameter entry.</summary>
    NewDocumentation,

    /// <summary>Existing docstrings were reworded or extended (words added, removed or replaced).</summary>
    Improvement,

    /// <summary>Docstrings changed only in whitespace or by spelling-sized word edits (at most two letters per word).</summary>
    Trivial,

    /// <summary>Only comments or whitespace outside docstrings changed: nothing the documentation shows.</summary>
    CommentsOnly,

    /// <summary>Code outside docstrings and comments changed: not a documentation change.</summary>
    Code,

    /// <summary>Not a Python source file.</summary>
    NotPython,
}
