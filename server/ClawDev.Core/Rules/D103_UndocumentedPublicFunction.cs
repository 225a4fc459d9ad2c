using ClawDev.Core.Drafting;

namespace ClawDev.Core.Rules;

/// <summary>
/// D103: a public module-level function without a docstring. Public: listed in __all__ when the module has one,
/// otherwise not starting with '_' (so module-level dunder functions such as __getattr__ are private). Nested
/// functions are never public; functions decorated "@overload" are exempt (spelled exactly so for
/// pydocstyle; also "@typing.overload", "@t.overload" with ruff and in the contribution profile).
/// </summary>
internal sealed class D103_UndocumentedPublicFunction : DefinitionRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Code: "D103",
        Name: "undocumented-public-function",
        Summary: "Missing docstring in public function",
        WhatItDoes: """
            Checks for public module-level functions (including those defined inside module-level `if`/`try`
            blocks) without a docstring. When the module defines `__all__` as a single list or tuple literal, a
            function is public exactly when it is listed there; otherwise when its name does not start with an
            underscore. Exempt: nested functions, functions decorated `@overload` (with ruff and in the contribution
            profile also `@typing.overload`, `@t.overload`), functions with a decorator matching
            `ignore-decorators`, and functions with a `# noqa` comment.
            """,
        WhyIsThisBad: """
            A function's docstring is its contract: what it does, what it expects, what it returns. Users read it
            in `help()`, hovers and generated references.
            """,
        Example: """
            def mean(values):
                return sum(values) / len(values)
            """,
        UseInstead: """"
            def mean(values):
                """Return the arithmetic mean of a non-empty sequence."""
                return sum(values) / len(values)
            """")
    {
        Options = "ignore-decorators; [tool.clawdev] use-full-dunder-all; `# noqa: D103`.",
        Fix = DraftAction.DraftDocstring,
    };

    public override bool IsTerminal => true;

    public override void Check(DefinitionFacts definition, ModuleFacts module, FindingSink sink)
    {
        if (definition.Kind != PydocstyleKind.Function || definition.NeedsNoDocstring(module) || !definition.IsPublic)
        {
            return;
        }
        if (definition.IsOverload)
        {
            return;
        }
        sink.Report(Code, Descriptor.Summary);
    }
}
