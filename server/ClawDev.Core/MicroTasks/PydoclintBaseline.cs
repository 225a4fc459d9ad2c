namespace ClawDev.Core.MicroTasks;

/// <summary>One object's violations in a pydoclint baseline.</summary>
/// <param name="Line">1-based line of its first violation.</param>
internal sealed record BaselineEntry(string FilePath, string ObjectName, int Line, IReadOnlyList<string> Violations);

/// <summary>
/// Reads a pydoclint baseline (<c>--generate-baseline</c>): a file path on its own line, its violations indented
/// below it ("DOC101: Method `Trainer.train`: Docstring contains fewer arguments…"), files separated by a line
/// of dashes. Violations are grouped by object, in file order.
/// </summary>
internal static class PydoclintBaseline
{
    public static IReadOnlyList<BaselineEntry> Read(string text)
    {
        var entries = new List<BaselineEntry>();
        var byObject = new Dictionary<(string, string), int>();
        var file = "";
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }
            if (!char.IsWhiteSpace(line[0]))
            {
                file = line.Trim();
                continue;
            }
            var violation = line.Trim();
            if (file.Length == 0 || ObjectOf(violation) is not { } objectName)
            {
                continue;
            }
            if (byObject.TryGetValue((file, objectName), out var index))
            {
                entries[index] = entries[index] with { Violations = [.. entries[index].Violations, violation] };
            }
            else
            {
                byObject[(file, objectName)] = entries.Count;
                entries.Add(new BaselineEntry(file, objectName, lineNumber, [violation]));
            }
        }
        return entries;
    }

    /// <summary>"Trainer.train" from "DOC101: Method `Trainer.train`: …"; the first backquoted name.</summary>
    private static string? ObjectOf(string violation)
    {
        var open = violation.IndexOf('`');
        var close = open < 0 ? -1 : violation.IndexOf('`', open + 1);
        return close > open + 1 ? violation[(open + 1)..close] : null;
    }
}
