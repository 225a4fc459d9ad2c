namespace ClawDev.Core.MicroTasks;

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
/// <param name="Action">What the contributor does about it.</param>
public sealed record MicroTask(
    string ObjectName,
    bool IsPattern,
    string Source,
    SourceLocation Entry,
    SourceLocation? DefinedAt,
    string? Detail,
    MicroTaskAction Action);

/// <summary>The micro-tasks of a repository, and what could not be read.</summary>
public sealed record MicroTaskList(IReadOnlyList<MicroTask> Tasks, IReadOnlyList<string> Notes);

/// <summary>What a contributor does about a micro-task.</summary>
public enum MicroTaskAction
{
    /// <summary>An ignore-list entry naming one object.</summary>
    DocumentAndDelete,

    /// <summary>A pydoclint baseline entry: its violations are listed.</summary>
    FixAndDelete,

    /// <summary>An exclude pattern that is not a plain name.</summary>
    NarrowPattern,
}

public static class MicroTaskActions
{
    /// <summary>The action in a sentence that needs no context (the CLI's reports).</summary>
    public static string Sentence(this MicroTaskAction action) => action switch
    {
        MicroTaskAction.DocumentAndDelete => "document this and delete its line",
        MicroTaskAction.FixAndDelete => "fix its docstring and delete its baseline lines",
        _ => "document the objects this pattern excludes, then narrow or delete it",
    };
}
