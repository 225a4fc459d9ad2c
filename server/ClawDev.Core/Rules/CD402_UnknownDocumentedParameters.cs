using ClawDev.Core.Collections;
using ClawDev.Core.Drafting;
using ClawDev.Core.Python;

namespace ClawDev.Core.Rules;

/// <summary>
/// CD402: parameter entries for names the signature does not have (renamed or removed parameters, typos).
/// Decisions: the entries of every parameter section count (Args/Parameters, Other Parameters, Keyword Args,
/// Sphinx ":param:"/":keyword:"); a class docstring is checked against its __init__ (and skipped when the class
/// defines none: a dataclass's or an inherited constructor cannot be seen); an entry for an attribute the class
/// declares or for a private parameter's public name, and a section header indented as an entry, are not stale
/// (<see cref="SignatureParameters.KeptWithoutParameter"/>); every definition is checked whatever its
/// publicity, as a wrong entry is wrong anywhere; a signature with **kwargs accepts any entry, since the name may be
/// a keyword argument passed through it.
/// </summary>
internal sealed class CD402_UnknownDocumentedParameters : DefinitionRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Code: "CD402",
        Name: "documented-parameter-not-in-signature",
        Summary: "Docstring documents a parameter the signature does not have",
        WhatItDoes: """
            Checks the entries of a docstring's parameter sections (`Args:`, `Parameters`, `Keyword Args:`,
            `Other Parameters`, Sphinx `:param x:`) against the signature: a class docstring against its
            `__init__`. Entries are accepted for any name when the signature takes `**kwargs`.
            """,
        WhyIsThisBad: """
            An entry for a parameter that no longer exists usually means a rename the docstring did not follow:
            readers look for an argument they cannot pass, and the real one may be undocumented.
            """,
        Example: """"
            def fetch(url, timeout=10):
                """Download a page.

                Args:
                    url: The address.
                    retries: How often to try.
                """
            """",
        UseInstead: """"
            def fetch(url, timeout=10):
                """Download a page.

                Args:
                    url: The address.
                    timeout: Seconds to wait for an answer.
                """
            """")
    {
        Options = "`# noqa: CD402`.",
        Fix = DraftAction.UpdateToSignature,
    };

    public override void Check(DefinitionFacts definition, ModuleFacts module, FindingSink sink)
    {
        if (definition.DocumentedSignature(module) is not var (parsed, owner))
        {
            return;
        }
        if (owner.Definition.IsClass && owner.Definition.Bases.Count > 0)
        {
            return; // a dataclass's docstring may document the fields it inherits, which its own body does not list
        }
        var signature = owner.Definition.Parameters;
        foreach (var parameter in signature)
        {
            if (parameter.Kind == ParameterKind.VarKeyword)
            {
                return;
            }
        }
        var names = SignatureParameters.Positions(signature);
        var unknown = new OrderedSet<string>(StringComparer.Ordinal);
        foreach (var documented in parsed.DocumentedParameters)
        {
            if (!names.ContainsKey(documented.Name) && !SignatureParameters.KeptWithoutParameter(definition, module.Settings, documented.Name, names.ContainsKey))
            {
                unknown.Add(documented.Name);
            }
        }
        if (unknown.Count > 0)
        {
            List<string> listed = [.. unknown];
            sink.Report(Code, $"Docstring documents parameter(s) {string.Join(", ", listed)} not in the signature", listed);
        }
    }
}
