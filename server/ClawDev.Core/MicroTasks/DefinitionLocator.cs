using ClawDev.Core.Python;

namespace ClawDev.Core.MicroTasks;

/// <summary>
/// Finds where an ignore-list entry's object is defined. A dotted name ("sklearn.utils.extmath.fast_logdet") is
/// looked up through its module's file (with or without a src/ layout); a bare name ("AlbertModel") through an
/// index of the top-level classes and functions of every Python file, built on first need with Core's parser.
/// </summary>
internal sealed class DefinitionLocator(RepositoryFiles files, IReadOnlyList<string> pythonFiles)
{
    private readonly HashSet<string> _pythonFiles = pythonFiles.ToHashSet(StringComparer.Ordinal);
    private readonly Dictionary<string, PythonModule?> _modules = new(StringComparer.Ordinal);
    private Dictionary<string, SourceLocation>? _topLevel;

    /// <summary>The definition of <paramref name="qualifiedName"/> within one file ("Trainer.train").</summary>
    public SourceLocation? InFile(string path, string qualifiedName)
    {
        if (Module(path) is not { } module)
        {
            return null;
        }
        var definition = module.AllDefinitions().FirstOrDefault(d => d.QualifiedName == qualifiedName);
        return definition is null ? null : new SourceLocation(path, module.Lines.LineOf(definition.KeywordOffset) + 1);
    }

    /// <summary>Where <paramref name="objectName"/> (dotted, qualified or bare) is defined, or null.</summary>
    public SourceLocation? Find(string objectName)
    {
        var parts = objectName.Split('.');
        for (var moduleParts = parts.Length; moduleParts >= 1; moduleParts--)
        {
            if (ModuleFile(parts[..moduleParts]) is { } path)
            {
                return moduleParts == parts.Length ? new SourceLocation(path, 1) : InFile(path, string.Join('.', parts[moduleParts..]));
            }
        }
        return TopLevel().TryGetValue(parts[0], out var outer)
            ? parts.Length == 1 ? outer : InFile(outer.Path, objectName)
            : null;
    }

    private string? ModuleFile(string[] moduleParts)
    {
        var path = string.Join('/', moduleParts);
        string[] candidates = [$"{path}.py", $"{path}/__init__.py", $"src/{path}.py", $"src/{path}/__init__.py"];
        return candidates.FirstOrDefault(_pythonFiles.Contains);
    }

    private PythonModule? Module(string path)
    {
        if (!_modules.TryGetValue(path, out var module))
        {
            module = files.Text(path) is { } text ? PythonParser.Parse(text) : null;
            _modules[path] = module;
        }
        return module;
    }

    /// <summary>Top-level classes and functions of every file, the preferred file winning a name defined twice.</summary>
    private Dictionary<string, SourceLocation> TopLevel()
    {
        if (_topLevel is not null)
        {
            return _topLevel;
        }
        _topLevel = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var path in pythonFiles.OrderBy(Preference).ThenBy(p => p, StringComparer.Ordinal))
        {
            if (files.Text(path) is not { } text)
            {
                continue;
            }
            // Parsed, not cached: the index keeps only the names and lines of every file.
            var module = PythonParser.Parse(text);
            foreach (var definition in module.Definitions)
            {
                _topLevel.TryAdd(definition.Name, new SourceLocation(path, module.Lines.LineOf(definition.KeywordOffset) + 1));
            }
        }
        return _topLevel;
    }

    /// <summary>
    /// Library code first, then placeholder modules (transformers' utils/dummy_*_objects.py redefine every
    /// class as a stub), then tests.
    /// </summary>
    private static int Preference(string path)
    {
        var fileName = path[(path.LastIndexOf('/') + 1)..];
        if (path.StartsWith("tests/", StringComparison.Ordinal) || path.Contains("/tests/", StringComparison.Ordinal) || fileName.StartsWith("test_", StringComparison.Ordinal))
        {
            return 2;
        }
        return fileName.StartsWith("dummy_", StringComparison.Ordinal) ? 1 : 0;
    }
}
