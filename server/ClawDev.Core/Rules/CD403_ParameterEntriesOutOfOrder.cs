using ClawDev.Core.Configuration;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting;
using ClawDev.Core.Python;

namespace ClawDev.Core.Rules;

/// <summary>
/// CD403: a parameter section whose entries are not in the order of the signature. Each section is checked on
/// its own (Args and Keyword Args may each be ordered); only entries naming signature parameters take part
/// (unknown names are CD402's); a class docstring is checked against its __init__; any publicity.
/// </summary>
internal sealed class CD403_ParameterEntriesOutOfOrder : DefinitionRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Code: "CD403",
        Name: "parameter-entries-out-of-order",
        Summary: "Parameter entries are not in signature order",
        WhatItDoes: """
            Checks that the entries of each parameter section (`Args:`, `Parameters`, `Keyword Args:`, Sphinx
            `:param x:` fields) follow the order of the parameters in the signature (for a class docstring, of its
            `__init__`). Entries for names the signature does not have are left to CD402.
            """,
        WhyIsThisBad: """
            Readers match entries to arguments by position as much as by name; an entry list in another order
            than the call makes the documentation harder to scan and easy to get out of date.
            """,
        Example: """"
            def copy(source, target, overwrite=False):
                """Copy a file.

                Args:
                    target: Where to copy to.
                    source: What to copy.
                    overwrite: Replace an existing target.
                """
            """",
        UseInstead: """"
            def copy(source, target, overwrite=False):
                """Copy a file.

                Args:
                    source: What to copy.
                    target: Where to copy to.
                    overwrite: Replace an existing target.
                """
            """")
    {
        Options = "`# noqa: CD403`.",
        Fix = DraftAction.UpdateToSignature,
        // Not in the contribution profile: reordering entries is the cosmetic change maintainers least welcome, and
        // grouped entries (Hugging Face's "> Parameters that control …" groups) follow topics, not the signature.
        OnByDefaultIn = [AnalysisProfile.Pydocstyle],
    };

    public override void Check(DefinitionFacts definition, ModuleFacts module, FindingSink sink)
    {
        if (definition.DocumentedSignature(module) is not var (parsed, owner))
        {
            return;
        }
        var signature = owner.Definition.Parameters;
        var positionOf = SignatureParameters.Positions(signature);
        // The documented parameters come section by section, in the sections' order: one walk over both.
        var documented = parsed.DocumentedParameters;
        var next = 0;
        foreach (var section in parsed.Sections)
        {
            if (!section.IsParameterSection)
            {
                continue;
            }
            // The signature positions of the names this section documents, each once, in the section's order (a list
            // and a set of ints: both compiled ahead of time, unlike an ordered set of a value type).
            var positions = new List<int>();
            var seen = new HashSet<int>();
            for (; next < documented.Count && documented[next].Section == section; next++)
            {
                if (positionOf.TryGetValue(documented[next].Name, out var position) && seen.Add(position))
                {
                    positions.Add(position);
                }
            }
            if (IsAscending(positions))
            {
                continue;
            }
            positions.Sort();
            var expected = new List<string>(positions.Count);
            foreach (var position in positions)
            {
                expected.Add(signature[position].Name);
            }
            sink.Report(Code, $"Parameter entries are not in signature order (expected {string.Join(", ", expected)})", expected);
        }
    }

    private static bool IsAscending(List<int> positions)
    {
        var previous = -1;
        foreach (var position in positions)
        {
            if (position < previous)
            {
                return false;
            }
            previous = position;
        }
        return true;
    }
}
