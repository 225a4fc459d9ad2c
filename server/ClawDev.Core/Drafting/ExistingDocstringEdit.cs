using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting.Editing;
using ClawDev.Core.Drafting.Writing;
using ClawDev.Core.Python;
using ClawDev.Core.Rules;

namespace ClawDev.Core.Drafting;

/// <summary>
/// Changes an existing docstring's parameter entries, touching nothing but the docstring literal:
/// <list type="bullet">
/// <item>missing entries are added in signature order, after the entry of the preceding documented parameter
/// (keyword-only ones into a "Keyword Args" section when there is one); a docstring without a parameter section
/// gets one before its first section, else at its end;</item>
/// <item>with <c>update</c>, entries are also put in signature order (whole entries move byte for byte) and entries
/// of parameters the signature no longer has are marked with <see cref="Placeholder.StaleParameter"/> — never
/// deleted; a signature with **kwargs accepts any name, as CD402 does;</item>
/// <item>everything else (summary, description, other sections, the text between entries) keeps its bytes.</item>
/// </list>
/// Existing structured docstrings are written in their own style; plain ones in the repository's (PEP 257 items
/// if they already have some).
/// </summary>
internal static class ExistingDocstringEdit
{
    public static TargetDraft For(DraftingSession session, DefinitionFacts target, bool update)
    {
        var definition = target.Definition;
        if (definition.Docstring is not { } docstring)
        {
            return TargetDraft.Nothing($"{definition.Name} has no docstring yet; draft one");
        }
        var text = session.Text;
        var parsed = session.Parse(docstring);
        var literal = new DocstringLiteral(text, docstring, parsed.TextEnd);
        if (literal.Obstacle is { } obstacle)
        {
            return TargetDraft.Nothing(obstacle);
        }
        if (parsed.IsEmpty)
        {
            return TargetDraft.Nothing($"the docstring of {definition.Name} is empty; draft it instead");
        }
        if (target.SignatureOwner() is not { } owner)
        {
            return TargetDraft.Nothing($"{definition.Name} has no __init__ whose parameters it could document");
        }

        var signature = owner.Definition.Parameters;
        int PositionOf(string name) => IndexOf(signature, name);
        var unit = SourceLayout.IndentUnit(session.Module, definition);
        var lineBreak = SourceLayout.LineBreakAt(text, docstring.Span.Start);
        var pep257 = !parsed.Detection.IsStructured && Pep257List.Find(text, parsed.ContentSpan, unit) is not null;
        var layout = new StyleLayout(StyleWriter.For(WritingStyle(parsed, pep257, session.Style)), unit, lineBreak);
        var indentation = definition.IsOneLiner ? definition.Indentation + unit : docstring.Indentation;
        var plans = ParameterList.Find(text, parsed, pep257, layout, indentation).Select(l => new ListPlan(l, PositionOf)).ToList();
        if (plans.Find(static p => p.List.IsUnreadable) is not null)
        {
            return TargetDraft.Nothing("its parameter section holds text that is not laid out as entries (\"name: description\"); fix its layout by hand");
        }
        if ((plans.Count == 0 || pep257) && HasUnreadableArgumentSection(docstring, session.Settings))
        {
            return TargetDraft.Nothing("pydocstyle reads an argument section here whose entries are not indented below its header; fix its layout by hand");
        }

        var grounding = session.GroundingFor(target);
        var missing = Missing(session, target, plans);
        var added = DraftContentBuilder.Documented(missing, grounding);
        var acceptsAnyName = signature.Any(static p => p.Kind == ParameterKind.VarKeyword);
        var described = new List<string>();
        foreach (var plan in plans)
        {
            if (update)
            {
                plan.SortToSignature();
                if (!acceptsAnyName)
                {
                    MarkStale(text, plan, layout);
                }
            }
            DescribeBareEntries(text, plan, layout, signature, grounding, described);
        }
        var newSection = new List<ParameterDoc>();
        foreach (var parameter in added)
        {
            if (ListFor(plans, parameter.Parameter) is { } plan)
            {
                plan.Add(parameter);
            }
            else
            {
                newSection.Add(parameter);
            }
        }
        if (newSection.Count == 0 && !plans.Any(static p => p.HasChanges))
        {
            return TargetDraft.Nothing(update ? "the docstring already matches the signature" : "every parameter is documented");
        }

        var encoding = literal.EncodingFor(added.Any(static p => p.ContainsBackslash) || plans.Any(static p => p.NotesContainBackslash));
        var edits = new EditSet();
        foreach (var plan in plans)
        {
            var levels = new IndentLevels(plan.List.EntryIndentation, plan.List.DescriptionIndentation, unit);
            plan.Emit(edits, text, lineBreak, entries => RenderEntries(layout.Writer, plan.List, entries, levels, lineBreak), fragment => DocstringLiteral.Encode(fragment, encoding));
        }
        if (newSection.Count > 0)
        {
            var (offset, section) = NewParameterSection.Place(parsed, newSection, layout, indentation);
            edits.Insert(offset, DocstringLiteral.Encode(section, encoding));
        }
        literal.KeepClosingQuotesOnOwnLine(edits, lineBreak, indentation);
        literal.Finish(edits, encoding);
        edits.EnsureWithin(docstring.Span, $"the docstring of {definition.QualifiedName}");
        var result = edits.ToList();
        string[] documented = [.. missing.Select(static p => p.Name), .. described];
        if (UnreadAfterEdits(literal, result, documented, layout.Writer.Style) is { } unread)
        {
            return TargetDraft.Nothing($"the docstring's layout hides new entries from the parser ({unread} would still read as undocumented); fix its layout by hand");
        }
        return new TargetDraft(result, grounding.Provenance, null, documented);
    }

    /// <summary>
    /// Re-reads the edited docstring: the first parameter the edits document that still does not read as
    /// documented, or null. A layout the parser reads differently (fields on the summary line swallow the ones
    /// below) would otherwise get the same entries added on every run.
    /// </summary>
    private static string? UnreadAfterEdits(DocstringLiteral literal, IReadOnlyList<TextEdit> edits, IReadOnlyList<string> documented, DocstringStyle style)
    {
        if (documented.Count == 0)
        {
            return null;
        }
        var content = literal.ContentAfter(edits);
        var described = new HashSet<string>(StringComparer.Ordinal);
        if (style == DocstringStyle.Plain)
        {
            foreach (var unit in Pep257List.Find(content, new TextSpan(0, content.Length), "")?.Units ?? [])
            {
                described.UnionWith(unit.Names);
            }
        }
        else
        {
            foreach (var parameter in DocstringParser.Parse(content, 0, style).DocumentedParameters)
            {
                if (parameter.Entry.Description.Length > 0)
                {
                    described.Add(parameter.Name);
                }
            }
        }
        return documented.FirstOrDefault(name => !described.Contains(name));
    }

    /// <summary>
    /// Whether pydocstyle finds an argument section ("Arguments:" over flush lines, or over a PEP 257 list) that
    /// the docstring parser does not read as one: whatever drafting adds, D417 would keep reporting it.
    /// </summary>
    private static bool HasUnreadableArgumentSection(Docstring docstring, Configuration.FileSettings settings) =>
        Rules.Pydocstyle.ArgumentSectionCheck.DescribedNames(docstring.Literal, allowStarredNames: settings.Linter == Configuration.DocstringLinter.Ruff).Count > 0;

    /// <summary>
    /// A docstring that shows a style keeps it, even when only a prose header ("Example:") shows it, since sections
    /// of two styles do not parse together (Google becomes Hugging Face when the repository writes that); a plain
    /// one with PEP 257 items stays plain; any other takes the repository's style.
    /// </summary>
    private static DocstringStyle WritingStyle(ParsedDocstring parsed, bool pep257, DocstringStyle repository)
    {
        if (pep257)
        {
            return DocstringStyle.Plain;
        }
        if (parsed.Style == DocstringStyle.Plain)
        {
            return repository;
        }
        return parsed.Style == DocstringStyle.Google && repository == DocstringStyle.HuggingFace ? repository : parsed.Style;
    }

    /// <summary>
    /// Expected parameters no entry documents. Without any parameter list the constructor rule applies (see
    /// <see cref="DraftContentBuilder.ParametersToWrite"/>); with one, every expected parameter belongs in it.
    /// </summary>
    private static List<Parameter> Missing(DraftingSession session, DefinitionFacts target, List<ListPlan> plans)
    {
        var documented = new HashSet<string>(plans.SelectMany(static p => p.List.Units).SelectMany(static u => u.Names), StringComparer.Ordinal);
        var expected = plans.Count == 0
            ? DraftContentBuilder.ParametersToWrite(session, target, new HashSet<string>())
            : Signature.ExpectedParameters.For(target, session.Settings);
        return expected.FindAll(p => !documented.Contains(p.Name));
    }

    private static void MarkStale(string text, ListPlan plan, StyleLayout layout)
    {
        var units = plan.List.Units;
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var stale = unit.Names.Where(name => plan.PositionOfName(name) < 0 && !EntryNotes.IsMarkedStale(unit, name)).ToArray();
            if (stale.Length > 0 && EntryNotes.For(text, unit, string.Join(" ", stale.Select(Placeholder.StaleParameter)), plan.List, layout) is var (offset, marker))
            {
                plan.Mark(i, offset, marker);
            }
        }
    }

    /// <summary>
    /// Entries that name parameters but say nothing about them ("x : int" alone) get a description: D417 counts
    /// them as undocumented. Entries of removed parameters are left to <see cref="MarkStale"/>.
    /// </summary>
    private static void DescribeBareEntries(
        string text, ListPlan plan, StyleLayout layout, IReadOnlyList<Parameter> signature, Grounding.Grounding grounding, List<string> described)
    {
        var units = plan.List.Units;
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (unit.Names.Count == 0 || unit.Names.Any(name => plan.PositionOfName(name) < 0) || EntryNotes.HasDescription(text, unit)
                || (unit.Role == UnitRole.TypeField && unit.HasParameterField))
            {
                continue;
            }
            if (unit.Role == UnitRole.TypeField && plan.List.TypeFieldsApart)
            {
                // Its ":param" field goes among the other ":param" fields.
                var parameter = signature[plan.PositionOfName(unit.Names[0])];
                var typing = Signature.ParameterTyping.Of(parameter);
                plan.AddParameterField(new ParameterDoc(parameter, typing, grounding.Parameter(parameter.Name, typing.Type)));
                described.Add(parameter.Name);
                continue;
            }
            var description = unit.Names.Count == 1 ? grounding.Parameter(unit.Names[0], null) : Placeholder.Parameter(string.Join(", ", unit.Names));
            if (EntryNotes.For(text, unit, EntryNotes.Indent(description, layout.LineBreak, plan.List.DescriptionIndentation), plan.List, layout) is var (offset, note))
            {
                plan.Mark(i, offset, note);
                described.AddRange(unit.Names);
            }
        }
    }

    /// <summary>Keyword-only parameters go to a Keyword Args list when there is one; the rest to the first Parameters list; null for a new section.</summary>
    private static ListPlan? ListFor(List<ListPlan> plans, Parameter parameter)
    {
        if (parameter.Kind == ParameterKind.KeywordOnly && plans.Find(static p => p.List.Kind == SectionKind.KeywordArguments) is { } keywords)
        {
            return keywords;
        }
        return plans.Find(static p => p.List.Kind == SectionKind.Parameters);
    }

    /// <summary>New entries as the list writes them (type first when its ":type" fields come first).</summary>
    private static string RenderEntries(StyleWriter writer, ParameterList list, IReadOnlyList<PlannedEntry> entries, IndentLevels levels, string lineBreak)
    {
        var lines = new DocText();
        foreach (var entry in entries)
        {
            if (entry.Part == EntryPart.Whole && list.TypeFieldFirst)
            {
                writer.Entry(lines, entry.Parameter, 0, EntryPart.TypeField);
                writer.Entry(lines, entry.Parameter, 0, EntryPart.ParameterField);
                continue;
            }
            writer.Entry(lines, entry.Parameter, 0, entry.Part);
        }
        return levels.Render(lines.Lines, lineBreak, indentFirst: false);
    }

    private static int IndexOf(IReadOnlyList<Parameter> signature, string name)
    {
        for (var i = 0; i < signature.Count; i++)
        {
            if (signature[i].Name == name)
            {
                return i;
            }
        }
        return -1;
    }
}
