namespace ClawDev.Server.Lsp.Diagnostics;

/// <summary>The one place rule documentation links are made.</summary>
internal static class RuleDocumentation
{
    /// <summary>pydocstyle's list of its codes: the D codes mean the same in ClawDev.</summary>
    private const string PydocstyleCodes = "https://www.pydocstyle.org/en/stable/error_codes.html";

    /// <summary>The page documenting <paramref name="code"/>, or null when there is none to link to.</summary>
    public static string? LinkFor(string code) =>
        code.Length == 4 && code[0] == 'D' && char.IsAsciiDigit(code[1]) ? PydocstyleCodes : null;
}
