using ClawDev.Core.Drafting.Signature;
using ClawDev.Core.Drafting.Writing;
using ClawDev.Core.Python;
using ClawDev.Core.Rules;

namespace ClawDev.Core.Drafting;

/// <summary>What a new docstring for a definition says, from its signature, its body and grounded descriptions.</summary>
internal static class DraftContentBuilder
{
    /// <param name="parameters">The parameters to document (see <see cref="ParametersToWrite"/>).</param>
    public static DraftContent For(DraftingSession session, DefinitionFacts target, IReadOnlyList<Parameter> parameters, Grounding.Grounding grounding)
    {
        var definition = target.Definition;
        var content = new DraftContent(grounding.Summary(definition.Name)) { Parameters = Documented(parameters, grounding) };
        if (definition.IsClass)
        {
            return content;
        }
        var typing = ReturnTyping.Of(definition);
        var isProperty = target.IsProperty(session.Settings);
        return content with
        {
            // A property reads like an attribute ("The model's name."), so it gets no Returns section (Google style guide).
            Returns = typing.HasReturns && !isProperty ? new ValueDoc(typing.ReturnType, grounding.Returns()) : null,
            Yields = typing.Yields ? new ValueDoc(typing.YieldType, Placeholder.YieldedValues) : null,
            Raises = definition.RaisedExceptions.Select(static e => new RaisedDoc(e, Placeholder.Raised(e))).ToArray(),
        };
    }

    public static List<ParameterDoc> Documented(IEnumerable<Parameter> parameters, Grounding.Grounding grounding)
    {
        var documented = new List<ParameterDoc>();
        foreach (var parameter in parameters)
        {
            var typing = grounding.Typing(parameter);
            var grounded = grounding.Parameter(parameter.Name, typing.Type, typing.StatedDefault, parameter.Kind is ParameterKind.VarPositional or ParameterKind.VarKeyword, parameter.Annotation is not null);
            documented.Add(new ParameterDoc(parameter, typing.WithDocumentedType(grounded.DocumentedType, grounded.SpellsOutAnAlias), grounded.Description));
        }
        return documented;
    }

    /// <summary>
    /// The expected parameters a docstring without a parameter section should list. Constructor parameters go
    /// in whichever of the class docstring and __init__'s is written first: when the other one already covers
    /// (mentions) every one of them, none; else all, since a parameter section, once written, must be complete
    /// for D417.
    /// </summary>
    public static List<Parameter> ParametersToWrite(DraftingSession session, DefinitionFacts target, IReadOnlySet<string> documentedElsewhere)
    {
        var expected = ExpectedParameters.For(target, session.ModuleFacts);
        var companion = Companion(target)?.Docstring;
        var coveredElsewhere = expected.Count > 0 && ParameterMentions.NotMentioned(
            session.Text, [.. expected.Where(p => !documentedElsewhere.Contains(p.Name)).Select(p => p.Name)], companion).Count == 0;
        return coveredElsewhere ? [] : expected;
    }

    /// <summary>The class for its __init__, the __init__ for its class: the other docstring that may document the constructor.</summary>
    private static DefinitionFacts? Companion(DefinitionFacts target) =>
        target.Definition.IsClass ? target.Constructor() : target.IsInit ? target.Parent : null;
}
