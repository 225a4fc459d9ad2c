using ClawDev.Core.Configuration;
using ClawDev.Core.Drafting;

namespace ClawDev.Core.Rules;

/// <summary>
/// D107: __init__ of a public class without a docstring (pydocstyle checks it even when the class docstring
/// documents the constructor; "@overload" does not exempt it). With pydocstyle 6.3's ignore-self-only-init an
/// __init__ whose only parameter is self is exempt.
/// </summary>
internal sealed class D107_UndocumentedPublicInit : DefinitionRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Code: "D107",
        Name: "undocumented-public-init",
        Summary: "Missing docstring in __init__",
        WhatItDoes: """
            Checks for `__init__` methods of public classes without a docstring. Exempt: methods with a decorator
            matching `ignore-decorators`, methods with a `# noqa` comment, and with `ignore-self-only-init`
            an `__init__(self)` that takes nothing else. Projects that document constructor
            arguments in the class docstring (the Google and NumPy conventions allow it) usually ignore D107.
            """,
        WhyIsThisBad: """
            The constructor's arguments are how users create the object; they need documenting either here or in
            the class docstring.
            """,
        Example: """
            class Retry:
                def __init__(self, attempts, delay):
                    self.attempts, self.delay = attempts, delay
            """,
        UseInstead: """"
            class Retry:
                def __init__(self, attempts, delay):
                    """Retry up to `attempts` times, waiting `delay` seconds in between."""
                    self.attempts, self.delay = attempts, delay
            """")
    {
        Options = "ignore-decorators; ignore-self-only-init; `# noqa: D107`.",
        Fix = DraftAction.DraftDocstring,
    };

    public override bool IsTerminal => true;

    public override void Check(DefinitionFacts definition, ModuleFacts module, FindingSink sink)
    {
        if (!definition.IsInit || definition.NeedsNoDocstring(module) || !definition.IsPublic)
        {
            return;
        }
        if (module.Settings.IgnoreSelfOnlyInit && definition.Definition.Parameters.Count == 1)
        {
            return;
        }
        // The contribution profile: where the class is documented, its docstring is the constructor's (Google and
        // NumPy allow either place, and Hugging Face libraries document constructor arguments there).
        if (module.Settings.Profile == AnalysisProfile.Contribution && definition.Parent!.HasDocumentation(module))
        {
            return;
        }
        sink.Report(Code, Descriptor.Summary);
    }
}
