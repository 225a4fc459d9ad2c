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
/// Additions are written in the docstring's own style (see <see cref="ExistingStyle"/>). Before edits are handed
/// out, the edited docstring is re-read: if what they add would not read as documented, nothing is changed.
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
        bool IsStale(string name) => PositionOf(name) < 0 && !Rules.SignatureParameters.KeptWithoutParameter(target, session.Settings, name, n => PositionOf(n) >= 0);
        var unit = SourceLayout.IndentUnit(session.Module, definition);
        var lineBreak = SourceLayout.LineBreakAt(text, docstring.Span.Start);
        var oneEntry = Signature.ExpectedParameters.For(target, session.ModuleFacts).Count == 1;
        var layout = new StyleLayout(session.LaidOutLikeTheFile(ExistingStyle.For(text, parsed, session.Style, out var pep257), oneEntry), unit, lineBreak, session.Fill);
        var indentation = definition.IsOneLiner ? definition.Indentation + unit : docstring.Indentation;
        var typings = new Dictionary<string, Signature.ParameterTyping>(StringComparer.Ordinal);
        foreach (var parameter in signature)
        {
            typings.TryAdd(parameter.Name, Signature.ParameterTyping.Of(parameter));
        }
        var plans = ParameterList.Find(text, parsed, pep257, layout, indentation, typings).Select(l => new ListPlan(l, PositionOf)).ToList();
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
                    EntryNotes.MarkStale(text, plan, layout, IsStale);
                }
            }
            described.AddRange(EntryNotes.DescribeBareEntries(text, plan, layout, signature, grounding));
        }
        var newSection = new List<ParameterDoc>();
        foreach (var parameter in added)
        {
            if (ListFor(plans, parameter.Parameter, signature) is { } plan)
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
            var levels = new IndentLevels(plan.List.EntryIndentation, plan.List.DescriptionIndentation, unit) { Fill = layout.Fill };
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
        if (EditedDocstring.FirstUndescribed(literal, result, documented, layout.Writer.Style) is { } unread)
        {
            return TargetDraft.Nothing($"the docstring's layout hides new entries from the parser ({unread} would still read as undocumented); fix its layout by hand");
        }
        return new TargetDraft(result, grounding.Provenance, null, documented);
    }

    /// <summary>
    /// Whether pydocstyle finds an argument section ("Arguments:" over flush lines, or over a PEP 257 list) that
    /// the docstring parser does not read as one: whatever drafting adds, D417 would keep reporting it.
    /// </summary>
    private static bool HasUnreadableArgumentSection(Docstring docstring, Configuration.FileSettings settings) =>
        Rules.Pydocstyle.ArgumentSectionCheck.DescribedNames(docstring.LiteralText, allowStarredNames: settings.Linter == Configuration.DocstringLinter.Ruff).Count > 0;

    /// <summary>
    /// Expected parameters no entry documents. Without any parameter list the constructor rule applies (see
    /// <see cref="DraftContentBuilder.ParametersToWrite"/>); with one, every expected parameter belongs in it.
    /// </summary>
    private static List<Parameter> Missing(DraftingSession session, DefinitionFacts target, List<ListPlan> plans)
    {
        var documented = new HashSet<string>(plans.SelectMany(static p => p.List.Units).SelectMany(static u => u.Names), StringComparer.Ordinal);
        var expected = plans.Count == 0
            ? DraftContentBuilder.ParametersToWrite(session, target, new HashSet<string>())
            : Signature.ExpectedParameters.For(target, session.ModuleFacts);
        return expected.FindAll(p => !documented.Contains(p.Name));
    }

    /// <summary>
    /// Keyword-only parameters go to a Keyword Args list when there is one; the rest to the first Parameters list; null
    /// for a new section. A Keyword Args list that is the docstring's only one and sets no keyword-only parameter apart
    /// is its argument list: pyasn1 documents <c>value</c> of <c>__init__(self, value=noValue, **kwargs)</c> there
    /// beside what <c>**kwargs</c> takes, so any parameter that can be passed by keyword goes there too.
    /// </summary>
    private static ListPlan? ListFor(List<ListPlan> plans, Parameter parameter, IReadOnlyList<Parameter> signature)
    {
        var keywords = plans.Find(static p => p.List.Kind == SectionKind.KeywordArguments);
        if (parameter.Kind == ParameterKind.KeywordOnly && keywords is not null)
        {
            return keywords;
        }
        if (plans.Find(static p => p.List.Kind == SectionKind.Parameters) is { } parameters)
        {
            return parameters;
        }
        var byKeyword = parameter.Kind is ParameterKind.PositionalOrKeyword or ParameterKind.VarKeyword;
        var keywordOnly = signature.Where(static p => p.Kind == ParameterKind.KeywordOnly).Select(static p => p.Name).ToHashSet(StringComparer.Ordinal);
        return byKeyword && keywords is not null && !keywords.List.Units.SelectMany(static u => u.Names).Any(keywordOnly.Contains) ? keywords : null;
    }

    /// <summary>New entries as the list writes them: laid out like its entries (types where and as they write them).</summary>
    private static string RenderEntries(StyleWriter writer, ParameterList list, IReadOnlyList<PlannedEntry> entries, IndentLevels levels, string lineBreak)
    {
        var lines = new DocText();
        writer = list.Layout is { } measured ? writer.LaidOut(measured) : writer;
        foreach (var entry in entries)
        {
            if (list.EntriesApart && lines.Count > 0)
            {
                lines.AddBlank();
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
