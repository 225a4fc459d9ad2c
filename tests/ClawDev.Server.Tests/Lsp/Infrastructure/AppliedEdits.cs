using System.Text;
using System.Text.Json.Nodes;

namespace ClawDev.Server.Tests.Lsp.Infrastructure;

/// <summary>Applies a workspace edit to a text the way a client does: UTF-16 positions, edits against the original text.</summary>
internal static class AppliedEdits
{
    /// <summary>The edits of <paramref name="uri"/> in a workspace edit (documentChanges or changes).</summary>
    public static JsonArray EditsOf(JsonNode workspaceEdit, string uri)
    {
        if (workspaceEdit["documentChanges"] is JsonArray documentChanges)
        {
            return documentChanges.Single(change => (string?)change!["textDocument"]!["uri"] == uri)!["edits"]!.AsArray();
        }
        return workspaceEdit["changes"]![uri]!.AsArray();
    }

    /// <summary>Each edit's range as UTF-16 offsets into <paramref name="text"/>.</summary>
    public static IEnumerable<(int Start, int End, string NewText)> Offsets(string text, JsonArray edits)
    {
        var lineStarts = LineStarts(text);
        foreach (var edit in edits)
        {
            var range = edit!["range"]!;
            yield return (Offset(lineStarts, text, range["start"]!), Offset(lineStarts, text, range["end"]!), (string)edit["newText"]!);
        }
    }

    public static string Apply(string text, JsonArray edits)
    {
        var result = new StringBuilder(text);
        foreach (var (start, end, newText) in Offsets(text, edits).OrderByDescending(edit => edit.Start))
        {
            result.Remove(start, end - start).Insert(start, newText);
        }
        return result.ToString();
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }
        return starts;
    }

    private static int Offset(List<int> lineStarts, string text, JsonNode position)
    {
        var line = (int)position["line"]!;
        return line >= lineStarts.Count ? text.Length : Math.Min(lineStarts[line] + (int)position["character"]!, text.Length);
    }
}
