using ClawDev.Core.Drafting;

namespace ClawDev.Core.Rules;

/// <summary>
/// D102: a public method without a docstring. pydocstyle's Method.is_public: the class is public, the name does not
/// start with '_' (or is __call__/__new__, which are "variadic magic" and get D102, not D105), and no decorator is
/// "&lt;name&gt;.something" (property setters and deleters). Magic methods are D105's, __init__ is D107's, and
/// methods decorated "@overload" are exempt (spelled exactly so for
/// pydocstyle; also "@typing.overload", "@t.overload" with ruff and in the contribution profile).
/// </summary>
internal sealed class D102_UndocumentedPublicMethod : DefinitionRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Code: "D102",
        Name: "undocumented-public-method",
        Summary: "Missing docstring in public method",
        WhatItDoes: """
            Checks for public methods without a docstring. A method is public when its class is public and its name
            does not start with an underscore; `__call__` and `__new__` count as public methods here. Exempt:
            `__init__` (D107), other dunder methods (D105), property setters and deleters (`@name.setter`,
            `@name.deleter`), methods decorated `@overload` (with ruff and in the contribution profile also
            `@typing.overload`, `@t.overload`), methods with a decorator matching `ignore-decorators`, and methods
            with a `# noqa` comment.
            """,
        WhyIsThisBad: """
            Public methods are the API of a class; their docstrings are what users read in `help()`, hovers and
            generated references.
            """,
        Example: """
            class Cart:
                def total(self):
                    return sum(item.price for item in self.items)
            """,
        UseInstead: """"
            class Cart:
                def total(self):
                    """Return the price of everything in the cart."""
                    return sum(item.price for item in self.items)
            """")
    {
        Options = "ignore-decorators; [tool.clawdev] use-full-dunder-all; `# noqa: D102`.",
        Fix = DraftAction.DraftDocstring,
    };

    public override bool IsTerminal => true;

    public override void Check(DefinitionFacts definition, ModuleFacts module, FindingSink sink)
    {
        if (!definition.IsMethod || definition.NeedsNoDocstring(module) || !definition.IsPublic)
        {
            return;
        }
        if (definition.IsMagic || definition.IsInit || definition.IsOverload)
        {
            return;
        }
        sink.Report(Code, Descriptor.Summary);
    }
}
