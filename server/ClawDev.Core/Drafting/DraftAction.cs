using ClawDev.Core.Rules;

namespace ClawDev.Core.Drafting;

/// <summary>The quick fixes drafting offers.</summary>
public enum DraftAction
{
    /// <summary>Write a docstring where there is none (the missing-docstring rules).</summary>
    DraftDocstring,

    /// <summary>Add the entries the docstring lacks, every existing byte kept.</summary>
    DocumentMissingParameters,

    /// <summary>Add missing entries, put entries in signature order, mark entries of removed parameters.</summary>
    UpdateToSignature,
}

public static class DraftActions
{
    /// <summary>The action that fixes a finding with this rule code (its rule's descriptor says), or null when drafting
    /// cannot fix it. Cheap: for listing code actions.</summary>
    public static DraftAction? For(string code) => RuleRegistry.Find(code)?.Fix;

    /// <summary>The title an editor shows for the action.</summary>
    public static string Title(DraftAction action) => action switch
    {
        DraftAction.DraftDocstring => "Draft docstring",
        DraftAction.DocumentMissingParameters => "Document missing parameters",
        _ => "Update docstring to signature",
    };
}
