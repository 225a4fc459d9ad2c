using ClawDev.Core.Drafting.Editing;
using ClawDev.Core.Python;
using ClawDev.Core.Rules;

namespace ClawDev.Core.Drafting;

/// <summary>
/// Edits an existing docstring (adds missing entries; with <c>update</c> also orders them and marks removed ones)
/// after carrying renamed parameters' entries over to their new names (<see cref="Renames"/>): the renames are made
/// in a copy of the text, the copy is edited, and the difference from the original comes back as one edit inside
/// the docstring, with a note per rename.
/// </summary>
internal static class RenamedEdit
{
    /// <param name="update">Update to the signature (renames by the diff or by position); else only add missing entries (renames by the diff only, as nothing else may change).</param>
    public static TargetDraft For(DraftingSession session, DefinitionFacts target, bool update)
    {
        var definition = target.Definition;
        if (definition.Docstring is not { } docstring)
        {
            return ExistingDocstringEdit.For(session, target, update);
        }
        var renames = Renames.Find(session, target, session.Parse(docstring), byPosition: update);
        if (renames.Count == 0)
        {
            return ExistingDocstringEdit.For(session, target, update);
        }
        var text = session.Text;
        var renamed = new System.Text.StringBuilder(text);
        foreach (var rename in renames.OrderByDescending(static r => r.Entry.NameSpan.Start))
        {
            renamed.Remove(rename.Entry.NameSpan.Start, rename.Entry.NameSpan.Length).Insert(rename.Entry.NameSpan.Start, rename.Parameter.Name);
        }
        var module = PythonParser.Parse(renamed.ToString());
        var copy = new DraftingSession(module, session.RelativePath, session.Settings, session.Options);
        var twin = module.AllDefinitions().First(d => d.NameSpan == definition.NameSpan);
        var edited = ExistingDocstringEdit.For(copy, copy.FactsOf(twin), update);
        var after = edited.Edits.Count > 0 ? TextEdits.Apply(module.Text, edited.Edits) : module.Text;
        var edits = new EditSet();
        var difference = TextEdits.Difference(text, after);
        edits.Replace(difference.Replace, difference.NewText);
        edits.EnsureWithin(docstring.Span, $"the docstring of {definition.QualifiedName}");
        return new TargetDraft(edits.ToList(), edited.Provenance, null, [.. edited.DocumentedParameters, .. renames.Select(static r => r.Parameter.Name)])
        {
            Notes = [.. renames.Select(static r => r.Note)],
        };
    }
}
