using ClawDev.Core.Configuration;
using ClawDev.Core.Configuration.Codes;

namespace ClawDev.Core.Rules;

/// <summary>
/// Every rule ClawDev knows: each concrete <see cref="Rule"/> in this assembly, listed when it is compiled
/// (ClawDev.Core.Generators' RuleListGenerator writes <c>NewRules</c>), so adding a rule is adding its file. They run
/// in code order, D codes first (<see cref="CodeListText.Compare"/>): the terminal D1xx rules come before the others,
/// since a missing docstring ends the checks of a definition, as in pydocstyle.
/// </summary>
public static partial class RuleRegistry
{
    private static readonly Rule[] AllRules = SortedRules();

    internal static readonly ModuleRule[] ModuleRules = Only<ModuleRule>();

    internal static readonly DefinitionRule[] DefinitionRules = Only<DefinitionRule>();

    private static readonly RuleDescriptor[] AllDescriptors = SortedDescriptors();

    /// <summary>Every rule's descriptor, ordered by code.</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors => AllDescriptors;

    /// <summary>The descriptor of <paramref name="code"/> (any case), or null for an unknown code.</summary>
    public static RuleDescriptor? Find(string code)
    {
        foreach (var descriptor in AllDescriptors)
        {
            if (string.Equals(descriptor.Code, code, StringComparison.OrdinalIgnoreCase))
            {
                return descriptor;
            }
        }
        return null;
    }

    /// <summary>Whether <paramref name="code"/> is a rule about the module's own docstring (D100, D104) rather than a definition's.</summary>
    public static bool IsAboutModule(string code)
    {
        // A loop: asked for every finding, and a lambda over the code would allocate each time.
        foreach (var rule in ModuleRules)
        {
            if (string.Equals(rule.Code, code, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Every rule's code, in code order.</summary>
    internal static IReadOnlyList<string> Codes { get; } = CodesOf(static _ => true);

    /// <summary>The codes that are on in <paramref name="profile"/> unless configuration turns them off, in code order.</summary>
    internal static IReadOnlyList<string> OnByDefault(AnalysisProfile profile) => CodesOf(rule => rule.Descriptor.IsOnByDefaultIn(profile));

    private static List<string> CodesOf(Func<Rule, bool> which)
    {
        var codes = new List<string>();
        foreach (var rule in AllRules)
        {
            if (which(rule))
            {
                codes.Add(rule.Code);
            }
        }
        return codes;
    }

    private static T[] Only<T>()
        where T : Rule
    {
        var rules = new List<T>();
        foreach (var rule in AllRules)
        {
            if (rule is T kind)
            {
                rules.Add(kind);
            }
        }
        return [.. rules];
    }

    /// <summary>The rules in code order.</summary>
    private static Rule[] SortedRules()
    {
        var rules = NewRules();
        rules.Sort(static (left, right) => CodeListText.Compare(left.Code, right.Code));
        return [.. rules];
    }

    /// <summary>The descriptors by code (Array.Sort: LINQ's OrderBy brings generic code compiled at every start).</summary>
    private static RuleDescriptor[] SortedDescriptors()
    {
        var descriptors = new RuleDescriptor[AllRules.Length];
        for (var i = 0; i < descriptors.Length; i++)
        {
            descriptors[i] = AllRules[i].Descriptor;
        }
        Array.Sort(descriptors, static (left, right) => string.CompareOrdinal(left.Code, right.Code));
        return descriptors;
    }
}
