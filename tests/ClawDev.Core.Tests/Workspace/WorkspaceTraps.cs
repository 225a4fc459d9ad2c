using System.Diagnostics;

namespace ClawDev.TestSupport;

/// <summary>
/// Things a real checkout can hold that a careless reader hangs, crashes or leaks on: named pipes where files are
/// expected, folders nested deeper than PATH_MAX, symbolic links out of the tree. Shared by the Core tests and the
/// robustness suite.
/// </summary>
internal static class WorkspaceTraps
{
    /// <summary>Linux's PATH_MAX: no system call takes a longer path.</summary>
    public const int PathMax = 4096;

    /// <summary>Makes a named pipe (FIFO) at <paramref name="relativePath"/>: opening it for reading blocks until
    /// someone writes.</summary>
    public static string MakeNamedPipe(this TemporaryDirectory tree, string relativePath)
    {
        var path = tree.Combine(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Run("mkfifo", path);
        return path;
    }

    /// <summary>Makes a symbolic link at <paramref name="relativePath"/> to <paramref name="target"/>.</summary>
    public static string MakeLink(this TemporaryDirectory tree, string relativePath, string target)
    {
        var path = tree.Combine(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
        return path;
    }

    /// <summary>
    /// Makes <paramref name="relativePath"/> a folder whose deepest folder (holding "deep.py") has a path longer than
    /// PATH_MAX. No system call accepts such a path, so it is built as two halves, each short enough, the second
    /// moved into the first; it is moved back out before the tree is deleted.
    /// </summary>
    public static void MakeDeeperThanPathMax(this TemporaryDirectory tree, string relativePath)
    {
        var component = new string('d', 200);
        var levels = (PathMax / 2 / (component.Length + 1)) + 1;
        var half = string.Join('/', Enumerable.Repeat(component, levels));
        var outer = tree.CreateDirectory(relativePath + "/" + half);
        var inner = tree.Combine(".inner");
        Directory.CreateDirectory(Path.Combine(inner, half));
        File.WriteAllText(Path.Combine(inner, half, "deep.py"), "def deep():\n    pass\n");
        var nested = Path.Combine(outer, "inner");
        Directory.Move(inner, nested);
        Assert.True(Path.Combine(nested, half, "deep.py").Length > PathMax);
        tree.BeforeDelete(() => Directory.Move(nested, inner));
    }

    /// <summary>
    /// Writes a .gitignore whose one pattern repeats "**/" 30 times, and a chain of 16 nested folders each holding
    /// "m.py" (none of them ignored). A backtracking matcher (git's own) tries every way of sharing the folders among
    /// the stars: minutes per path.
    /// </summary>
    /// <returns>The Python files, relative to the tree, in order.</returns>
    public static string[] MakeExponentialGitIgnore(this TemporaryDirectory tree)
    {
        tree.Write(".gitignore", string.Concat(Enumerable.Repeat("**/", 30)) + "never-matches\n");
        var files = new List<string>();
        var folder = "";
        for (var level = 0; level < 16; level++)
        {
            folder += $"level{level}/";
            files.Add(tree.Write(folder + "m.py", "x = 1\n")[(tree.Path.Length + 1)..]);
        }
        return [.. files.Order(StringComparer.Ordinal)];
    }

    /// <summary>Runs <paramref name="work"/> and fails when it has not finished within <paramref name="seconds"/>
    /// (a reader blocked on a named pipe would otherwise hang the test run).</summary>
    public static T Within<T>(int seconds, Func<T> work)
    {
        var task = Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Assert.True(task.Wait(TimeSpan.FromSeconds(seconds)), $"did not finish within {seconds} s");
        return task.Result;
    }

    private static void Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{command} failed: {error}");
    }
}
