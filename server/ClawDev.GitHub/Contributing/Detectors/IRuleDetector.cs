namespace ClawDev.GitHub.Contributing.Detectors;

/// <summary>Reads one kind of rule from the statements of a contribution document.</summary>
internal interface IRuleDetector
{
    /// <summary>Adds the rules <paramref name="statement"/> states to <paramref name="rules"/>.</summary>
    void Detect(PolicyStatement statement, List<PolicyRule> rules);
}
