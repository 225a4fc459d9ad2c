using ClawDev.Core.Analysis;
using ClawDev.Core.Drafting;
using ClawDev.Core.Rules;
using ClawDev.Server.Lsp.Analysis;
using ClawDev.Server.Lsp.Documents;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.Workspace;
using StreamJsonRpc;

namespace ClawDev.Server.Lsp.CodeActions;

/// <summary>
/// The drafting code actions: one quick fix for each fixable ClawDev diagnostic — the best draft, its descriptions
/// grounded on the whole workspace — and "Document everything in this file". Listing only names the target in
/// each action's data; <see cref="Resolve"/> drafts the edit. A fix at the origin of copies carries to every copy
/// (<see cref="CopyFixes"/>); a gap in a copy gets no in-place edit, which <c>make fix-copies</c> would revert.
/// </summary>
internal sealed class DocstringFixes(DraftSources sources, ResolvedFindings resolved)
{
    public const string DocumentFileTitle = "Document everything in this file";

    /// <param name="document">The open document the request names; null when it is not open.</param>
    public IReadOnlyList<CodeAction> List(CodeActionParams parameters, TextDocument? document, ServerState state, CancellationToken cancellationToken)
    {
        if (!state.Client.TakesCodeActions
            || document is null
            || DraftContext.Open(document, state, sources, cancellationToken) is not { } draft)
        {
            return [];
        }
        var only = parameters.Context.Only;
        var actions = new List<CodeAction>();
        if (Wants(only, CodeActionKind.QuickFix))
        {
            foreach (var element in parameters.Context.Diagnostics)
            {
                if (OwnDiagnostic.Read(element) is { } diagnostic && DraftActions.For(diagnostic.Code) is { } action
                    && draft.Find(diagnostic.Code, diagnostic.Symbol, diagnostic.Line) is { } finding
                    && CopyAdvice.AllowsInPlaceFix(resolved.Of(finding, draft, state)))
                {
                    AddQuickFixes(actions, draft, diagnostic, action);
                }
            }
        }
        if (Wants(only, CodeActionKind.DocumentFile) && Fixable(draft, state).Any())
        {
            actions.Add(new CodeAction
            {
                Title = DocumentFileTitle,
                Kind = CodeActionKind.DocumentFile,
                Data = new CodeActionData(document.Uri, document.Version),
            });
        }
        // A client that cannot resolve gets the edits now.
        return state.Client.ResolvesCodeActionEdits ? actions : [.. actions.Select(action => TryResolve(action, draft, state, cancellationToken)).OfType<CodeAction>()];
    }

    /// <summary>Drafts the action's edit.</summary>
    /// <exception cref="LocalRpcException">RequestFailed, with a sentence for the user, when there is nothing to draft.</exception>
    /// <param name="document">The open document the action's data names; null when it is no longer open.</param>
    public CodeAction Resolve(CodeAction action, TextDocument? document, ServerState state, CancellationToken cancellationToken)
    {
        var data = action.Data ?? throw Failure(LspErrorCodes.InvalidParams, "the code action carries no data; it was not made by ClawDev");
        if (document is null)
        {
            throw Failure(LspErrorCodes.RequestFailed, $"{data.Uri} is no longer open");
        }
        var draft = DraftContext.Open(document, state, sources, cancellationToken)
            ?? throw Failure(LspErrorCodes.RequestFailed, $"{data.Uri} is not analysed (not in a folder whose configuration can be read, or excluded)");
        var (result, copies) = Draft(draft, data, state, cancellationToken);
        return result.HasEdits
            ? action with { Edit = WorkspaceEdits.For(document, result, state.Client, copies) }
            : throw Failure(LspErrorCodes.RequestFailed, $"Nothing to draft: {result.Explanation}");
    }

    /// <summary>The findings the whole-file action drafts: those reported (resolved), not in copies, with a draft action.</summary>
    private IEnumerable<Finding> Fixable(DraftContext draft, ServerState state) =>
        resolved.Of(draft.Analysis, draft.Target, state).Findings.Where(finding => DraftActions.For(finding.Code) is not null && CopyAdvice.AllowsInPlaceFix(finding));

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
        DraftAction.DraftDocstring when RuleRegistry.IsAboutModule(diagnostic.Code) => $"Draft docstring for module {diagnostic.Symbol}",
        DraftAction.DraftDocstring => $"Draft docstring for {diagnostic.Symbol}",
        DraftAction.DocumentMissingParameters => $"Document missing parameters of {diagnostic.Symbol}",
        _ => $"Update docstring of {diagnostic.Symbol} to its signature",
    };

    private (DraftResult Result, CopiedEdits Copies) Draft(DraftContext draft, CodeActionData data, ServerState state, CancellationToken cancellationToken)
    {
        var drafter = draft.Drafter();
        if (data.Code is null)
        {
            var findings = Fixable(draft, state).ToList();
            return CopyFixes.Extend(draft, drafter.Use(d => d.DocumentFile(findings)), findings, state, cancellationToken);
        }
        if ((data.Symbol is null ? null : draft.Find(data.Code, data.Symbol, data.Line)) is not { } raw)
        {
            return (DraftResult.Nothing($"{data.Code} is no longer reported for {data.Symbol}"), CopiedEdits.None);
        }
        var finding = resolved.Of(raw, draft, state);
        if (!CopyAdvice.AllowsInPlaceFix(finding))
        {
            return (DraftResult.Nothing($"{data.Symbol} is {CopyAdvice.For(finding)}"), CopiedEdits.None);
        }
        return CopyFixes.Extend(draft, drafter.Use(d => d.Fix(raw)), [finding], state, cancellationToken);
    }

    private CodeAction? TryResolve(CodeAction action, DraftContext draft, ServerState state, CancellationToken cancellationToken)
    {
        var (result, copies) = Draft(draft, action.Data!, state, cancellationToken);
        return result.HasEdits ? action with { Edit = WorkspaceEdits.For(draft.Document, result, state.Client, copies) } : null;
    }

    /// <summary>Whether <paramref name="kind"/> is asked for: no filter, or a filter entry that is it or a parent of it.</summary>
    private static bool Wants(IReadOnlyList<string>? only, string kind) =>
        only is null || only.Any(wanted => kind == wanted || kind.StartsWith(wanted + ".", StringComparison.Ordinal));

    private static LocalRpcException Failure(int code, string message) => new(message) { ErrorCode = code };
}
