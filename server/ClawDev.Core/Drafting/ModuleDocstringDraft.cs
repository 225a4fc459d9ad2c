using ClawDev.Core.Drafting.Editing;
using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting;

/// <summary>
/// Writes a module docstring (D100, D104): a one-line summary placeholder before the first statement, after any
/// shebang, encoding line, licence header or other comments, followed by a blank line when code follows.
/// </summary>
internal static class ModuleDocstringDraft
{
    public static TargetDraft For(DraftingSession session)
    {
        var module = session.Module;
        if (module.Docstring is not null)
        {
            return TargetDraft.Nothing("the module already has a docstring");
        }
        var text = session.Text;
        var lineBreak = SourceLayout.LineBreakAt(text, 0);
        var offset = FirstStatementLineStart(module);
        var literal = session.Quote + Placeholder.Summary(session.ModuleFacts.DottedName) + session.Quote;
        var insertion = offset < text.Length
            ? literal + lineBreak + lineBreak
            : (offset > SourceDecoder.ProgramStart(text) && text[offset - 1] is not ('\n' or '\r') ? lineBreak : "") + literal + lineBreak;
        var edits = new EditSet();
        edits.Insert(offset, insertion);
        edits.EnsureWithin(new TextSpan(offset, offset), "the module docstring position");
        return new TargetDraft(edits.ToList(), [], null, []);
    }

    /// <summary>The start of the first line that is neither blank nor a comment (after a byte order mark), or the end of the text.</summary>
    private static int FirstStatementLineStart(PythonModule module)
    {
        var text = module.Text;
        for (var line = 0; line < module.Lines.LineCount; line++)
        {
            var start = Math.Max(module.Lines.LineStart(line), SourceDecoder.ProgramStart(text));
            var content = start;
            while (content < text.Length && text[content] is ' ' or '\t' or '\f')
            {
                content++;
            }
            if (content < text.Length && text[content] is not ('#' or '\r' or '\n'))
            {
                return start;
            }
        }
        return text.Length;
    }
}
