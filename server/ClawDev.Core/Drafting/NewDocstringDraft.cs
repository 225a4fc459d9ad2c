using ClawDev.Core.Drafting.Editing;
using ClawDev.Core.Drafting.Writing;
using ClawDev.Core.Python;
using ClawDev.Core.Python.Parsing;
using ClawDev.Core.Rules;

namespace ClawDev.Core.Drafting;

/// <summary>
/// Writes a docstring for a definition that has none (or an empty one). The docstring goes in as the body's
/// first statement: inserted at the start of the line after the header's colon, at the body's indentation. A
/// one-line body ("def f(): return 1") becomes a block: only the whitespace between the colon and the statement
/// is replaced, so every byte of code is kept.
/// </summary>
internal static class NewDocstringDraft
{
    public static TargetDraft For(DraftingSession session, DefinitionFacts target, IReadOnlySet<string> documentedElsewhere)
    {
        var definition = target.Definition;
        if (definition.Docstring is { } existing && existing.ContentSpan.Length > 0 && !IsBlank(session.Text, existing.ContentSpan))
        {
            return TargetDraft.Nothing($"{definition.Name} already has a docstring");
        }
        if (definition.HeaderColonOffset < 0)
        {
            return TargetDraft.Nothing($"the header of {definition.Name} is incomplete");
        }
        var parameters = DraftContentBuilder.ParametersToWrite(session, target, documentedElsewhere);
        var grounding = session.GroundingFor(target);
        var content = DraftContentBuilder.For(session, target, parameters, grounding);
        var lines = session.LaidOutLikeTheFile(StyleWriter.For(session.Style), oneEntry: parameters.Count == 1).Docstring(content);

        var text = session.Text;
        var unit = SourceLayout.IndentUnit(session.Module, definition);
        // A body no deeper than the header line (half-typed code; a def indented past its decorator) is not the
        // definition's: the docstring becomes its body.
        var header = SourceText.IndentationAt(text, definition.NameSpan.Start);
        var body = definition.IsOneLiner || !IsDeeper(definition.BodyIndentation, header)
            ? header + unit
            : definition.BodyIndentation;
        var lineBreak = SourceLayout.LineBreakAt(text, definition.HeaderColonOffset);
        var rendered = (IndentLevels.From(body, unit) with { Fill = session.Fill }).Render(lines.Lines, lineBreak, indentFirst: false);
        if (lines.Count > 1)
        {
            // The summary starts where most of the repository's docstrings start it: on the quotes' line, or the next.
            rendered = (session.SummaryOnSecondLine ? lineBreak + body : "") + rendered + lineBreak + body;
        }

        var edits = new EditSet();
        TextSpan allowed;
        if (definition.Docstring is { } blank)
        {
            // The empty literal is rewritten whole: its prefix and quote character kept, tripled for several lines.
            var literal = new DocstringLiteral(text, blank, blank.ContentSpan.Start);
            if (literal.Obstacle is { } obstacle)
            {
                return TargetDraft.Nothing(obstacle);
            }
            var encoding = literal.EncodingFor(content.ContainsBackslash);
            var quote = lines.Count > 1 ? new string(blank.Quote[0], 3) : blank.Quote;
            var prefix = (encoding == TextEncoding.AddRawPrefix ? "r" : "") + blank.Prefix;
            edits.Replace(blank.Span, prefix + quote + DocstringLiteral.Encode(rendered, encoding) + quote);
            allowed = blank.Span;
        }
        else if (QuoteFor(rendered, session.Quote) is not { } quote)
        {
            return TargetDraft.Nothing("the drafted text contains both kinds of triple quotes");
        }
        else
        {
            var literal = (content.ContainsBackslash ? "r" : "") + quote + rendered + quote;
            allowed = Insert(edits, session, definition, body, literal, lineBreak);
        }
        edits.EnsureWithin(allowed, $"the docstring position of {definition.QualifiedName}");
        return new TargetDraft(edits.ToList(), grounding.Provenance, null, parameters.Select(static p => p.Name).ToArray());
    }

    private static bool IsDeeper(string body, string header) => body.Length > header.Length && body.StartsWith(header, StringComparison.Ordinal);

    /// <summary>
    /// Puts the literal first in the body (a header still without a body gets the docstring as its body, which
    /// makes it valid Python); returns the span the edit may touch.
    /// </summary>
    private static TextSpan Insert(EditSet edits, DraftingSession session, Definition definition, string body, string literal, string lineBreak)
    {
        var text = session.Text;
        var colon = definition.HeaderColonOffset;
        // A class docstring is followed by a blank line (pydocstyle D204); a function's is not (D202).
        var blankLine = definition.IsClass ? lineBreak : "";
        if (definition.IsOneLiner)
        {
            var statement = colon + 1;
            while (statement < text.Length && text[statement] is ' ' or '\t')
            {
                statement++;
            }
            var whitespace = new TextSpan(colon + 1, statement);
            edits.Replace(whitespace, lineBreak + body + literal + lineBreak + blankLine + body);
            // A stub ("def f(): ...") written out is no stub: black and ruff's formatter want blank lines before a
            // definition right below it (one in a class, two at the top level), and `make style` would add them.
            if (DefinitionRightBelow(session, definition) is { } next)
            {
                edits.Insert(next, definition.Indentation.Length == 0 ? lineBreak + lineBreak : lineBreak);
                return new TextSpan(whitespace.Start, next);
            }
            return whitespace;
        }
        var lines = session.Module.Lines;
        var nextLine = lines.LineOf(colon) + 1;
        if (nextLine >= lines.LineCount)
        {
            // The header ends the file without a line break.
            edits.Insert(text.Length, lineBreak + body + literal + lineBreak);
            return new TextSpan(text.Length, text.Length);
        }
        var start = lines.LineStart(nextLine);
        edits.Insert(start, body + literal + lineBreak + (IsBlankLine(text, start) ? "" : blankLine));
        return new TextSpan(start, start);
    }

    /// <summary>The start of the line after a one-line definition when it opens another definition (or its
    /// decorator) at the same indentation; null when a blank line, a comment or anything else comes first.</summary>
    private static int? DefinitionRightBelow(DraftingSession session, Definition definition)
    {
        var lines = session.Module.Lines;
        var nextLine = lines.LineOf(Math.Max(definition.HeaderColonOffset, definition.Span.End - 1)) + 1;
        if (nextLine >= lines.LineCount)
        {
            return null;
        }
        var start = lines.LineStart(nextLine);
        var code = session.Text.AsSpan(start);
        if (!code.StartsWith(definition.Indentation, StringComparison.Ordinal))
        {
            return null;
        }
        code = code[definition.Indentation.Length..];
        return code.StartsWith("def ", StringComparison.Ordinal) || code.StartsWith("async def ", StringComparison.Ordinal)
            || code.StartsWith("class ", StringComparison.Ordinal) || code.StartsWith('@')
            ? start
            : null;
    }

    /// <summary>The preferred triple quote, or the other one when the text would close it early; null when neither fits.</summary>
    internal static string? QuoteFor(string content, string preferred)
    {
        var other = preferred == "'''" ? "\"\"\"" : "'''";
        foreach (var quote in new[] { preferred, other })
        {
            if (!content.Contains(quote, StringComparison.Ordinal) && !content.EndsWith(quote[0]))
            {
                return quote;
            }
        }
        return null;
    }

    private static bool IsBlank(string text, TextSpan span) => text.AsSpan(span.Start, span.Length).IsWhiteSpace();

    private static bool IsBlankLine(string text, int lineStart)
    {
        var i = lineStart;
        while (i < text.Length && text[i] is ' ' or '\t' or '\f')
        {
            i++;
        }
        return i == text.Length || text[i] is '\r' or '\n';
    }
}
