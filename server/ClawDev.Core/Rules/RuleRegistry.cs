using ClawDev.Core.Configuration;
using ClawDev.Core.Configuration.Codes;

namespace ClawDev.Core.Rules;

/// <summary>
/// Every rule ClawDev knows: each concrete <see cref="Rule"/> in this assembly, found once, so adding a rule is adding
/// its file. They run in code order, D codes first (<see cref="CodeListText.Compare"/>): the terminal D1xx rules come
/// before the others, since a missing docstring ends the checks of a definition, as in pydocstyle.
/// </summary>
public static class RuleRegistry
{
    private static readonly Rule[] AllRules = Discover();

    internal static readonly ModuleRule[] ModuleRules = [.. AllRules.OfType<ModuleRule>()];

    internal static readonly DefinitionRule[] DefinitionRules = [.. AllRules.OfType<DefinitionRule>()];

    private static readonly RuleDescriptor[] AllDescriptors =
        [.. AllRules.Select(static rule => rule.Descriptor).OrderBy(static descriptor => descriptor.Code, StringComparer.Ordinal)];

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
    public static bool IsAboutModule(string code) =>
        ModuleRules.Any(rule => string.Equals(rule.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The codes that are on in <paramref name="profile"/> unless configuration turns them off, in code order.</summary>
    internal static IEnumerable<string> OnByDefault(AnalysisProfile profile) =>
        AllRules.Where(rule => rule.Descriptor.OnByDefaultIn.Contains(profile)).Select(static rule => rule.Code);

    private static Rule[] Discover()
    {
        var rules = typeof(Rule).Assembly.GetTypes()
            .Where(static type => type.IsSubclassOf(typeof(Rule)) && !type.IsAbstract)
            .Select(static type => (Rule)Activator.CreateInstance(type, nonPublic: true)!)
            .ToList();
        rules.Sort(static (left, right) => CodeListText.Compare(left.Code, right.Code));
        return [.. rules];
    }
}
