using ClawDev.Core.Drafting;

namespace ClawDev.Core.Rules;

/// <summary>
/// D100: a public module without a docstring. pydocstyle's check_docstring_missing for a Module: packages'
/// __init__ files are D104's; a module is public unless its stem or a directory below the scanned root starts
/// with '_' (dunder names such as __main__ are public; see <see cref="ModulePath"/>).
/// </summary>
internal sealed class D100_UndocumentedPublicModule : ModuleRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Code: "D100",
        Name: "undocumented-public-module",
        Summary: "Missing docstring in public module",
        WhatItDoes: """
            Checks for public modules without a docstring. A module is public unless its file name, or the name of
            a package directory it sits in (below the scanned root), starts with an underscore; dunder names such as
            `__main__.py` are public. A package's `__init__.py` is checked by D104 instead. An empty docstring (`""`)
            is not missing (pydocstyle reports it as D419).
            """,
        WhyIsThisBad: """
            The module docstring is the first thing `help(module)`, IDE hovers and API references show. Without
            it, readers have to skim the code to learn what the module is for.
            """,
        Example: """
            import os


            def cwd():
                return os.getcwd()
            """,
        UseInstead: """"
            """Helpers for working with the current directory."""

            import os


            def cwd():
                return os.getcwd()
            """")
    {
        Options = "`# noqa: D100` on the first line (flake8), or a noqa comment before the module docstring (pydocstyle).",
        Fix = DraftAction.DraftDocstring,
    };

    public override void Check(ModuleFacts module, FindingSink sink)
    {
        if (module.IsPackage || module.Module.Docstring is not null || !module.IsPublic)
        {
            return;
        }
        sink.Report(Code, Descriptor.Summary);
    }
}
