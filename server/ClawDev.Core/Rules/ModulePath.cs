namespace ClawDev.Core.Rules;

/// <summary>
/// What a file's path relative to the scanned root says about its module: the dotted name, whether it is a
/// package's <c>__init__</c>, and whether pydocstyle considers it public.
/// </summary>
/// <remarks>
/// pydocstyle walks the parents of the absolute path up to the file-system root or a <c>sys.path</c> entry, so its
/// answer depends on where the checkout lives and on the Python running it. ClawDev uses only the directories
/// below the scanned root: the same answer for every clone, and the one pydocstyle gives when it is run from the
/// root with relative paths.
/// </remarks>
public static class ModulePath
{
    /// <summary>"pkg/sub/mod.py" → "pkg.sub.mod"; "pkg/__init__.py" → "pkg"; a root "__init__.py" keeps "__init__".</summary>
    public static string DottedName(string relativePath)
    {
        var parts = Parts(relativePath);
        if (parts.Count == 0)
        {
            return "";
        }
        var stem = Stem(parts[^1]);
        if (stem == "__init__" && parts.Count > 1)
        {
            parts.RemoveAt(parts.Count - 1);
        }
        else
        {
            parts[^1] = stem;
        }
        return string.Join('.', parts);
    }

    /// <summary>pydocstyle's Package test: the file name ends with "__init__.py" (".pyi" stubs too).</summary>
    public static bool IsPackageInit(string relativePath) =>
        relativePath.EndsWith("__init__.py", StringComparison.Ordinal)
        || relativePath.EndsWith("__init__.pyi", StringComparison.Ordinal);

    /// <summary>pydocstyle's Module.is_public: a public file stem and no private directory on the way.</summary>
    public static bool IsPublicModule(string relativePath)
    {
        var parts = Parts(relativePath);
        if (parts.Count == 0)
        {
            return true;
        }
        for (var i = 0; i < parts.Count - 1; i++)
        {
            if (!IsPublicName(parts[i]))
            {
                return false;
            }
        }
        return IsPublicName(Stem(parts[^1]));
    }

    /// <summary>pydocstyle's _is_public_name: no leading underscore, or a dunder name like __init__ or __main__.</summary>
    public static bool IsPublicName(string name) =>
        !name.StartsWith('_') || (name.StartsWith("__", StringComparison.Ordinal) && name.EndsWith("__", StringComparison.Ordinal));

    private static List<string> Parts(string relativePath)
    {
        var parts = new List<string>();
        foreach (var part in relativePath.Split('/', '\\'))
        {
            if (part.Length > 0 && part != ".")
            {
                parts.Add(part);
            }
        }
        return parts;
    }

    /// <summary>pathlib's stem: the name without its last suffix.</summary>
    private static string Stem(string fileName)
    {
        var dot = fileName.LastIndexOf('.');
        return dot > 0 ? fileName[..dot] : fileName;
    }
}
