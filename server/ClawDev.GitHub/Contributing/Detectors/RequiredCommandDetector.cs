using System.Text.RegularExpressions;

namespace ClawDev.GitHub.Contributing.Detectors;

/// <summary>
/// Commands to run before submitting: inline code in a sentence that asks to run something ("run `make style`
/// before submitting"), or the lines of a code block that such a sentence introduces. Only lines that start with
/// a known check or formatting tool count, so set-up steps (<c>git clone</c>, <c>pip install</c>) are not taken for checks.
/// </summary>
internal sealed partial class RequiredCommandDetector : IRuleDetector
{
    private static readonly HashSet<string> CheckTools = new(StringComparer.Ordinal)
    {
        "make", "pre-commit", "prek", "ruff", "tox", "nox", "black", "isort", "flake8", "mypy", "pyright", "pylint",
        "pytest", "codespell", "doc-builder", "hatch", "lintrunner", "pydocstyle", "interrogate", "yapf", "clang-format",
    };

    public void Detect(PolicyStatement statement, List<PolicyRule> rules)
    {
        switch (statement.Kind)
        {
            case StatementKind.Sentence when AsksToRun().IsMatch(statement.Text):
                foreach (var span in statement.CodeSpans)
                {
                    Add(span, statement, statement.Source, rules);
                }
                break;
            case StatementKind.CodeLine when statement.Lead is { } lead && AsksToRun().IsMatch(lead.Text):
                // The source quotes the sentence that asks, at the line of the command itself.
                Add(statement.Text, lead, lead.Source with { Line = statement.Line }, rules);
                break;
        }
    }

    private static void Add(string text, PolicyStatement asking, PolicySource source, List<PolicyRule> rules)
    {
        if (AsCommand(text) is { } command && !rules.Exists(r => r.Kind == PolicyRuleKind.RequiredCommand && r.Command == command))
        {
            rules.Add(new PolicyRule(PolicyRuleKind.RequiredCommand, PolicyWording.SeverityOf(asking.Text), source) { Command = command });
        }
    }

    /// <summary>The command without a shell prompt when it starts with a check tool (directly, through
    /// <c>python -m</c>, <c>uv run</c>, or a repository script such as <c>python utils/check_copies.py</c>), else null.</summary>
    internal static string? AsCommand(string text)
    {
        var command = text.Trim();
        if (command.StartsWith("$ ", StringComparison.Ordinal) || command.StartsWith("> ", StringComparison.Ordinal))
        {
            command = command[2..].TrimStart();
        }
        var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var isCheck = words switch
        {
            [] => false,
            ["uv" or "pipx" or "poetry", "run", var tool, ..] => CheckTools.Contains(tool),
            ["python" or "python3", "-m", var module, ..] => CheckTools.Contains(module),
            ["python" or "python3", var script, ..] => RepositoryScript().IsMatch(script),
            [var tool, ..] => CheckTools.Contains(tool),
        };
        return isCheck ? command : null;
    }

    [GeneratedRegex(@"\b(run|runs|running|execute|make sure|ensure|before (?:submitting|opening|pushing|sending|committing|creating|you (?:submit|open|push|commit))|(?:must|should|have to|need to) pass|check that)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksToRun();

    [GeneratedRegex(@"^(utils|scripts|tools|dev|ci)/[\w/.-]+\.py$", RegexOptions.CultureInvariant)]
    private static partial Regex RepositoryScript();
}
