using ClawDev.Core.Configuration;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting.Signature;

namespace ClawDev.Core.Rules;

/// <summary>
/// CD404: a function that returns a value and whose docstring documents its parameters (Google, Hugging Face,
/// NumPy or Sphinx) but not what it returns. ruff's DOC201 (pydoclint's docstring-missing-returns), narrowed to
/// docstrings that already have a parameter section: one that documents the inputs is expected to document the
/// output too, while a prose docstring may say it in words. Decisions:
/// <list type="bullet">
/// <item>a value is a <c>return x</c> in the function's own body (not in nested definitions or lambdas) where x is
/// not the literal None; the return annotation says otherwise only when it is None/NoReturn/Never (as DOC201);</item>
/// <item>documented: a Returns/Return or Yields section (Google, NumPy), a Sphinx <c>:returns:</c> field (an
/// <c>:rtype:</c> alone gives a type, not what the value is), or, in a Google-style docstring, a summary starting
/// with "Return"/"Returns" (the Google style guide, and DOC201 under the google convention), or a line starting
/// "Returns:" that no section was read from (written inline, "Returns: [`Collection`]", or indented into the
/// section before it: the value is documented, the layout is another rule's business);</item>
/// <item>exempt: generators (a <c>return x</c> there ends the iteration; what they yield is a Yields section's
/// business), <c>__init__</c> and <c>__new__</c> (DOC201 skips <c>__new__</c> too), properties (they read like
/// attributes), <c>@overload</c> stubs, and definitions without a docstring (D1xx's business). Stub bodies
/// (<c>pass</c>, <c>...</c>, <c>raise NotImplementedError</c>), abstract or not, return nothing;</item>
/// <item>publicity: any in the pydocstyle profile, as DOC201 (ruff runs it on every docstring); public definitions
/// only in the contribution profile, whose hints are those a maintainer would welcome: a private helper's or a
/// nested function's result is read in its code, not in documentation.</item>
/// </list>
/// </summary>
internal sealed class CD404_UndocumentedReturns : DefinitionRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Code: "CD404",
        Name: "undocumented-returns",
        Summary: "Docstring documents the parameters but not the return value",
        WhatItDoes: """
            Checks functions and methods that return a value (a `return x` in their own body, `x` not `None`)
            and whose docstring has a parameter section (`Args:`, `Parameters`, Sphinx `:param x:`) but no
            `Returns:`/`Return:` or `Yields:` section and no Sphinx `:returns:`/`:return:` field (`:rtype:` alone
            does not say what the value is). A Google-style docstring whose summary starts with "Return" or
            "Returns" counts as documenting it, as the Google style guide allows, and so does a line starting with
            `Returns:` followed by the description (``Returns: [`Collection`]``). Not checked: generators,
            `__init__`, `__new__`, properties, `@overload` stubs, functions annotated `-> None`, definitions
            without a docstring, and, in the contribution profile, private and nested functions. Off by default in
            both profiles: turn it on with `extend-select = ["CD404"]` in `[tool.clawdev]` or `--select CD404`.
            It is ruff's DOC201 (docstring-missing-returns, from pydoclint) for docstrings that already document
            their parameters. There is no quick fix yet: drafting adds parameter entries to an existing docstring,
            not a Returns section.
            """,
        WhyIsThisBad: """
            A docstring that describes every argument but not the result leaves out what most callers need:
            what they get back, its type and its shape.
            """,
        Example: """"
            def calculate_speed(distance, time):
                """Calculate the speed.

                Args:
                    distance: Distance travelled, in metres.
                    time: Time spent travelling, in seconds.
                """
                return distance / time
            """",
        UseInstead: """"
            def calculate_speed(distance, time):
                """Calculate the speed.

                Args:
                    distance: Distance travelled, in metres.
                    time: Time spent travelling, in seconds.

                Returns:
                    The speed in metres per second.
                """
                return distance / time
            """")
    {
        Options = "property-decorators (pydocstyle, ruff); `# noqa: CD404`.",
        OnByDefaultIn = [],
    };

    public override void Check(DefinitionFacts definition, ModuleFacts module, FindingSink sink)
    {
        var function = definition.Definition;
        if (!definition.IsFunctionLike || !function.ReturnsNotNone || function.Yields)
        {
            return;
        }
        if (module.Settings.Profile == AnalysisProfile.Contribution && !definition.IsPublic)
        {
            return;
        }
        if (function.Name is "__init__" or "__new__" || definition.IsOverload || definition.IsProperty(module.Settings))
        {
            return;
        }
        if (function.ReturnAnnotation is { Length: > 0 } annotation && TypeExpression.MeansNoValue(TypeExpression.Unwrap(annotation)))
        {
            return;
        }
        if (definition.DocumentedSignature(module) is not var (parsed, _)
            || DocumentsReturn(parsed)
            || HasReturnsLine(module.Module.Text, definition.Docstring!))
        {
            return;
        }
        sink.Report(Code, Descriptor.Summary);
    }

    private static bool DocumentsReturn(ParsedDocstring parsed)
    {
        foreach (var section in parsed.Sections)
        {
            if (section.Kind == SectionKind.Yields || (section.Kind == SectionKind.Returns && !IsTypeOnly(section)))
            {
                return true;
            }
        }
        return parsed.Style is DocstringStyle.Google or DocstringStyle.HuggingFace && StartsWithReturn(parsed.Summary);
    }

    /// <summary>A Sphinx return section made of <c>:rtype:</c> fields only.</summary>
    private static bool IsTypeOnly(DocSection section) =>
        section.Entries.Count > 0 && section.Entries.All(static entry => entry.Fields.Count > 0 && entry.Fields.All(static field => field.Kind == SphinxFieldKind.ReturnType));

    private static readonly string[] ReturnHeaders = ["Returns:", "Return:", "Yields:", "Yield:"];

    /// <summary>
    /// A line that starts with "Returns:" (or Return:, Yields:, Yield:) where no section was read: written inline
    /// ("Returns: [`Collection`]", huggingface_hub's habit) or indented into the section before it. The author did
    /// document the value; the layout is another matter.
    /// </summary>
    private static bool HasReturnsLine(string fileText, Python.Docstring docstring)
    {
        var content = fileText.AsSpan(docstring.ContentSpan.Start, docstring.ContentSpan.Length);
        while (!content.IsEmpty)
        {
            var lineEnd = content.IndexOfAny('\n', '\r');
            var line = (lineEnd < 0 ? content : content[..lineEnd]).TrimStart();
            foreach (var header in ReturnHeaders)
            {
                if (line.StartsWith(header, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            content = lineEnd < 0 ? [] : content[(lineEnd + 1)..];
        }
        return false;
    }

    /// <summary>Google's "It may also be omitted if the docstring starts with Returns …": the summary's first word.</summary>
    private static bool StartsWithReturn(string summary)
    {
        var firstWord = summary.AsSpan();
        var end = firstWord.IndexOfAny(' ', '\n');
        firstWord = end < 0 ? firstWord : firstWord[..end];
        return firstWord is "Return" or "Returns";
    }
}
