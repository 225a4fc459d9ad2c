namespace ClawDev.Core.MicroTasks;

/// <summary>
/// Lists the micro-tasks maintainers keep in their own repository, offline: entries of docstring ignore lists
/// (transformers' <c>OBJECTS_TO_IGNORE</c>, scikit-learn's <c>DOCSTRING_IGNORE_LIST</c>…), numpydoc's exclude
/// patterns (pyproject.toml or conf.py) and pydoclint baselines (<c>baseline</c> in <c>[tool.pydoclint]</c>, or
/// <c>pydoclint-baseline.txt</c>). Each says where its entry is and, when found, where its object is defined.
/// </summary>
public static class MicroTaskFinder
{
    public const string DefaultBaseline = "pydoclint-baseline.txt";

    /// <param name="repositoryRoot">The checkout's root directory.</param>
    /// <param name="pythonFiles">The repository's Python files, relative with '/' separators (as a file lister gives them).</param>
    public static MicroTaskList Find(string repositoryRoot, IReadOnlyList<string> pythonFiles, CancellationToken cancellationToken = default)
    {
        var notes = new List<string>();
        var files = new RepositoryFiles(repositoryRoot, notes);
        var locator = new DefinitionLocator(files, pythonFiles);
        var tasks = new List<MicroTask>();
        foreach (var list in PythonIgnoreLists.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (files.Text(list.Path) is { } text)
            {
                tasks.AddRange(PythonListTasks(list, text, locator));
            }
        }
        var pyproject = files.Text("pyproject.toml") is { } toml ? PyprojectSettings.Read(toml, repositoryRoot, notes) : PyprojectSettings.Empty;
        tasks.AddRange(pyproject.NumpydocExcludes.Select(exclude =>
            PatternTask(exclude.Pattern, "[tool.numpydoc_validation] exclude in pyproject.toml", new SourceLocation("pyproject.toml", exclude.Line), locator)));
        cancellationToken.ThrowIfCancellationRequested();
        var baselinePath = pyproject.PydoclintBaseline?.Replace('\\', '/').TrimStart('.', '/') ?? DefaultBaseline;
        if (files.Text(baselinePath) is { } baseline)
        {
            tasks.AddRange(PydoclintBaseline.Read(baseline).Select(entry => new MicroTask(
                entry.ObjectName, false, $"pydoclint baseline {baselinePath}", new SourceLocation(baselinePath, entry.Line),
                locator.InFile(entry.FilePath, entry.ObjectName), string.Join("\n", entry.Violations), MicroTaskAction.FixAndDelete)));
        }
        else if (pyproject.PydoclintBaseline is not null)
        {
            notes.Add($"pyproject.toml names the pydoclint baseline {baselinePath}, which does not exist");
        }
        return new MicroTaskList(tasks, notes);
    }

    private static IEnumerable<MicroTask> PythonListTasks(PythonIgnoreLists.Known list, string text, DefinitionLocator locator)
    {
        var source = $"{list.Variable} in {list.Path}";
        foreach (var entry in PythonStringList.Read(text, list.Variable))
        {
            var location = new SourceLocation(list.Path, entry.Line);
            yield return list.IsPatternList
                ? PatternTask(entry.Value, source, location, locator)
                : new MicroTask(entry.Value, false, source, location, locator.Find(entry.Value), null, MicroTaskAction.DocumentAndDelete);
        }
    }

    private static MicroTask PatternTask(string pattern, string source, SourceLocation entry, DefinitionLocator locator) =>
        NumpydocPattern.PlainName(pattern) is { } name
            ? new MicroTask(name, false, source, entry, locator.Find(name), null, MicroTaskAction.DocumentAndDelete)
            : new MicroTask(pattern, true, source, entry, null, null, MicroTaskAction.NarrowPattern);
}
