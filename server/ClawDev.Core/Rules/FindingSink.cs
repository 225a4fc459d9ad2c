using ClawDev.Core.Analysis;
using ClawDev.Core.Python;

namespace ClawDev.Core.Rules;

/// <summary>
/// Collects the findings of one file. The analyzer points it at the module or a definition before running that
/// target's rules, so a rule only says what is wrong; where it is and whether a noqa comment silences it is
/// decided here, once.
/// </summary>
internal sealed class FindingSink
{
    private readonly List<Finding> _findings = [];
    private string _symbol = "";
    private int _line;
    private int _column;
    private TextSpan _span;
    private string _skippedCodes = "";
    private NoqaComment? _noqa;

    public IReadOnlyList<Finding> Findings => _findings;

    public void TargetModule(ModuleFacts module)
    {
        _symbol = module.DottedName;
        _line = 0;
        _column = 0;
        _span = new TextSpan(0, 0);
        _skippedCodes = module.SkippedCodes;
        _noqa = module.Noqa;
    }

    public void TargetDefinition(DefinitionFacts definition)
    {
        _symbol = definition.Definition.QualifiedName;
        _line = definition.Line;
        _column = definition.Column;
        _span = definition.Definition.NameSpan;
        _skippedCodes = definition.SkippedCodes;
        _noqa = definition.Noqa;
    }

    /// <param name="parameters">For parameter rules: the parameter names concerned, in signature order.</param>
    public void Report(string code, string message, IReadOnlyList<string>? parameters = null)
    {
        if (IsSuppressed(code))
        {
            return;
        }
        _findings.Add(new Finding(code, message, _symbol, _line, _column, _span, parameters ?? []));
    }

    /// <summary>Marks each finding from position <paramref name="from"/> on with what its definition's code deprecates.</summary>
    public void MarkDeprecated(int from, Deprecation deprecation)
    {
        for (var i = from; i < _findings.Count; i++)
        {
            _findings[i] = _findings[i] with { Deprecation = deprecation };
        }
    }

    /// <summary>True when the current target's noqa comments silence <paramref name="code"/>.</summary>
    public bool IsSuppressed(string code) =>
        // pydocstyle tests `code in skipped_error_codes` on the text after "noqa: ", a substring test.
        _skippedCodes.Contains(code, StringComparison.Ordinal) || (_noqa is not null && _noqa.Suppresses(code));
}
