using ClawDev.Core.Configuration;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting;
using ClawDev.Core.Python;
using ClawDev.Core.Rules.Pydocstyle;

namespace ClawDev.Core.Rules;

/// <summary>
/// D417: an argument section (NumPy "Parameters", Google "Args"/"Arguments") that does not describe every
/// argument. Exactly pydocstyle 6.2.3's check (see <see cref="ArgumentSectionCheck"/> and
/// <see cref="SignatureParameters.ForD417"/>): every function, method and nested function is checked whatever its
/// publicity; one finding per section that misses something. A separate path, off unless
/// <see cref="FileSettings.D417IncludesSphinx"/>, applies the same expectation to Sphinx ":param x:" fields, which
/// pydocstyle does not read.
/// </summary>
internal sealed class D417_UndocumentedParameters : DefinitionRule
{
    public override RuleDescriptor Descriptor { get; } = new(
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
            not checked, and the docstring's last line is not part of its last section. With `d417-sphinx`, Sphinx
            docstrings with `:param x:` fields are checked the same way. In the contribution profile (the repository
            configures no docstring linter) the check is ClawDev's own: any definition whose docstring has a
            parameter section in any style (Google, Hugging Face, NumPy, Sphinx `:param`) needs an entry for every
            parameter CD401 counts, whatever other sections it has and wherever else the name appears; constructor
            entries may stand in the class or the `__init__` docstring, and entries that Hugging Face's docstring
            decorators supply count.
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
        Options = "ruff: ignore-var-parameters; [tool.clawdev] d417-sphinx; ignore-decorators; `# noqa: D417`.",
        Fix = DraftAction.DocumentMissingParameters,
    };

    public override void Check(DefinitionFacts definition, ModuleFacts module, FindingSink sink)
    {
        if (module.Settings.Profile == AnalysisProfile.Contribution)
        {
            if (MissingParameterEntries.Of(definition, module) is { Count: > 0 } entries)
            {
                sink.Report(Code, MissingParameterEntries.Message(entries), entries);
            }
            return;
        }
        foreach (var missing in MissingPerSection(definition, module))
        {
            sink.Report(Code, Message(missing, definition.Name), missing);
        }
    }

    /// <summary>For each argument section that misses expected parameters, their names in signature order.</summary>
    internal static IReadOnlyList<List<string>> MissingPerSection(DefinitionFacts definition, ModuleFacts module)
    {
        if (!definition.IsFunctionLike
            || definition.Docstring is not { } docstring
            || !ParameterSectionHint.MayHaveParameterSection(module.Module.Text, docstring))
        {
            return [];
        }
        var settings = module.Settings;
        var expected = SignatureParameters.ForD417(definition, settings);
        if (expected.Count == 0)
        {
            return [];
        }
        var sections = new MissingArguments(expected);
        ArgumentSectionCheck.Read(docstring.LiteralText, allowStarredNames: settings.Linter == DocstringLinter.Ruff, sections);
        if (sections.Count == 0 && settings.D417IncludesSphinx)
        {
            ReadSphinxParameters(definition, module, sections);
        }
        return sections.Missing;
    }

    /// <summary>A Sphinx docstring's ":param:" fields as one argument section ("*args" read as "args"); nothing without such fields.</summary>
    private static void ReadSphinxParameters(DefinitionFacts definition, ModuleFacts module, ArgumentSectionReader reader)
    {
        var parsed = definition.ParseDocstring(module);
        if (parsed is not { Style: DocstringStyle.Sphinx } || parsed.FindSection(SectionKind.Parameters) is null)
        {
            return;
        }
        foreach (var parameter in parsed.DocumentedParameters)
        {
            reader.Describes(parameter.Name);
        }
        reader.SectionEnds();
    }

    /// <summary>Which expected parameters each section leaves undescribed. A described name is looked up, not
    /// compared with every parameter: 40,000 parameters documented in reverse order took minutes.</summary>
    private sealed class MissingArguments : ArgumentSectionReader
    {
        private readonly List<Parameter> _expected;

        // The first parameter of each name. Its values are a reference type: the span lookup of such a dictionary is
        // compiled ahead of time, an int-valued one's at every start.
        private readonly Dictionary<string, Parameter> _byName;

        // The names the current section describes; at its end, also the ones listed missing (a name is listed once).
        private readonly HashSet<string> _described = new(StringComparer.Ordinal);
        private List<List<string>>? _missing;

        public MissingArguments(List<Parameter> expected)
        {
            _expected = expected;
            _byName = new Dictionary<string, Parameter>(expected.Count, StringComparer.Ordinal);
            foreach (var parameter in expected)
            {
                _byName.TryAdd(parameter.Name, parameter);
            }
        }

        /// <summary>How many sections were read.</summary>
        public int Count { get; private set; }

        /// <summary>Per section that misses something, the missing names in signature order.</summary>
        public IReadOnlyList<List<string>> Missing => _missing ?? [];

        public override void Describes(ReadOnlySpan<char> name)
        {
            var lookup = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(name, out var parameter))
            {
                _described.Add(parameter.Name);
            }
            // "*args" and "**kwargs" describe the variadic parameter of that name, and only it.
            var stars = name.StartsWith("**") ? 2 : name.StartsWith('*') ? 1 : 0;
            if (stars > 0 && lookup.TryGetValue(name[stars..], out parameter)
                && parameter.Kind == (stars == 1 ? ParameterKind.VarPositional : ParameterKind.VarKeyword))
            {
                _described.Add(parameter.Name);
            }
        }

        public override void SectionEnds()
        {
            Count++;
            List<string>? missing = null;
            foreach (var parameter in _expected)
            {
                if (_described.Add(parameter.Name))
                {
                    (missing ??= []).Add(parameter.Name);
                }
            }
            if (missing is not null)
            {
                (_missing ??= []).Add(missing);
            }
            _described.Clear();
        }
    }

    /// <summary>pydocstyle's message: the names sorted, the function name as Python's repr.</summary>
    private static string Message(List<string> missing, string functionName)
    {
        var sorted = missing.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return $"Missing argument descriptions in the docstring (argument(s) {string.Join(", ", sorted)} are missing descriptions in '{functionName}' docstring)";
    }
}
