using ClawDev.Core.Drafting;

namespace ClawDev.Core.Rules;

/// <summary>
/// D104: a public package (its __init__ file) without a docstring. pydocstyle's Package is any file whose name ends
/// with "__init__.py"; publicity as for D100 (the package's own directory counts: "_impl/__init__.py" is private).
/// </summary>
internal sealed class D104_UndocumentedPublicPackage : ModuleRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Code: "D104",
        Name: "undocumented-public-package",
        Summary: "Missing docstring in public package",
        WhatItDoes: """
            Checks for public packages whose `__init__.py` has no docstring. A package is public unless it sits in
            (or is) a directory whose name starts with an underscore, below the scanned root.
            """,
        WhyIsThisBad: """
            The package docstring is what `help(package)` and API references show for the package as a whole; it
            is the natural place to say what the package contains and where to start.
            """,
        Example: """
            from .client import Client
            """,
        UseInstead: """"
            """A small HTTP client: start with `Client`."""

            from .client import Client
            """")
    {
        Options = "`# noqa: D104` on the first line (flake8), or a noqa comment before the module docstring (pydocstyle).",
        Fix = DraftAction.DraftDocstring,
    };

    public override void Check(ModuleFacts module, FindingSink sink)
    {
        if (!module.IsPackage || module.Module.Docstring is not null || !module.IsPublic)
        {
            return;
        }
        sink.Report(Code, Descriptor.Summary);
    }
}
