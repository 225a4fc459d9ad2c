using ClawDev.Core.Python;

namespace ClawDev.Core.Rules;

/// <summary>
/// Whether a top-level function or class is public: listed in <c>__all__</c> when the module has one, otherwise
/// not starting with '_' (pydocstyle's Function.is_public, which Class.is_public reuses).
/// </summary>
internal sealed class ExportedNames
{
    private readonly HashSet<string>? _names;
    private readonly string? _substringOf;
    private readonly bool _incomplete;

    private ExportedNames(HashSet<string>? names, string? substringOf, bool incomplete)
    {
        _names = names;
        _substringOf = substringOf;
        _incomplete = incomplete;
    }

    /// <param name="useFullReading">
    /// False: pydocstyle's view (<see cref="DunderAll.PydocstyleNames"/>), which ignores <c>__all__</c> entirely when
    /// it is changed after the first assignment, and reads <c>["name"]</c> as the string "name", whose substrings
    /// all count as listed (<see cref="DunderAll.PydocstyleNamesIsString"/>). True: every static change; where some
    /// change could not be read, names the list misses fall back to the underscore convention rather than being
    /// declared private.
    /// </param>
    public static ExportedNames For(DunderAll? all, bool useFullReading)
    {
        if (all is null)
        {
            return new ExportedNames(null, null, incomplete: false);
        }
        if (useFullReading)
        {
            return new ExportedNames(new HashSet<string>(all.Names, StringComparer.Ordinal), null, incomplete: !all.IsStatic);
        }
        return all.PydocstyleNames switch
        {
            null => new ExportedNames(null, null, incomplete: false),
            [var single] when all.PydocstyleNamesIsString => new ExportedNames(null, single, incomplete: false),
            var names => new ExportedNames(new HashSet<string>(names, StringComparer.Ordinal), null, incomplete: false),
        };
    }

    public bool IsPublic(string name)
    {
        var conventionallyPublic = !name.StartsWith('_');
        if (_substringOf is not null)
        {
            return _substringOf.Contains(name, StringComparison.Ordinal);
        }
        if (_names is null)
        {
            return conventionallyPublic;
        }
        return _names.Contains(name) || (_incomplete && conventionallyPublic);
    }
}
