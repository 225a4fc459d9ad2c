namespace ClawDev.Core.Drafting.Writing;

/// <summary>A line of drafted docstring text at an indentation level (0 = the docstring's or the entry's own column).</summary>
internal readonly record struct DocLine(int Level, string Text)
{
    public bool IsBlank => Text.Length == 0;
}

/// <summary>Drafted docstring lines, before they are indented and joined with the file's line breaks.</summary>
internal sealed class DocText
{
    private readonly List<DocLine> _lines = [];

    public IReadOnlyList<DocLine> Lines => _lines;

    public int Count => _lines.Count;

    public void Add(int level, string text) => _lines.Add(new DocLine(level, text));

    public void AddBlank() => _lines.Add(new DocLine(0, ""));

    public void AddRange(DocText other) => _lines.AddRange(other._lines);

    /// <summary>Every line of a (multi-line) text at <paramref name="level"/>, deeper relative indentation kept.</summary>
    public void AddLines(int level, string text)
    {
        foreach (var line in text.Split('\n'))
        {
            Add(level, line.TrimEnd());
        }
    }

    /// <summary>"head description" (just the description for an empty head) with the description's further lines at <paramref name="level"/> + 1 (Google, Sphinx, PEP 257).</summary>
    public void AddInline(int level, string head, string description)
    {
        var lines = description.Split('\n');
        Add(level, head.Length == 0 ? lines[0] : lines[0].Length == 0 ? head : $"{head} {lines[0]}");
        for (var i = 1; i < lines.Length; i++)
        {
            Add(level + 1, lines[i].TrimEnd());
        }
    }
}
