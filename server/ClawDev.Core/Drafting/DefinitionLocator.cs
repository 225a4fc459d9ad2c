using ClawDev.Core.Analysis;
using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting;

/// <summary>Finds the definition an editor position or a finding is about.</summary>
public static class DefinitionLocator
{
    /// <summary>The innermost definition whose span (decorators to last body line) holds <paramref name="offset"/>, or null.</summary>
    public static Definition? At(PythonModule module, int offset)
    {
        Definition? found = null;
        var candidates = module.Definitions;
        while (true)
        {
            var inner = candidates.FirstOrDefault(d => d.Span.Start <= offset && offset <= d.Span.End);
            if (inner is null)
            {
                return found;
            }
            found = inner;
            candidates = inner.Children;
        }
    }

    /// <summary>The definition a finding was reported on (by its name span and symbol), or null for module findings.</summary>
    public static Definition? Of(PythonModule module, Finding finding) => Among(module.AllDefinitions(), finding);

    /// <summary>Of <paramref name="candidates"/>, the one whose name span is the finding's, preferring the one with its symbol.</summary>
    internal static Definition? Among(IEnumerable<Definition> candidates, Finding finding)
    {
        Definition? bySpan = null;
        foreach (var definition in candidates)
        {
            if (definition.NameSpan != finding.Span)
            {
                continue;
            }
            if (definition.QualifiedName == finding.Symbol)
            {
                return definition;
            }
            bySpan ??= definition;
        }
        return bySpan;
    }
}
