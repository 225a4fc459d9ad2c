namespace ClawDev.Core.Drafting;

/// <summary>The quick fixes drafting offers.</summary>
public enum DraftAction
{
    /// <summary>Write a docstring where there is none (D100–D107).</summary>
    DraftDocstring,

    /// <summary>Add the entries the docstring lacks, every existing byte kept (D417, CD401).</summary>
    DocumentMissingParameters,

    /// <summary>Add missing entries, put entries in signature order, mark entries of removed parameters (CD402, CD403).</summary>
    UpdateToSignature,
}

public static class DraftActions
{
    /// <summary>The action that fixes a finding with this rule code, or null when drafting cannot fix it. Cheap: for listing code actions.</summary>
    public static DraftAction? For(string code) => code.ToUpperInvariant() switch
    {
        "D100" or "D101" or "D102" or "D103" or "D104" or "D105" or "D106" or "D107" => DraftAction.DraftDocstring,
        "D417" or "CD401" => DraftAction.DocumentMissingParameters,
        "CD402" or "CD403" => DraftAction.UpdateToSignature,
        _ => null,
    };

    /// <summary>Whether the code is about the module's own docstring (D100, D104) rather than a definition's.</summary>
    public static bool IsModuleCode(string code) =>
        string.Equals(code, "D100", StringComparison.OrdinalIgnoreCase) || string.Equals(code, "D104", StringComparison.OrdinalIgnoreCase);

    /// <summary>The title an editor shows for the action.</summary>
    public static string Title(DraftAction action) => action switch
    {
        DraftAction.DraftDocstring => "Draft docstring",
        DraftAction.DocumentMissingParameters => "Document missing parameters",
        _ => "Update docstring to signature",
    };
}
