using ClawDev.Core.Configuration;
using ClawDev.Core.Python;

namespace ClawDev.Core.Rules;

/// <summary>Everything the rules ask about the file as a whole, computed once per file.</summary>
internal sealed class ModuleFacts
{
    public required PythonModule Module { get; init; }
    public required FileSettings Settings { get; init; }
    public required string RelativePath { get; init; }

    /// <summary>"pkg.sub.mod": the symbol of module findings.</summary>
    public required string DottedName { get; init; }

    /// <summary>pydocstyle's Package: an __init__ file (D104 instead of D100).</summary>
    public required bool IsPackage { get; init; }

    public required bool IsPublic { get; init; }
    public required ExportedNames Exported { get; init; }

    /// <summary>pydocstyle's skipped_error_codes for the module, or "" when noqa comments are not honoured.</summary>
    public required string SkippedCodes { get; init; }

    /// <summary>A flake8-style noqa comment on the first line (where module findings are reported), if honoured.</summary>
    public NoqaComment? Noqa { get; init; }

    public static ModuleFacts Create(PythonModule module, string relativePath, FileSettings settings, string? moduleName)
    {
        NoqaComment? noqa = null;
        if (settings.HonourNoqa)
        {
            module.Noqa.TryGetValue(0, out noqa);
        }
        return new ModuleFacts
        {
            Module = module,
            Settings = settings,
            RelativePath = relativePath,
            DottedName = moduleName ?? ModulePath.DottedName(relativePath),
            IsPackage = ModulePath.IsPackageInit(relativePath),
            IsPublic = ModulePath.IsPublicModule(relativePath),
            Exported = ExportedNames.For(module.All, settings.UseFullDunderAll),
            SkippedCodes = settings.HonourNoqa ? module.PydocstyleSkip : "",
            Noqa = noqa,
        };
    }
}
