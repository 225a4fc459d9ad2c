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
        var plans = ParameterList.Find(text, parsed, pep257, layout).Select(l => new ListPlan(l, PositionOf)).ToList();

        var grounding = session.GroundingFor(target);
        var missing = Missing(session, target, plans);
        var added = DraftContentBuilder.Documented(missing, grounding);
        if (update)
        {
            var acceptsAnyName = signature.Any(static p => p.Kind == ParameterKind.VarKeyword);
            foreach (var plan in plans)
            {
                plan.SortToSignature();
                if (!acceptsAnyName)
                {
                    MarkStale(plan, layout);
                }
            }
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

        var encoding = literal.EncodingFor(added.Any(static p => p.ContainsBackslash));
        var edits = new EditSet();
        foreach (var plan in plans)
        {
            var levels = new IndentLevels(plan.List.EntryIndentation, plan.List.DescriptionIndentation, unit);
            plan.Emit(edits, text, lineBreak, entries => DocstringLiteral.Encode(RenderEntries(layout.Writer, entries, levels, lineBreak), encoding));
        }
        var indentation = definition.IsOneLiner ? definition.Indentation + unit : docstring.Indentation;
        if (newSection.Count > 0)
        {
            var (offset, section) = NewParameterSection.Place(parsed, newSection, layout, indentation);
            edits.Insert(offset, DocstringLiteral.Encode(section, encoding));
        }
        literal.KeepClosingQuotesOnOwnLine(edits, lineBreak, indentation);
        literal.Finish(edits, encoding);
        edits.EnsureWithin(docstring.Span, $"the docstring of {definition.QualifiedName}");
        return new TargetDraft(edits.ToList(), grounding.Provenance, null, missing.Select(static p => p.Name).ToArray());
    }

    /// <summary>A structured docstring keeps its style (Google becomes Hugging Face when the repository writes that); a plain one takes the repository's.</summary>
    private static DocstringStyle WritingStyle(ParsedDocstring parsed, bool pep257, DocstringStyle repository)
    {
        if (parsed.Detection.IsStructured)
        {
            return parsed.Style == DocstringStyle.Google && repository == DocstringStyle.HuggingFace ? repository : parsed.Style;
        }
        return pep257 ? DocstringStyle.Plain : repository;
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

    private static void MarkStale(ListPlan plan, StyleLayout layout)
    {
        var units = plan.List.Units;
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var stale = unit.Names.Where(name => plan.PositionOfName(name) < 0 && !StaleMarkers.IsMarked(unit, name)).ToArray();
            if (stale.Length > 0 && StaleMarkers.For(unit, stale, plan.List, layout) is var (offset, marker))
            {
                plan.Mark(i, offset, marker);
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

    private static string RenderEntries(StyleWriter writer, IReadOnlyList<PlannedEntry> entries, IndentLevels levels, string lineBreak)
    {
        var lines = new DocText();
        foreach (var entry in entries)
        {
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
