using ClawDev.Core.Drafting;

namespace ClawDev.Core.Rules;

/// <summary>
/// D106: a public nested class without a docstring. pydocstyle's NestedClass.is_public: the name does not start
/// with '_' and the enclosing definition is a public class (classes inside functions are never public). __all__
/// plays no part for nested classes.
/// </summary>
internal sealed class D106_UndocumentedPublicNestedClass : DefinitionRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Code: "D106",
        Name: "undocumented-public-nested-class",
        Summary: "Missing docstring in public nested class",
        WhatItDoes: """
            Checks for classes defined inside a public class whose own name does not start with an underscore and
            that have no docstring. Classes defined inside functions or methods are private. Exempt: classes with a
            decorator matching `ignore-decorators` and classes with a `# noqa` comment.
            """,
        WhyIsThisBad: """
            Nested classes (a Django `Meta`, an `Options` or `Error` type) are part of the enclosing class's API and
            deserve the same explanation as any public class.
            """,
        Example: """
            class Client:
                class Timeout(Exception):
                    pass
            """,
        UseInstead: """"
            class Client:
                class Timeout(Exception):
                    """Raised when the server does not answer in time."""
            """")
    {
        Options = "ignore-decorators; `# noqa: D106`.",
        Fix = DraftAction.DraftDocstring,
    };

    public override bool IsTerminal => true;

    public override void Check(DefinitionFacts definition, ModuleFacts module, FindingSink sink)
    {
        if (definition.Kind != PydocstyleKind.NestedClass || definition.NeedsNoDocstring(module) || !definition.IsPublic)
        {
            return;
        }
        sink.Report(Code, Descriptor.Summary);
    }
}
