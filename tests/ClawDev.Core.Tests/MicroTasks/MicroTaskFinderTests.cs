using System.Runtime.CompilerServices;
using System.Text;
using ClawDev.Core.MicroTasks;
using ClawDev.Core.Tests.Support;

namespace ClawDev.Core.Tests.MicroTasks;

/// <summary>Each folder under Fixtures/ is a repository; its micro-tasks and notes are compared with its tasks.txt.</summary>
public sealed class MicroTaskFinderTests
{
    private static readonly string Folder = FixturesFolder();

    public static TheoryData<string> Repositories() => new(Directory.GetDirectories(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Repositories))]
    public void Tasks_match_snapshot(string repository)
    {
        var root = Path.Combine(Folder, repository);
        var pythonFiles = Directory.GetFiles(root, "*.py", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        var found = MicroTaskFinder.Find(root, pythonFiles);

        Snapshot.Match(Path.Combine(root, "tasks.txt"), Render(found));
    }

    [Fact]
    public void Cancellation_stops_the_search()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => MicroTaskFinder.Find(Path.Combine(Folder, "transformers"), [], cancelled.Token));
    }

    private static string Render(MicroTaskList found)
    {
        var text = new StringBuilder();
        foreach (var task in found.Tasks)
        {
            var name = task.IsPattern ? $"pattern {task.ObjectName}" : task.ObjectName;
            text.AppendLine($"{task.Entry} {name} ({task.Source})");
            text.AppendLine($"    defined at: {task.DefinedAt?.ToString() ?? "not found"}; {task.Action.Sentence()}");
            foreach (var line in task.Detail?.Split('\n') ?? [])
            {
                text.AppendLine($"    | {line}");
            }
        }
        foreach (var note in found.Notes)
        {
            text.AppendLine($"note: {note}");
        }
        return text.ToString();
    }

    private static string FixturesFolder([CallerFilePath] string testSourcePath = "") =>
        Path.Combine(Path.GetDirectoryName(testSourcePath)!, "Fixtures");
}
