namespace ClawDev.GitHub.MicroTasks;

/// <summary>A place in the repository: a '/'-separated relative path and a 1-based line.</summary>
public sealed record SourceLocation(string Path, int Line)
{
    public override string ToString() => $"{Path}:{Line}";
}

/// <summary>
/// A small task the maintainers curated themselves: an object their docstring checks skip (an ignore-list entry
/// or a baseline line). Documenting it and deleting the entry is a change they have already asked for.
/// </summary>
/// <param name="ObjectName">As the entry names it: "AlbertModel", "sklearn.utils.extmath.fast_logdet", "Trainer.train";
/// for a pattern entry, the pattern.</param>
/// <param name="IsPattern">True for a regular expression entry (numpydoc's exclude list) that is not a plain name.</param>
/// <param name="Source">"OBJECTS_TO_IGNORE in utils/check_docstrings.py".</param>
/// <param name="Entry">The entry's own line, the one to delete.</param>
/// <param name="DefinedAt">Where the object is defined, when it can be found in the repository.</param>
/// <param name="Detail">What the check reports, when the source says (a baseline's violation text).</param>
/// <param name="Action">"document this and delete its line".</param>
public sealed record MicroTask(
    string ObjectName,
    bool IsPattern,
    string Source,
    SourceLocation Entry,
    SourceLocation? DefinedAt,
    string? Detail,
    string Action);

/// <summary>The micro-tasks of a repository, and what could not be read.</summary>
public sealed record MicroTaskList(IReadOnlyList<MicroTask> Tasks, IReadOnlyList<string> Notes);
