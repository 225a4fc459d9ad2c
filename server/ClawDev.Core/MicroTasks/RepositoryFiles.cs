using ClawDev.Core.Python;

namespace ClawDev.Core.MicroTasks;

/// <summary>Reads repository files as text (any encoding Python accepts), at most once each; unreadable files are noted.</summary>
internal sealed class RepositoryFiles(string root, List<string> notes)
{
    /// <summary>Ignore lists and baselines are small; a larger file is not one.</summary>
    private const long MaxBytes = 8 * 1024 * 1024;

    private readonly Dictionary<string, string?> _texts = new(StringComparer.Ordinal);

    public string Root => root;

    public bool Exists(string relativePath) => File.Exists(FullPath(relativePath));

    /// <summary>The file's text, or null when it does not exist or cannot be read (then a note says why).</summary>
    public string? Text(string relativePath)
    {
        if (_texts.TryGetValue(relativePath, out var cached))
        {
            return cached;
        }
        string? text = null;
        var path = FullPath(relativePath);
        try
        {
            if (File.Exists(path))
            {
                if (new FileInfo(path).Length > MaxBytes)
                {
                    notes.Add($"{relativePath}: larger than {MaxBytes / (1024 * 1024)} MB; not read");
                }
                else
                {
                    var bytes = File.ReadAllBytes(path);
                    if (SourceDecoder.LooksBinary(bytes))
                    {
                        notes.Add($"{relativePath}: binary; not read");
                    }
                    else
                    {
                        var decoded = SourceDecoder.Decode(bytes);
                        text = decoded.Text;
                        if (decoded.Problem is { } problem)
                        {
                            notes.Add($"{relativePath}: {problem}");
                        }
                    }
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            notes.Add($"{relativePath}: cannot be read ({exception.Message})");
        }
        _texts[relativePath] = text;
        return text;
    }

    private string FullPath(string relativePath) => Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar));
}
