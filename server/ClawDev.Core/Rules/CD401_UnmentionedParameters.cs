using ClawDev.Core.Configuration;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting;
using ClawDev.Core.Python;

namespace ClawDev.Core.Rules;

/// <summary>
/// CD401: a documented public callable whose docstring never mentions one of its parameters, in the cases D417
/// stays silent: no argument section at all, a class docstring documenting __init__, a Sphinx docstring, or an
/// argument section pydocstyle does not read (a Google "Args:" next to a "Returns:"). Decisions:
/// <list type="bullet">
/// <item>which parameters count: <see cref="SignatureParameters.Documentable"/> (the ParameterOptions);</item>
/// <item>a mention is the name as a whole word anywhere in the docstring, backticked or not, entries included;</item>
/// <item>constructor parameters may be documented in the class docstring or in __init__'s (Google and NumPy allow
/// either); they are reported once, on __init__ when it has a docstring, else on the class;</item>
/// <item>exempt: definitions without a docstring (D1xx's business), private ones (pydocstyle's publicity),
/// docstrings that are only a summary paragraph (pydoclint's skip-checking-short-docstrings default), docstrings that
/// refer to another callable for their parameters (<see cref="ParameterReference"/>), and parameters D417 already
/// reports for the same definition.</item>
/// </list>
/// </summary>
internal sealed class CD401_UnmentionedParameters : DefinitionRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Code: "CD401",
        Name: "unmentioned-parameter",
        Summary: "Docstring does not mention a parameter",
        WhatItDoes: """
            Checks that the docstring of a public function, method or class (for its `__init__`) mentions every
            parameter by name, anywhere in its text, when D417 does not already report it: the docstring has no
            `Args:`/`Parameters` section at all, or it is a class docstring, a Sphinx docstring, or a section
            pydocstyle does not read. Parameters documented in either the class docstring or `__init__`'s count
            for the constructor. Not checked: `self`/`cls`, `*args`/`**kwargs` and `_private` parameters unless
            the project asks for them, docstrings that are only a summary, and definitions without a docstring.
            """,
        WhyIsThisBad: """
            A docstring that explains a function but never says what one of its parameters does leaves the reader
            guessing at exactly the part they need; linters that only look inside `Args:` sections never notice.
            """,
        Example: """"
            def resize(image, width, keep_aspect=True):
                """Resize an image.

                The height follows from the width.
                """
            """",
        UseInstead: """"
            def resize(image, width, keep_aspect=True):
                """Resize an image.

                The height follows from the width unless `keep_aspect` is false.

                Args:
                    image: The image to resize.
                    width: The new width in pixels.
                    keep_aspect: Keep the width-to-height ratio.
                """
            """")
    {
        Options = "[tool.clawdev] document-var-args, document-self-and-cls, document-private; `# noqa: CD401`.",
        Fix = DraftAction.DocumentMissingParameters,
    };

    public override void Check(DefinitionFacts definition, ModuleFacts module, FindingSink sink)
    {
        if (definition.Docstring is null || !definition.IsPublic)
        {
            return;
        }
        var owner = definition.SignatureOwner();
        if (owner is null || (owner != definition && owner.Docstring is not null))
        {
            return;
        }
        var parameters = SignatureParameters.Documentable(owner, module.Settings.Parameters);
        if (parameters.Count == 0)
        {
            return;
        }
        var companion = CompanionOf(definition, owner);
        if (module.Settings.Profile == AnalysisProfile.Contribution && (CommandLineCommand.DocumentsItsParameters(owner.Definition) || !ContributionApplies(definition, companion, module)))
        {
            return;
        }
        var unmentioned = Unmentioned(parameters, definition, companion, module);
        if (unmentioned.Count == 0)
        {
            return;
        }
        var parsed = definition.ParseDocstring(module)!;
        var parsedCompanion = companion?.ParseDocstring(module);
        if ((parsed.IsSummaryOnly && (parsedCompanion is null || parsedCompanion.IsSummaryOnly)) || ParameterReference.SendsElsewhere(parsed))
        {
            return;
        }
        var hasSection = parsed.HasParameterSection || parsedCompanion is { HasParameterSection: true };
        var message = $"Docstring does not mention parameter(s) {string.Join(", ", unmentioned)}"
            + (hasSection ? "" : " (it has no Args/Parameters section)");
        sink.Report(Code, message, unmentioned);
    }

    /// <summary>
    /// In the contribution profile CD401 is for docstrings without any parameter section (with one, D417 names every
    /// parameter without an entry); decorators that supply documentation whose parameters are unknown silence it. (A
    /// command-line command's options document its parameters too: <see cref="CommandLineCommand"/>.)
    /// </summary>
    private static bool ContributionApplies(DefinitionFacts definition, DefinitionFacts? companion, ModuleFacts module)
    {
        foreach (var documented in new[] { definition, companion })
        {
            if (documented is null)
            {
                continue;
            }
            if (documented.Docstring is not null && MissingParameterEntries.HasParameterSection(documented.ParseDocstring(module)!))
            {
                return false;
            }
            if (documented.Supplied(module) is { ParameterNames: null })
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The other docstring that may document the same constructor: the class's for __init__, __init__'s for the class.</summary>
    private static DefinitionFacts? CompanionOf(DefinitionFacts definition, DefinitionFacts owner)
    {
        if (owner != definition)
        {
            return owner;
        }
        return definition.IsInit && definition.Parent is { Docstring: not null } parent ? parent : null;
    }

    /// <summary>The parameters neither docstring mentions, less those D417 reports for this definition anyway.</summary>
    private static List<string> Unmentioned(List<Parameter> parameters, DefinitionFacts definition, DefinitionFacts? companion, ModuleFacts module)
    {
        var names = parameters.ConvertAll(parameter => parameter.Name);
        var unmentioned = ParameterMentions.NotMentioned(module.Module.Text, names, definition.Docstring, companion?.Docstring);
        if (definition.Supplied(module)?.ParameterNames is { } supplied)
        {
            RemoveEach(unmentioned, supplied);
        }
        if (unmentioned.Count > 0 && module.Settings.EnabledCodes.Contains("D417") && module.Settings.Profile == AnalysisProfile.Pydocstyle
            && D417_UndocumentedParameters.MissingPerSection(definition, module) is { Count: > 0 } perSection)
        {
            var reported = new HashSet<string>(perSection[0], StringComparer.Ordinal);
            for (var i = 1; i < perSection.Count; i++)
            {
                reported.UnionWith(perSection[i]);
            }
            RemoveEach(unmentioned, reported);
        }
        return unmentioned;
    }

    // A loop: RemoveAll(set.Contains) makes a delegate to a shared generic method at every call, a slow path of the
    // runtime that cost a scan of a large tree a tenth of a second. The kept names move up in one pass (a RemoveAt
    // per name, or a list searched per name, took minutes on 80,000 parameters).
    private static void RemoveEach(List<string> names, IReadOnlySet<string> removed)
    {
        var kept = 0;
        for (var i = 0; i < names.Count; i++)
        {
            if (!removed.Contains(names[i]))
            {
                names[kept++] = names[i];
            }
        }
        names.RemoveRange(kept, names.Count - kept);
    }
}
