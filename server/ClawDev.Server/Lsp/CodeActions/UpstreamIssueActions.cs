using System.Text.Json;

namespace ClawDev.Server.Lsp.CodeActions;

/// <summary>
/// "Find upstream issue for `SYMBOL`" on each ClawDev diagnostic: a command for the client
/// (<see cref="CommandId"/>, arguments <c>[uri, symbol, position]</c>), which then asks
/// <c>clawdev/findUpstreamIssues</c>. Listing it asks GitHub nothing; GitHub is asked only when the user picks it.
/// </summary>
internal static class UpstreamIssueActions
{
    public const string CommandId = "clawdev.findUpstreamIssue";

    public static IReadOnlyList<CodeAction> List(CodeActionParams parameters)
    {
        // It edits nothing, so it is no quick fix or source action: it has no kind, and a request for some kinds
        // only (a quick-fix list, a fix-all on save) does not get it.
        if (parameters.Context.Only is not null)
        {
            return [];
        }
        var uri = parameters.TextDocument.Uri;
        var actions = new List<CodeAction>();
        var offered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in parameters.Context.Diagnostics)
        {
            if (OwnDiagnostic.Read(element) is not { } diagnostic || !offered.Add(diagnostic.Symbol))
            {
                continue;
            }
            var position = element.GetProperty("range").GetProperty("start");
            actions.Add(new CodeAction
            {
                Title = $"Find upstream issue for `{diagnostic.Symbol}`",
                IsPreferred = false,
                Diagnostics = [diagnostic.Json],
                Command = new Command($"Find upstream issue for `{diagnostic.Symbol}`", CommandId,
                    [JsonSerializer.SerializeToElement(uri), JsonSerializer.SerializeToElement(diagnostic.Symbol), position.Clone()]),
            });
        }
        return actions;
    }
}
