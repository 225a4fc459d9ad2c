using ClawDev.Core.Analysis;
using ClawDev.Core.Library;
using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting;

/// <summary>The edits of one file, against its text before the fix.</summary>
public sealed record FileEdits(string Path, IReadOnlyList<TextEdit> Edits);

/// <summary>What carrying a fix to the copies gave: the copies' edits, the copies they change, and a note for every
/// copy left alone.</summary>
public sealed record PropagatedFix(IReadOnlyList<FileEdits> Files, IReadOnlyList<CopyLocation> Carried, IReadOnlyList<string> Notes);

/// <summary>A file's draft with its fix carried to the copies: the file's edits (with those of the copies it holds
/// itself, listed again in <paramref name="CopiedHere"/>) and the edits of the other files that hold copies.</summary>
public sealed record CarriedDraft(DraftResult Draft, IReadOnlySet<TextEdit> CopiedHere, IReadOnlyList<FileEdits> Others);

/// <summary>
/// Carries a fix made at the origin of <c># Copied from</c> copies to every copy, as <c>make fix-copies</c> would:
/// each copy becomes its origin's new text with the mark's replacements applied and re-indented to the copy's
/// level, so transformers' <c>check_copies.py</c> stays green. A copy is only touched when it matches its origin
/// before the fix (check_copies would pass on it today); one that already differs is left alone with a note, so no
/// edit ever overwrites a difference the user made. Copies of copies follow from their own origin's new text.
/// </summary>
public static class CopyPropagation
{
    /// <param name="origin">The fixed definition.</param>
    /// <param name="originPath">Its file, relative to the root.</param>
    /// <param name="originEdits">The fix, against <paramref name="readText"/>'s text of <paramref name="originPath"/>.</param>
    /// <param name="copies">The origin's copies (<see cref="ProjectFacts.CopiesOf"/>: each after what it copies).</param>
    /// <param name="readText">A file's current text by its relative path (the editor's when it is open); null when
    /// it cannot be read.</param>
    public static PropagatedFix Propagate(
        Symbol origin, string originPath, IReadOnlyList<TextEdit> originEdits, IReadOnlyList<CopyLocation> copies,
        Func<string, string?> readText, CancellationToken cancellationToken)
    {
        var notes = new List<string>();
        var modules = new Dictionary<string, PythonModule?>(StringComparer.Ordinal);
        PythonModule? ModuleAt(string path)
        {
            if (!modules.TryGetValue(path, out var module))
            {
                modules[path] = module = readText(path) is { } text ? PythonParser.Parse(text, cancellationToken) : null;
            }
            return module;
        }
        var before = ModuleAt(originPath);
        if (copies.Count == 0 || before is null || Find(before, origin.Qualified) is not { } originBefore)
        {
            return new PropagatedFix([], [], notes);
        }
        var after = PythonParser.Parse(TextEdits.Apply(before.Text, originEdits), cancellationToken);
        if (Find(after, origin.Qualified) is not { } originAfter)
        {
            return new PropagatedFix([], [], [$"the fixed {origin.Qualified} could not be found again; its copies are left alone"]);
        }
        var regions = new Dictionary<Symbol, Region>
        {
            [origin] = new Region(Text(before, originBefore), Text(after, originAfter), originBefore.Indentation),
        };
        var edits = new Dictionary<string, List<TextEdit>>(StringComparer.Ordinal);
        var carried = new List<CopyLocation>();
        foreach (var copy in copies)
        {
            if (!regions.TryGetValue(copy.Of, out var source))
            {
                continue;
            }
            if (ModuleAt(copy.Path) is not { } module || Find(module, copy.Symbol.Qualified) is not { } definition)
            {
                notes.Add($"{copy.Path}: the copy {copy.Symbol.Qualified} could not be read; run make fix-copies after the fix");
                continue;
            }
            var current = Text(module, definition);
            if (Copied(source.Before, copy.Mark, source.Indentation, definition.Indentation) != current)
            {
                notes.Add($"{copy.Path}:{copy.Line + 1}: {copy.Symbol.Qualified} already differs from {copy.Of} (check_copies.py fails there today); it is left alone");
                continue;
            }
            var fixedCopy = Copied(source.After, copy.Mark, source.Indentation, definition.Indentation);
            regions[copy.Symbol] = new Region(current, fixedCopy, definition.Indentation);
            carried.Add(copy);
            var change = TextEdits.Difference(current, fixedCopy);
            var shifted = new TextEdit(new TextSpan(change.Replace.Start + definition.Span.Start, change.Replace.End + definition.Span.Start), change.NewText);
            (edits.TryGetValue(copy.Path, out var list) ? list : edits[copy.Path] = []).Add(shifted);
        }
        var files = edits.Select(entry => new FileEdits(entry.Key, [.. entry.Value.OrderBy(edit => edit.Replace.Start)])).ToList();
        return new PropagatedFix(files, carried, notes);
    }

    /// <summary>
    /// The draft of <paramref name="relativePath"/> with the fix of each origin among <paramref name="fixedFindings"/>
    /// carried to its copies: what the editor's quick fix and <c>clawdev draft</c> both apply.
    /// </summary>
    /// <param name="moduleName">The drafted file's module.</param>
    /// <param name="readText">A file's current text by its relative path (the drafted file's as drafted from); null
    /// when it cannot be read.</param>
    public static CarriedDraft Carry(
        DraftResult result, string relativePath, string moduleName, IEnumerable<Finding> fixedFindings,
        Func<string, string?> readText, CancellationToken cancellationToken)
    {
        var origins = fixedFindings.Where(finding => finding.Copies.Count > 0 && finding.CopyOf is null).ToList();
        if (!result.HasEdits || origins.Count == 0)
        {
            return new CarriedDraft(result, new HashSet<TextEdit>(), []);
        }
        var ownEdits = new List<TextEdit>(result.Edits);
        var copiedHere = new HashSet<TextEdit>();
        var others = new Dictionary<string, List<TextEdit>>(StringComparer.Ordinal);
        var notes = new List<string>(result.Notes);
        foreach (var origin in origins)
        {
            var propagated = Propagate(new Symbol(moduleName, origin.Symbol), relativePath, result.Edits, origin.Copies, readText, cancellationToken);
            notes.AddRange(propagated.Notes);
            foreach (var file in propagated.Files)
            {
                if (file.Path == relativePath)
                {
                    ownEdits.AddRange(file.Edits);
                    copiedHere.UnionWith(file.Edits);
                }
                else
                {
                    (others.TryGetValue(file.Path, out var list) ? list : others[file.Path] = []).AddRange(file.Edits);
                }
            }
            if (propagated.Carried.Count > 0)
            {
                notes.Add($"carried to {string.Join(", ", propagated.Carried.Select(copy => $"{copy.Path}:{copy.Line + 1}"))} as make fix-copies would");
            }
        }
        return new CarriedDraft(
            result with { Edits = Sorted(ownEdits), Notes = notes },
            copiedHere,
            [.. others.Select(entry => new FileEdits(entry.Key, Sorted(entry.Value)))]);
    }

    /// <summary>Sorted by position; a later edit overlapping an earlier one is dropped (the copy of the fixed definition inside it).</summary>
    private static List<TextEdit> Sorted(List<TextEdit> edits)
    {
        var sorted = new List<TextEdit>(edits.Count);
        foreach (var edit in edits.OrderBy(edit => edit.Replace.Start).ThenBy(edit => edit.Replace.End))
        {
            if (sorted.Count == 0 || sorted[^1].Replace.End <= edit.Replace.Start)
            {
                sorted.Add(edit);
            }
        }
        return sorted;
    }

    private sealed record Region(string Before, string After, string Indentation);

    private static Definition? Find(PythonModule module, string qualified) =>
        module.AllDefinitions().FirstOrDefault(definition => definition.QualifiedName == qualified);

    private static string Text(PythonModule module, Definition definition) => module.Text[definition.Span.Start..definition.Span.End];

    /// <summary>The origin's text as its copy has it: the replacements applied, each later line moved from the
    /// origin's indentation to the copy's.</summary>
    private static string Copied(string originText, CopyMark mark, string originIndentation, string copyIndentation)
    {
        var replaced = mark.ToCopy(originText);
        if (originIndentation == copyIndentation)
        {
            return replaced;
        }
        var lines = replaced.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(originIndentation, StringComparison.Ordinal) && lines[i].Trim().Length > 0)
            {
                lines[i] = copyIndentation + lines[i][originIndentation.Length..];
            }
        }
        return string.Join('\n', lines);
    }
}
