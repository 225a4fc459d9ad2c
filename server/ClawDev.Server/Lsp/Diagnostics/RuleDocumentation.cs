namespace ClawDev.Server.Lsp.Diagnostics;

/// <summary>The one place rule documentation links are made.</summary>
internal static class RuleDocumentation
{
    public static string LinkFor(string code) => $"https://clawdev.invalid/rules/{code}";
}
