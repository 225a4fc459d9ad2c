using ClawDev.Core.Drafting;

namespace ClawDev.Core.Rules;

/// <summary>
/// D105: a magic method (a dunder name other than __init__, __call__ and __new__) of a public class without a
/// docstring. "@overload" does not exempt magic methods in pydocstyle, and it does not here.
/// </summary>
internal sealed class D105_UndocumentedMagicMethod : DefinitionRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Code: "D105",
        Name: "undocumented-magic-method",
        Summary: "Missing docstring in magic method",
        WhatItDoes: """
            Checks for magic methods (`__eq__`, `__len__`, ...) of public classes without a docstring. `__init__`
            is D107's; `__call__` and `__new__` are treated as ordinary public methods (D102). Exempt: property
            setters/deleters, methods with a decorator matching `ignore-decorators`, and methods with a `# noqa`
            comment.
            """,
        WhyIsThisBad: """
            Magic methods define how objects behave under operators and built-ins; a docstring says what equality,
            ordering or length mean for this type. Many projects ignore D105; configure it off if yours does.
            """,
        Example: """
            class Version:
                def __lt__(self, other):
                    return self.parts < other.parts
            """,
        UseInstead: """"
            class Version:
                def __lt__(self, other):
                    """Order versions by their numeric parts."""
                    return self.parts < other.parts
            """")
    {
        Options = "ignore-decorators; `# noqa: D105`.",
        Fix = DraftAction.DraftDocstring,
    };

    public override bool IsTerminal => true;

    public override void Check(DefinitionFacts definition, ModuleFacts module, FindingSink sink)
    {
        if (!definition.IsMethod || definition.NeedsNoDocstring(module) || !definition.IsPublic || !definition.IsMagic)
        {
            return;
        }
        sink.Report(Code, Descriptor.Summary);
    }
}
