using ClawDev.Core.Configuration;
using ClawDev.Core.Python;

namespace ClawDev.Core.Rules;

/// <summary>Which of a function's parameters a rule expects to see documented.</summary>
internal static class SignatureParameters
{
    /// <summary>
    /// D417's expectation. pydocstyle: the positional-or-keyword and keyword-only parameters (get_function_args reads
    /// ast args.args + kwonlyargs, so neither positional-only nor *args/**kwargs); for methods that are not
    /// "@staticmethod" the first of those is dropped whatever it is called (for <c>def m(self, /, x)</c> that is
    /// <c>x</c>: pydocstyle's behaviour, kept); then names starting with '_'. Ruff: positional-only parameters too,
    /// the first one dropped for methods, and *args/**kwargs unless ignore-var-parameters.
    /// </summary>
    public static List<Parameter> ForD417(DefinitionFacts definition, FileSettings settings)
    {
        var ruff = settings.Linter == DocstringLinter.Ruff;
        var expected = new List<Parameter>();
        foreach (var parameter in definition.Definition.Parameters)
        {
            var included = parameter.Kind switch
            {
                ParameterKind.PositionalOrKeyword or ParameterKind.KeywordOnly => true,
                ParameterKind.PositionalOnly => ruff,
                _ => ruff && !settings.IgnoreVarParameters,
            };
            if (included)
            {
                expected.Add(parameter);
            }
        }
        if (definition.IsMethod && !definition.IsStatic && expected.Count > 0 && IsDroppableFirst(expected[0], ruff))
        {
            expected.RemoveAt(0);
        }
        expected.RemoveAll(static p => p.Name.StartsWith('_'));
        return expected;
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

    /// <summary>Ruff only drops a positional first parameter; pydocstyle drops whatever comes first.</summary>
    private static bool IsDroppableFirst(Parameter first, bool ruff) =>
        !ruff || first.Kind is ParameterKind.PositionalOnly or ParameterKind.PositionalOrKeyword;
}
