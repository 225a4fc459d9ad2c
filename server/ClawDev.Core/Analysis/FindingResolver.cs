using ClawDev.Core.Configuration;
using ClawDev.Core.Library;

namespace ClawDev.Core.Analysis;

/// <summary>
/// Gives one file's findings what only the whole repository knows (<see cref="ProjectFacts"/>): each finding's
/// exposure and copy facts and, in the contribution profile, withholds what a maintainer would not welcome — a kind
/// of docstring the library does not write by habit, an override its base class documents, a gap in a copy whose
/// origin reports it. The pydocstyle profile keeps every finding (exactly the linter's), annotated.
/// </summary>
public static class FindingResolver
{
    public static FileAnalysis Resolve(FileAnalysis analysis, ProjectFacts facts, AnalysisProfile profile)
    {
        var kept = new List<Finding>(analysis.Findings.Count);
        var withheld = new List<WithheldFinding>();
        foreach (var raw in analysis.Findings)
        {
            var (finding, withholding) = ResolveOne(raw, analysis.ModuleName, facts, profile);
            if (finding is not null)
            {
                kept.Add(finding);
            }
            if (withholding is not null)
            {
                withheld.Add(withholding);
            }
        }
        return analysis with { Findings = kept, Withheld = withheld };
    }

    /// <summary>One finding of the module <paramref name="module"/>: what is reported (null when withheld), and why
    /// it is withheld (null when reported).</summary>
    public static (Finding? Reported, WithheldFinding? Withheld) ResolveOne(Finding raw, string module, ProjectFacts facts, AnalysisProfile profile)
    {
        var qualified = raw.IsAboutModule ? "" : raw.Symbol;
        var exposure = facts.ExposureOf(module, qualified);
        var copyOf = qualified.Length == 0 ? null : facts.CopyOf(module, qualified);
        var copies = qualified.Length == 0 ? [] : facts.CopiesOf(new Symbol(module, qualified));
        // Most findings are about public objects outside copies: they stay as they are, not copied once more.
        var finding = exposure == raw.Exposure && copyOf is null && raw.CopyOf is null && copies.Count == 0 && raw.Copies.Count == 0
            ? raw
            : raw with { Exposure = exposure, CopyOf = copyOf, Copies = copies };
        if (profile != AnalysisProfile.Contribution)
        {
            return (finding, null);
        }
        if (Withholding(finding, module, qualified, facts) is { } reason)
        {
            return (null, new WithheldFinding(finding, reason.Kind, reason.Text));
        }
        if (WithoutInheritedFields(finding, module, qualified, facts) is var (narrowed, inherited))
        {
            if (narrowed is null)
            {
                return (null, new WithheldFinding(finding, WithholdingKind.Inherited, inherited));
            }
            finding = narrowed;
        }
        if (WithoutDeprecatedParameters(finding) is var (left, deprecated))
        {
            return left is null ? (null, new WithheldFinding(finding, WithholdingKind.Deprecated, deprecated)) : (left, null);
        }
        return (finding, null);
    }

    private static (WithholdingKind Kind, string Text)? Withholding(Finding finding, string module, string qualified, ProjectFacts facts)
    {
        if (IsMissingDocstring(finding.Code) && finding.Exposure == Exposure.Public && ProjectFacts.PrivateSegment(module) is { } segment)
        {
            return (WithholdingKind.Internal, $"the module {module} is private ({segment}) and the package neither exports nor documents it");
        }
        if (finding.Deprecation?.Whole is { } deprecated)
        {
            return (WithholdingKind.Deprecated, deprecated);
        }
        if (!facts.Habits.Requires(finding.Code))
        {
            return (WithholdingKind.NotAHabit, $"the library does not document {HabitOf(finding.Code, facts.Habits)} by habit");
        }
        var dot = qualified.LastIndexOf('.');
        // An override's docstring is its base's, and so are its parameters (Trainer.training_step's model, inputs and
        // num_items_in_batch), documented there; a constructor's parameters are its own.
        if (dot > 0 && (finding.Code is "D102" or "D105" || (finding.Code == "CD401" && qualified[(dot + 1)..] != "__init__"))
            && facts.InheritedDocumentation(module, qualified[..dot], qualified[(dot + 1)..]) is { } documentedBy)
        {
            return (WithholdingKind.Inherited, $"it overrides {documentedBy}, which documents {(finding.Code == "CD401" ? "its parameters" : "it")}");
        }
        if (finding.Code == "D102" && dot > 0 && facts.Habits.NeverDocumented(qualified[(dot + 1)..]) is { } share)
        {
            return (WithholdingKind.NotAHabit, $"the library does not document its {qualified[(dot + 1)..]} methods ({share} have a docstring) by habit");
        }
        if (finding.Code == "D102" && dot > 0 && facts.Habits.UndocumentedVisitorFamily(qualified[(dot + 1)..]) is var (visitor, visitors))
        {
            return (WithholdingKind.NotAHabit, $"the library does not document its visitors' {visitor} methods ({visitors} have a docstring) by habit");
        }
        // A family of subclasses the library leaves undocumented (TypedDicts, error classes, payload models), unless the
        // documentation pages render the class: there its missing docstring shows (ModelCard among RepoCard's).
        if (finding.Code is "D101" or "D106" && finding.Exposure != Exposure.Rendered && facts.UndocumentedSubclassFamily(module, qualified) is var (@base, subclasses))
        {
            return (WithholdingKind.NotAHabit, $"the library does not document its {@base} subclasses ({subclasses} have a docstring) by habit");
        }
        if (finding.Code == "D103" && facts.Habits.NeverDocumentedFamily(qualified) is var (family, functions))
        {
            return (WithholdingKind.NotAHabit, $"the library does not document its {family} functions ({functions} have a docstring) by habit");
        }
        if (finding.CopyOf is { InRepository: { } origin } copy && (!IsMissingDocstring(finding.Code) || !copy.OriginIsDocumented))
        {
            return (WithholdingKind.ReportedAtOrigin, $"it is a copy of {origin} (\"# Copied from\"), where the gap is reported and fixed for every copy");
        }
        // The most general habit last: a more particular reason (an override, a hook, a copy) says more.
        if (finding.Exposure == Exposure.Public && facts.Habits.RarelyDocumented(finding.Code) is { } rarely)
        {
            return (WithholdingKind.NotAHabit, $"the library documents few of its {KindOf(finding.Code)} ({rarely} have a docstring), and neither its documentation pages nor its exports show this one");
        }
        return null;
    }

    /// <summary>
    /// A dataclass's missing entries less the fields it redefines from a documented base (a new default for
    /// TrainingArguments.learning_rate is not a new parameter); null for the finding when none is left. Null when the
    /// finding is not about a dataclass's fields or none of them is inherited.
    /// </summary>
    private static (Finding? Narrowed, string Reason)? WithoutInheritedFields(Finding finding, string module, string qualified, ProjectFacts facts)
    {
        // Only a dataclass's fields: an explicit __init__'s parameters are this class's to document, whatever its base says.
        if (finding.Code != "D417" || finding.Parameters.Count == 0 || !facts.TakesFieldsAsParameters(new Symbol(module, qualified)))
        {
            return null;
        }
        var inherited = finding.Parameters.Select(name => facts.InheritedField(module, qualified, name)).ToList();
        if (inherited.All(source => source is null))
        {
            return null;
        }
        var reason = $"the base class documents {string.Join(", ", inherited.OfType<string>())}";
        var left = finding.Parameters.Where((_, index) => inherited[index] is null).ToList();
        return (left.Count == 0 ? null : finding with { Parameters = left, Message = Rules.MissingParameterEntries.Message(left) }, reason);
    }

    /// <summary>
    /// A parameter finding less the parameters the code deprecates (<see cref="Finding.Deprecation"/>); null for the
    /// finding when none is left. Null when the finding names no deprecated parameter.
    /// </summary>
    private static (Finding? Narrowed, string Reason)? WithoutDeprecatedParameters(Finding finding)
    {
        // Only findings of missing parameters: CD403's names are an order, CD402's are not the signature's.
        if (finding.Code is not ("D417" or "CD401") || finding.Deprecation is not { Parameters.Count: > 0 } deprecation
            || !finding.Parameters.Any(deprecation.Parameters.ContainsKey))
        {
            return null;
        }
        var deprecated = finding.Parameters.Where(deprecation.Parameters.ContainsKey).ToList();
        var reason = $"the code deprecates {string.Join(", ", deprecated.Select(name => $"{name} (line {deprecation.Parameters[name]})"))}";
        var left = finding.Parameters.Where(name => !deprecation.Parameters.ContainsKey(name)).ToList();
        // Parameter messages list the names joined by ", " once: the same message for the names that are left.
        return (left.Count == 0 ? null : finding with { Parameters = left, Message = finding.Message.Replace(string.Join(", ", finding.Parameters), string.Join(", ", left), StringComparison.Ordinal) }, reason);
    }

    private static bool IsMissingDocstring(string code) => code.StartsWith("D1", StringComparison.Ordinal);

    private static string KindOf(string code) => code switch
    {
        "D101" => "classes",
        "D102" => "methods",
        _ => "functions",
    };

    private static string HabitOf(string code, HabitMeasure habits) => code switch
    {
        "D100" => $"modules ({habits.Modules} have a docstring)",
        "D104" => $"packages ({habits.Packages} have a docstring)",
        "D105" => $"magic methods ({habits.MagicMethods} have a docstring)",
        "CD401" => $"parameters in sections ({habits.ParameterSections} of its docstrings of functions with parameters have one)",
        _ => $"__init__ methods ({habits.InitMethods} have a docstring)",
    };
}
