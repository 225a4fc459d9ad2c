namespace ClawDev.Server.Reports;

/// <summary>Writes rows as left-aligned columns separated by two spaces, each as wide as its widest cell.</summary>
internal static class TextColumns
{
    public static void Write(TextWriter writer, IReadOnlyList<string[]> rows, string indent = "  ")
    {
        if (rows.Count == 0)
        {
            return;
        }
        var widths = new int[rows.Max(r => r.Length)];
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }
        foreach (var row in rows)
        {
            writer.Write(indent);
            for (var i = 0; i < row.Length; i++)
            {
                var last = i == row.Length - 1;
                writer.Write(last ? row[i] : row[i].PadRight(widths[i] + 2));
            }
            writer.Write('\n');
        }
    }
}
