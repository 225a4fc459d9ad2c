namespace ClawDev.TestSupport;

/// <summary>A fresh directory under the system temp folder, deleted with everything in it on Dispose.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory()
    {
        Path = Directory.CreateTempSubdirectory("clawdev-test-").FullName;
    }

    private readonly List<Action> _beforeDelete = [];

    public string Path { get; }

    /// <summary>Runs <paramref name="undo"/> before the directory is deleted (e.g. to take apart what a plain
    /// recursive delete cannot reach).</summary>
    public void BeforeDelete(Action undo) => _beforeDelete.Add(undo);

    /// <summary>Writes a file at a '/'-separated path below the directory, creating parent directories.</summary>
    public string Write(string relativePath, string content = "") => WriteBytes(relativePath, System.Text.Encoding.UTF8.GetBytes(content));

    public string WriteBytes(string relativePath, byte[] content)
    {
        var full = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    public string CreateDirectory(string relativePath) => Directory.CreateDirectory(Combine(relativePath)).FullName;

    public string Combine(string relativePath) => System.IO.Path.Combine(Path, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar));

    public void Dispose()
    {
        foreach (var undo in Enumerable.Reverse(_beforeDelete))
        {
            undo();
        }
        _beforeDelete.Clear();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere (a crashed child process) must not fail the test that created it.
        }
    }
}
