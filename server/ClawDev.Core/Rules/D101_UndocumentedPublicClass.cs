using ClawDev.Core.Drafting;

namespace ClawDev.Core.Rules;

/// <summary>
/// D101: a public module-level class without a docstring. Public: listed in __all__ when the module has one
/// (pydocstyle's reading, see <see cref="ExportedNames"/>), otherwise not starting with '_'. Classes inside
/// classes or functions are D106's.
/// </summary>
internal sealed class D101_UndocumentedPublicClass : DefinitionRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Code: "D101",
        Name: "undocumented-public-class",
        Summary: "Missing docstring in public class",
        WhatItDoes: """
            Checks for public module-level classes (including those defined inside module-level `if`/`try` blocks)
            without a docstring. When the module defines `__all__` as a single list or tuple literal, a class is
            public exactly when it is listed there; otherwise when its name does not start with an underscore.
            Classes with a decorator matching `ignore-decorators` and classes with a `# noqa` comment are skipped.
            """,
        WhyIsThisBad: """
            A class docstring tells users what the class models and how to construct it; it is what `help()` and
            API references show.
            """,
        Example: """
            class Point:
                def __init__(self, x, y):
                    self.x, self.y = x, y
            """,
        UseInstead: """"
            class Point:
                """A point in the plane."""

                def __init__(self, x, y):
                    self.x, self.y = x, y
            """")
    {
        Options = "ignore-decorators; [tool.clawdev] use-full-dunder-all; `# noqa: D101`.",
        Fix = DraftAction.DraftDocstring,
    };

    public override bool IsTerminal => true;

    public override void Check(DefinitionFacts definition, ModuleFacts module, FindingSink sink)
    {
        if (definition.Kind != PydocstyleKind.Class || definition.NeedsNoDocstring(module) || !definition.IsPublic)
        {
            return;
        }
        sink.Report(Code, Descriptor.Summary);
    }
}
