using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting.Grounding;

/// <summary>
/// Finds the documented method an override inherits its documentation from, across files, without resolving
/// imports exactly. Heuristic:
/// <list type="bullet">
/// <item>bases are taken by simple name ("nn.Module" is "Module", "Base[T]" is "Base");</item>
/// <item>a base name is looked up in the current module first, then in the index; among several classes of
/// that name in other files, one whose module name appears in an import line of the current file wins
/// ("from .trainer_base import BaseTrainer" points at trainer_base.py), then the first path in ordinal order;</item>
/// <item>bases are searched depth first, left to right, each class once (Python's C3 order only differs for
/// diamonds); the first class whose method of that name has a docstring wins, as inspect.getdoc does;</item>
/// <item>a class never resolves to itself (class Module(nn.Module) looks for another Module).</item>
/// </list>
/// </summary>
internal sealed class BaseClassResolver(ParameterDescriptionIndex? index, ModuleDocumentation local, string moduleText)
{
    private const int MaxClassesVisited = 64;
    private HashSet<string>? _importedNames;

    /// <summary>For a method: the nearest documented method of that name in its class's bases. For a class: its bases' constructor documentation.</summary>
    public InheritedDocumentation? Find(Definition definition)
    {
        var (owner, method) = definition.IsClass ? (definition, "__init__") : (definition.Parent, definition.Name);
        if (owner is not { IsClass: true } || LocalClass(owner.QualifiedName) is not { } start)
        {
            return null;
        }
        var visited = new HashSet<(string, string)> { (local.Path, start.Symbol) };
        var pending = new Stack<string>(Enumerable.Reverse(start.Bases));
        while (pending.Count > 0 && visited.Count < MaxClassesVisited)
        {
            if (Resolve(pending.Pop(), visited) is not var (path, record))
            {
                continue;
            }
            visited.Add((path, record.Symbol));
            if (record.Methods.TryGetValue(method, out var documented))
            {
                return new InheritedDocumentation(path, documented.Symbol, documented.Summary, documented.Parameters, documented.Returns);
            }
            for (var i = record.Bases.Count - 1; i >= 0; i--)
            {
                pending.Push(record.Bases[i]);
            }
        }
        return null;
    }

    private ClassRecord? LocalClass(string symbol) => local.Classes.FirstOrDefault(c => c.Symbol == symbol);

    private (string Path, ClassRecord Class)? Resolve(string name, HashSet<(string, string)> visited)
    {
        foreach (var candidate in local.Classes)
        {
            if (candidate.Name == name && !visited.Contains((local.Path, candidate.Symbol)))
            {
                return (local.Path, candidate);
            }
        }
        if (index is null)
        {
            return null;
        }
        var best = index.ClassesNamed(name, exceptPath: local.Path)
            .Where(c => !visited.Contains((c.Path, c.Class.Symbol)))
            .OrderBy(c => ImportedNames().Contains(c.ModuleName) ? 0 : 1)
            .ThenBy(static c => c.Path, StringComparer.Ordinal)
            .ThenBy(static c => c.Class.Symbol, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Class is null ? null : (best.Path, best.Class);
    }

    /// <summary>Every word on the current file's "import" and "from ... import" lines.</summary>
    private HashSet<string> ImportedNames()
    {
        if (_importedNames is not null)
        {
            return _importedNames;
        }
        _importedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in moduleText.AsSpan().EnumerateLines())
        {
            var trimmed = line.TrimStart();
            if (!trimmed.StartsWith("import ", StringComparison.Ordinal) && !trimmed.StartsWith("from ", StringComparison.Ordinal))
            {
                continue;
            }
            var start = -1;
            for (var i = 0; i <= trimmed.Length; i++)
            {
                var isWordChar = i < trimmed.Length && (char.IsLetterOrDigit(trimmed[i]) || trimmed[i] == '_');
                if (isWordChar && start < 0)
                {
                    start = i;
                }
                else if (!isWordChar && start >= 0)
                {
                    _importedNames.Add(trimmed[start..i].ToString());
                    start = -1;
                }
            }
        }
        return _importedNames;
    }
}
