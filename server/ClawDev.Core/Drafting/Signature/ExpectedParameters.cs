using ClawDev.Core.Configuration;
using ClawDev.Core.Python;
using ClawDev.Core.Rules;

namespace ClawDev.Core.Drafting.Signature;

/// <summary>Which parameters a docstring should document so that no parameter rule reports it.</summary>
internal static class ExpectedParameters
{
    /// <summary>
    /// In signature order: the parameters CD401 asks for (<see cref="ParameterOptions"/>) and, when D417 is
    /// enabled, those D417 asks for (ruff also wants positional-only ones and *args/**kwargs). For a class, its
    /// __init__'s; none when the class defines no __init__. In the contribution profile not those the code
    /// deprecates (<see cref="DefinitionFacts.Deprecation"/>): their gaps are withheld, so no draft documents them;
    /// none for a command-line command, whose options' help documents them (<see cref="Rules.CommandLineCommand"/>).
    /// </summary>
    public static List<Parameter> For(DefinitionFacts target, ModuleFacts module)
    {
        if (target.SignatureOwner() is not { } owner)
        {
            return [];
        }
        var settings = module.Settings;
        if (settings.Profile == AnalysisProfile.Contribution && Rules.CommandLineCommand.DocumentsItsParameters(owner.Definition))
        {
            return [];
        }
        var deprecated = settings.Profile == AnalysisProfile.Contribution ? target.Deprecation(module).Parameters : null;
        var wanted = new HashSet<Parameter>(SignatureParameters.Documentable(owner, settings.Parameters));
        if (target.IsFunctionLike && settings.EnabledCodes.Contains("D417"))
        {
            wanted.UnionWith(SignatureParameters.ForD417(target, settings));
        }
        var expected = new List<Parameter>(wanted.Count);
        foreach (var parameter in owner.Definition.Parameters)
        {
            if (wanted.Contains(parameter) && !(deprecated?.ContainsKey(parameter.Name) ?? false))
            {
                expected.Add(parameter);
            }
        }
        return expected;
    }
}
