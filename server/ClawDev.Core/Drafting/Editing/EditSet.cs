using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting.Editing;

/// <summary>
/// Collects the edits of one target. Inserts at the same offset are merged in the order they were added (LSP
/// leaves the order of same-position edits to the client, so there is never more than one); an insert at the
/// start of a replaced span goes before it. Overlapping edits are a bug and throw.
/// </summary>
internal sealed class EditSet
{
    private readonly List<TextEdit> _edits = [];

    public bool IsEmpty => _edits.Count == 0;

    public void Insert(int offset, string text)
    {
        if (text.Length > 0)
        {
            _edits.Add(new TextEdit(new TextSpan(offset, offset), text));
        }
    }

    public void Replace(TextSpan span, string text) => _edits.Add(new TextEdit(span, text));

    /// <summary>Whether an edit starting at or after <paramref name="offset"/> writes a line break.</summary>
    public bool AddsLineBreakFrom(int offset)
    {
        foreach (var edit in _edits)
        {
            if (edit.Replace.Start >= offset && edit.NewText.AsSpan().ContainsAny('\r', '\n'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Throws when an edit reaches outside <paramref name="allowed"/>: drafts never touch text outside their target.</summary>
    public void EnsureWithin(TextSpan allowed, string target)
    {
        foreach (var edit in _edits)
        {
            if (edit.Replace.Start < allowed.Start || edit.Replace.End > allowed.End)
            {
                throw new InvalidOperationException($"an edit at {edit.Replace} reaches outside {target} {allowed}");
            }
        }
    }

    /// <summary>The edits sorted by position, same-offset inserts merged.</summary>
    public List<TextEdit> ToList() => Normalize(_edits);

    /// <summary>Sorts and merges edits from any number of sets; throws when two overlap.</summary>
    public static List<TextEdit> Normalize(IReadOnlyList<TextEdit> edits)
    {
        var ordered = edits
            .Select(static (edit, index) => (Edit: edit, Index: index))
            .OrderBy(static e => e.Edit.Replace.Start)
            .ThenBy(static e => e.Edit.Replace.Length == 0 ? 0 : 1)
            .ThenBy(static e => e.Index);
        var result = new List<TextEdit>(edits.Count);
        foreach (var (edit, _) in ordered)
        {
            if (result.Count > 0 && result[^1] is var last && last.Replace.Length == 0 && last.Replace.Start == edit.Replace.Start)
            {
                result[^1] = new TextEdit(edit.Replace, last.NewText + edit.NewText);
                continue;
            }
            if (result.Count > 0 && edit.Replace.Start < result[^1].Replace.End)
            {
                throw new InvalidOperationException($"edits {result[^1].Replace} and {edit.Replace} overlap");
            }
            result.Add(edit);
        }
        return result;
    }
}
