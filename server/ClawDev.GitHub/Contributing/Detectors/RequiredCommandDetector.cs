using System.Text.RegularExpressions;

namespace ClawDev.GitHub.Contributing.Detectors;

/// <summary>
/// Commands to run before submitting: inline code in a sentence that asks to run something ("run `make style`
/// before submitting"), or the lines of a code block that such a sentence introduces. Only lines that start with
/// a known check or formatting tool count, so set-up steps (<c>git clone</c>, <c>pip install</c>) are not taken for checks.
/// Left out too, since a contributor cannot run them as written for this change: templates with placeholders
/// (<c>pytest tests/&lt;TEST_TO_RUN&gt;.py</c>), one-time set-up of the check tools (<c>pre-commit install</c>),
/// and whatever a sentence or section about one platform says (how to get <c>make</c> on Windows).
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
        if (AboutOnePlatform(statement.Lead ?? statement))
        {
            return;
        }
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

    /// <summary>The command without a shell prompt or a trailing comment (huggingface_hub's <c>$ make style   #
    /// auto-format code</c>) when it starts with a check tool (directly, through <c>python -m</c>, <c>uv run</c>, or a
    /// repository script such as <c>python utils/check_copies.py</c>), else null.</summary>
    internal static string? AsCommand(string text)
    {
        var command = text.Trim();
        if (command.StartsWith("$ ", StringComparison.Ordinal) || command.StartsWith("> ", StringComparison.Ordinal))
        {
            command = command[2..].TrimStart();
        }
        command = WithoutComment(command);
        var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (Placeholder().IsMatch(command))
        {
            return null;
        }
        var isCheck = words switch
        {
            [] => false,
            ["pre-commit" or "prek", var subcommand, ..] => !SetUpSubcommands.Contains(subcommand),
            ["make", "install" or "setup", ..] => false,
            ["uv" or "pipx" or "poetry", "run", var tool, ..] => CheckTools.Contains(tool),
            ["python" or "python3", "-m", var module, ..] => CheckTools.Contains(module),
            ["python" or "python3", var script, ..] => RepositoryScript().IsMatch(script),
            [var tool, ..] => CheckTools.Contains(tool),
        };
        return isCheck ? command : null;
    }

    /// <summary>The command before a shell comment: a '#' that begins a word outside quotes.</summary>
    private static string WithoutComment(string command)
    {
        var quote = '\0';
        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || char.IsWhiteSpace(command[i - 1])))
            {
                return command[..i].TrimEnd();
            }
        }
        return command;
    }

    /// <summary>pre-commit's subcommands that install, update or remove the hooks rather than run them.</summary>
    private static readonly HashSet<string> SetUpSubcommands = new(StringComparer.Ordinal)
    {
        "install", "install-hooks", "uninstall", "autoupdate", "init-templatedir", "migrate-config", "clean", "gc",
    };

    /// <summary>A sentence, or the section it is in, about one operating system: set-up notes, not checks.</summary>
    private static bool AboutOnePlatform(PolicyStatement statement) =>
        Platform().IsMatch(statement.Text) || Platform().IsMatch(statement.Section);

    [GeneratedRegex(@"\b(Windows|WSL|MSYS2?|Cygwin|PowerShell|cmd\.exe|macOS|Mac OS|OS X|Homebrew)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Platform();

    /// <summary>A template's blank to fill in: <c>&lt;TEST_TO_RUN&gt;</c>, <c>&lt;your handle&gt;</c>, <c>{model_name}</c>.</summary>
    [GeneratedRegex(@"<[A-Za-z_][^<>]*>|\{[A-Za-z_][\w ]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\b(run|runs|running|execute|make sure|ensure|before (?:submitting|opening|pushing|sending|committing|creating|you (?:submit|open|push|commit))|(?:must|should|have to|need to) pass|check that)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksToRun();

    [GeneratedRegex(@"^(utils|scripts|tools|dev|ci)/[\w/.-]+\.py$", RegexOptions.CultureInvariant)]
    private static partial Regex RepositoryScript();
}
