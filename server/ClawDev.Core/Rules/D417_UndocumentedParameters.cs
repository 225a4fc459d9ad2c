using ClawDev.Core.Configuration;
using ClawDev.Core.Python;
using ClawDev.Core.Rules.Pydocstyle;

namespace ClawDev.Core.Rules;

/// <summary>
/// D417: an argument section (NumPy "Parameters", Google "Args"/"Arguments") that does not describe every
/// argument. Exactly pydocstyle 6.2.3's check (see <see cref="ArgumentSectionCheck"/> and
/// <see cref="SignatureParameters.ForD417"/>): every function, method and nested function is checked whatever its
/// publicity; one finding per section that misses something.
/// </summary>
internal sealed class D417_UndocumentedParameters : DefinitionRule
{
    public override RuleDoc Doc { get; } = new(
        Code: "D417",
        Name: "undocumented-param",
        Summary: "Missing argument descriptions in the docstring",
        WhatItDoes: """
            Checks that a function's `Args:`/`Arguments:` (Google) or `Parameters` (NumPy) section describes every
            argument. Checked are the positional-or-keyword and keyword-only parameters, without `self`/`cls` (the
            first parameter of a method that is not a `@staticmethod`) and without names starting with an
            underscore; `*args`, `**kwargs` and positional-only parameters are not required (with ruff semantics:
            positional-only ones are, and so are `*args`/`**kwargs` unless `ignore-var-parameters`). A docstring
            without such a section is not checked (see CD401). As in pydocstyle, a docstring that also has any NumPy
            section name (`Returns`, `Raises`, `Examples`, `Notes`, ...) is read as NumPy, so its Google `Args:` is
            not checked, and the docstring's last line is not part of its last section.
            """,
        WhyIsThisBad: """
            An argument section that lists some parameters but not others reads as complete while it is not; the
            missing ones are exactly what a reader cannot guess.
            """,
        Example: """"
            def connect(host, port, timeout):
                """Open a connection.

                Args:
                    host: Server name.
                    port: TCP port.
                """
            """",
        UseInstead: """"
            def connect(host, port, timeout):
                """Open a connection.

                Args:
                    host: Server name.
                    port: TCP port.
                    timeout: Seconds to wait before giving up.
                """
            """")
    {
        Options = "ruff: ignore-var-parameters; ignore-decorators; `# noqa: D417`.",
    };

    public override void Check(DefinitionFacts definition, ModuleFacts module, FindingSink sink)
    {
        if (!definition.IsFunctionLike || definition.Docstring is not { } docstring)
        {
            return;
        }
        var expected = SignatureParameters.ForD417(definition, module.Settings);
        if (expected.Count == 0)
        {
            return;
        }
        var ruff = module.Settings.Linter == DocstringLinter.Ruff;
        foreach (var described in ArgumentSectionCheck.DescribedNames(docstring.Literal, allowStarredNames: ruff))
        {
            var missing = Missing(expected, described);
            if (missing.Count > 0)
            {
                sink.Report(Code, Message(missing, definition.Name), missing);
            }
        }
    }

    /// <summary>The expected parameters a section does not describe, in signature order.</summary>
    private static List<string> Missing(List<Parameter> expected, HashSet<string> described)
    {
        var missing = new List<string>();
        foreach (var parameter in expected)
        {
            if (!IsDescribed(parameter, described) && !missing.Contains(parameter.Name))
            {
                missing.Add(parameter.Name);
            }
        }
        return missing;
    }

    private static bool IsDescribed(Parameter parameter, HashSet<string> described) => parameter.Kind switch
    {
        ParameterKind.VarPositional => described.Contains(parameter.Name) || described.Contains("*" + parameter.Name),
        ParameterKind.VarKeyword => described.Contains(parameter.Name) || described.Contains("**" + parameter.Name),
        _ => described.Contains(parameter.Name),
    };

    /// <summary>pydocstyle's message: the names sorted, the function name as Python's repr.</summary>
    internal static string Message(IReadOnlyList<string> missing, string functionName)
    {
        var sorted = missing.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return $"Missing argument descriptions in the docstring (argument(s) {string.Join(", ", sorted)} are missing descriptions in '{functionName}' docstring)";
    }
}
