using ClawDev.Core.Python;

namespace ClawDev.Core.Rules;

/// <summary>
/// Whether a top-level function or class is public: listed in <c>__all__</c> when the module has one, otherwise
/// not starting with '_' (pydocstyle's Function.is_public, which Class.is_public reuses).
/// </summary>
internal sealed class ExportedNames
{
    private readonly HashSet<string>? _names;
    private readonly bool _incomplete;

    private ExportedNames(HashSet<string>? names, bool incomplete)
    {
        _names = names;
        _incomplete = incomplete;
    }

    /// <param name="useFullReading">
    /// False: pydocstyle's view (<see cref="DunderAll.PydocstyleNames"/>), which ignores <c>__all__</c> entirely when
    /// it is changed after the first assignment. True: every static change, and where some change could not be read,
    /// names the list misses fall back to the underscore convention rather than being declared private.
    /// </param>
    public static ExportedNames For(DunderAll? all, bool useFullReading)
    {
        if (all is null)
        {
            return new ExportedNames(null, incomplete: false);
        }
        var names = useFullReading ? all.Names : all.PydocstyleNames;
        return names is null
            ? new ExportedNames(null, incomplete: false)
            : new ExportedNames(new HashSet<string>(names, StringComparer.Ordinal), useFullReading && !all.IsStatic);
    }

    public bool IsPublic(string name)
    {
        var conventionallyPublic = !name.StartsWith('_');
        if (_names is null)
        {
            return conventionallyPublic;
        }
        return _names.Contains(name) || (_incomplete && conventionallyPublic);
    }
}
