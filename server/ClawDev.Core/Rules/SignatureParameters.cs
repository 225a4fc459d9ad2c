using ClawDev.Core.Configuration;
using ClawDev.Core.Python;

namespace ClawDev.Core.Rules;

/// <summary>Which of a function's parameters a rule expects to see documented.</summary>
internal static class SignatureParameters
{
    /// <summary>
    /// D417's expectation, in signature order. pydocstyle: the positional-or-keyword and keyword-only parameters
    /// (get_function_args reads ast args.args + kwonlyargs, so neither positional-only nor *args/**kwargs). Ruff:
    /// positional-only ones too, and *args/**kwargs unless ignore-var-parameters. For methods that are not
    /// "@staticmethod" both drop the first of their named parameters whatever it is called (for
    /// <c>def m(self, /, x)</c> pydocstyle drops <c>x</c>, for <c>def m(*, a)</c> both drop <c>a</c>: kept on
    /// purpose); then names starting with '_' go.
    /// </summary>
    public static List<Parameter> ForD417(DefinitionFacts definition, FileSettings settings)
    {
        var ruff = settings.Linter == DocstringLinter.Ruff;
        var dropFirstNamed = definition.IsMethod && !definition.IsStatic;
        var expected = new List<Parameter>();
        foreach (var parameter in definition.Definition.Parameters)
        {
            var isNamed = parameter.Kind switch
            {
                ParameterKind.PositionalOrKeyword or ParameterKind.KeywordOnly => true,
                ParameterKind.PositionalOnly => ruff,
                _ => false,
            };
            if (isNamed && dropFirstNamed)
            {
                dropFirstNamed = false;
                continue;
            }
            var isExpectedVariadic = !isNamed && ruff && !settings.IgnoreVarParameters
                && parameter.Kind is ParameterKind.VarPositional or ParameterKind.VarKeyword;
            if ((isNamed || isExpectedVariadic) && !parameter.Name.StartsWith('_'))
            {
                expected.Add(parameter);
            }
        }
        return expected;
    }

    /// <summary>
    /// Whether a docstring entry for a name the signature does not have is right to be there all the same: it
    /// documents an attribute the class declares (huggingface_hub lists its dataclasses' <c>field(init=False)</c>
    /// fields, and the annotated attributes an explicit <c>__init__</c> fills in, under <c>Args:</c>) or the private
    /// parameter the name stands for (<c>token</c> for a <c>_token</c> field); or it is no entry but a section header
    /// indented one level too deep (<c>Returns:</c> inside <c>Args:</c>), which renaming or removing would not mend;
    /// or the definition is a property, whose entries describe the callable it returns (networkx's <c>G.degree</c>
    /// view, called with <c>nbunch</c> and <c>weight</c>). CD402 does not report such an entry and
    /// update-to-signature does not mark it.
    /// </summary>
    /// <param name="documented">The definition whose docstring has the entry.</param>
    public static bool KeptWithoutParameter(DefinitionFacts documented, FileSettings settings, string name, Func<string, bool> inSignature) =>
        (documented.Definition.IsClass && documented.Definition.DeclaredAttributes.Contains(name)) || inSignature("_" + name) || documented.IsProperty(settings)
        || (name.Length > 0 && char.IsUpper(name[0]) && (Docstrings.SectionNames.TryGoogle(name, out _) || Docstrings.SectionNames.TryNumPy(name, out _)));

    /// <summary>Each parameter name's first position in <paramref name="signature"/>: one lookup per documented name
    /// instead of a walk along the signature.</summary>
    public static Dictionary<string, int> Positions(IReadOnlyList<Parameter> signature)
    {
        var positions = new Dictionary<string, int>(signature.Count, StringComparer.Ordinal);
        for (var i = 0; i < signature.Count; i++)
        {
            positions.TryAdd(signature[i].Name, i);
        }
        return positions;
    }

    /// <summary>
    /// The parameters ClawDev's own rules expect documented, per <see cref="ParameterOptions"/>: *args/**kwargs only
    /// with DocumentVarArgs; the implicit first parameter of methods (self, cls; also of __new__) only with
    /// DocumentSelfAndCls; '_' names only with DocumentPrivate.
    /// </summary>
    public static List<Parameter> Documentable(DefinitionFacts function, ParameterOptions options)
    {
        var parameters = function.Definition.Parameters;
        var documentable = new List<Parameter>(parameters.Count);
        var skipFirstPositional = function.IsMethod && !function.IsStatic && !options.DocumentSelfAndCls;
        foreach (var parameter in parameters)
        {
            var isPositional = parameter.Kind is ParameterKind.PositionalOnly or ParameterKind.PositionalOrKeyword;
            if (skipFirstPositional && isPositional)
            {
                skipFirstPositional = false;
                continue;
            }
            if (!options.DocumentVarArgs && parameter.Kind is ParameterKind.VarPositional or ParameterKind.VarKeyword)
            {
                continue;
            }
            if (!options.DocumentPrivate && parameter.Name.StartsWith('_'))
            {
                continue;
            }
            documentable.Add(parameter);
        }
        return documentable;
    }
}
