using System.CommandLine;
using ClawDev.Server.Reports;

namespace ClawDev.Server.Cli;

/// <summary>`clawdev rule [CODE]`: one rule's documentation, or the list of rules.</summary>
internal sealed class RuleCommand(RuleCatalog rules)
{
    private readonly Argument<string?> _code = new("CODE")
    {
        Description = "A rule code such as D102; without it, every rule is listed.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Command Build(CliStreams streams)
    {
        var command = new Command("rule", "Explain a rule: what it checks, why it matters, an example and the fix.") { _code };
        command.SetAction(parseResult => Run(parseResult.GetValue(_code), streams));
        return command;
    }

    private int Run(string? code, CliStreams streams)
    {
        var output = streams.OutputText;
        if (code is null)
        {
            TextColumns.Write(output, [.. rules.Rules.Select(r => new[] { r.Code, r.Name, r.Summary })], indent: "");
            return ExitCodes.Clean;
        }
        if (rules.Find(code) is not { } rule)
        {
            return CliErrors.Usage(streams, $"unknown rule code {code} (known: {string.Join(", ", rules.Codes)})", "rule");
        }
        output.Write(rule.HelpMarkdown);
        if (!rule.HelpMarkdown.EndsWith('\n'))
        {
            output.Write('\n');
        }
        return ExitCodes.Clean;
    }
}
