using ClawDev.Core.Analysis;
using ClawDev.Core.Drafting;
using ClawDev.Core.Python;
using ClawDev.Server.Lsp.Indexing;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.Workspace;
using StreamJsonRpc;

namespace ClawDev.Server.Lsp.CodeActions;

/// <summary>
/// The drafting code actions: one quick fix for each fixable ClawDev diagnostic — the best draft, its descriptions
/// grounded on the whole workspace — and "Document everything in this file". Listing only names the target in
/// each action's data; <see cref="Resolve"/> drafts the edit.
/// </summary>
internal sealed class DocstringFixes(WorkspaceDescriptions descriptions)
{
    public const string DocumentFileTitle = "Document everything in this file";

    public IReadOnlyList<CodeAction> List(CodeActionParams parameters, ServerState state, CancellationToken cancellationToken)
    {
        if (!state.Client.TakesCodeActions
            || !state.Documents.TryGetValue(parameters.TextDocument.Uri, out var document)
            || DraftContext.Open(document, state, descriptions, cancellationToken) is not { } draft)
        {
            return [];
        }
        var only = parameters.Context.Only;
        var actions = new List<CodeAction>();
        if (Wants(only, CodeActionKind.QuickFix))
        {
            foreach (var element in parameters.Context.Diagnostics)
            {
                if (OwnDiagnostic.Read(element) is { } diagnostic && DraftActions.For(diagnostic.Code) is { } action)
                {
                    AddQuickFixes(actions, draft, diagnostic, action);
                }
            }
        }
        if (Wants(only, CodeActionKind.DocumentFile) && draft.Analysis.Findings.Any(finding => DraftActions.For(finding.Code) is not null))
        {
            actions.Add(new CodeAction
            {
                Title = DocumentFileTitle,
                Kind = CodeActionKind.DocumentFile,
                Data = new CodeActionData(document.Uri, document.Version),
            });
        }
        // A client that cannot resolve gets the edits now.
        return state.Client.ResolvesCodeActionEdits ? actions : [.. actions.Select(action => TryResolve(action, draft, state.Client)).OfType<CodeAction>()];
    }

    /// <summary>Drafts the action's edit.</summary>
    /// <exception cref="LocalRpcException">RequestFailed, with a sentence for the user, when there is nothing to draft.</exception>
    public CodeAction Resolve(CodeAction action, ServerState state, CancellationToken cancellationToken)
    {
        var data = action.Data ?? throw Failure(LspErrorCodes.InvalidParams, "the code action carries no data; it was not made by ClawDev");
        if (!state.Documents.TryGetValue(data.Uri, out var document))
        {
            throw Failure(LspErrorCodes.RequestFailed, $"{data.Uri} is no longer open");
        }
        var draft = DraftContext.Open(document, state, descriptions, cancellationToken)
            ?? throw Failure(LspErrorCodes.RequestFailed, $"{data.Uri} is not analysed (not in a folder whose configuration can be read, or excluded)");
        var result = Draft(draft, data);
        return result.HasEdits
            ? action with { Edit = WorkspaceEdits.For(document, result, state.Client) }
            : throw Failure(LspErrorCodes.RequestFailed, $"Nothing to draft: {result.Explanation}");
    }

    private static void AddQuickFixes(List<CodeAction> actions, DraftContext draft, OwnDiagnostic diagnostic, DraftAction action) =>
        actions.Add(QuickFix(Title(action, diagnostic), draft, diagnostic));

    private static CodeAction QuickFix(string title, DraftContext draft, OwnDiagnostic diagnostic) => new()
    {
        Title = title,
        Kind = CodeActionKind.QuickFix,
        Diagnostics = [diagnostic.Json],
        IsPreferred = true,
        Data = new CodeActionData(draft.Document.Uri, draft.Document.Version)
        {
            Code = diagnostic.Code,
            Symbol = diagnostic.Symbol,
            Line = diagnostic.Line,
        },
    };

    private static string Title(DraftAction action, OwnDiagnostic diagnostic) => action switch
    {
        DraftAction.DraftDocstring when DraftActions.IsModuleCode(diagnostic.Code) => $"Draft docstring for module {diagnostic.Symbol}",
        DraftAction.DraftDocstring => $"Draft docstring for {diagnostic.Symbol}",
        DraftAction.DocumentMissingParameters => $"Document missing parameters of {diagnostic.Symbol}",
        _ => $"Update docstring of {diagnostic.Symbol} to its signature",
    };

    private static DraftResult Draft(DraftContext draft, CodeActionData data)
    {
        var drafter = draft.Drafter();
        if (data.Code is null)
        {
            return drafter.Use(d => d.DocumentFile(draft.Analysis.Findings));
        }
        var finding = data.Symbol is null ? null : draft.Find(data.Code, data.Symbol, data.Line);
        return finding is null
            ? DraftResult.Nothing($"{data.Code} is no longer reported for {data.Symbol}")
            : drafter.Use(d => d.Fix(finding));
    }

    private static CodeAction? TryResolve(CodeAction action, DraftContext draft, ClientProfile client)
    {
        var result = Draft(draft, action.Data!);
        return result.HasEdits ? action with { Edit = WorkspaceEdits.For(draft.Document, result, client) } : null;
    }

    /// <summary>Whether <paramref name="kind"/> is asked for: no filter, or a filter entry that is it or a parent of it.</summary>
    private static bool Wants(IReadOnlyList<string>? only, string kind) =>
        only is null || only.Any(wanted => kind == wanted || kind.StartsWith(wanted + ".", StringComparison.Ordinal));

    private static LocalRpcException Failure(int code, string message) => new(message) { ErrorCode = code };
}
