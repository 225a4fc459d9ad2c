using System.Text.RegularExpressions;
using ClawDev.Core.Analysis;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting;
using ClawDev.Core.Python;

namespace ClawDev.Bench.Quality;

/// <summary>
/// One documented parameter taken out of its docstring: where it was, what the maintainers wrote, and the file
/// without it (whole lines removed: the entry's head, description and, in Sphinx, its ":type" field).
/// </summary>
internal sealed record Sample(
    string Path,
    string Symbol,
    string Name,
    Parameter Parameter,
    int DefinitionOffset,
    WrittenEntry Original,
    IReadOnlyList<EntryLayout> Neighbours,
    string OriginalText,
    string DeletedText);

/// <summary>An entry as a reader sees it: the description and the type and default as written.</summary>
internal sealed record WrittenEntry(string Description, string? Type, string? Default, EntryLayout Layout)
{
    public static WrittenEntry Of(string text, DocEntry entry, bool? typeGiven = null) => new(entry.Description, entry.Type, entry.Default, EntryLayout.Of(text, entry, typeGiven));
}

/// <summary>How an entry is laid out, for "written like the neighbours".</summary>
/// <param name="DescriptionBelow">The description starts on the line below the head (NumPy, Hugging Face) rather than on it; null for an entry without one ("G : undirected graph" alone shows neither).</param>
/// <param name="Typed">The entry states a type.</param>
/// <param name="Backticks">The type writes code literals in backticks ("`int`"; reST roles such as ":class:`~.Poly`" are cross-references, not that notation);
/// null for a starred entry, whose type slot most often holds words ("**kwargs (additional keyword arguments)"), not a notation.</param>
/// <param name="Optional">How "optional" is written ("*optional*", "optional"), or null when it is not.</param>
/// <param name="DefaultInHead">Where a stated default is: true in the head ("defaults to 3"), false in the description, null when none.</param>
/// <param name="TypeGiven">Whether the signature gives the entry's parameter a type (<see cref="ReaderParameters.TypeIsGiven"/>);
/// null for a drafted entry and one naming no parameter of the signature.</param>
internal sealed partial record EntryLayout(bool? DescriptionBelow, bool Typed, bool? Backticks, string? Optional, bool? DefaultInHead, bool? TypeGiven = null)
{
    public static EntryLayout Of(string text, DocEntry entry, bool? typeGiven = null)
    {
        var headEnd = text.IndexOf('\n', entry.Span.Start) is var n and >= 0 ? n : text.Length;
        bool? below = entry.DescriptionSpan.Length > 0 ? entry.DescriptionSpan.Start > headEnd : null;
        var optional = entry.OptionalSpan is { } span ? text.Substring(span.Start, span.Length) : null;
        bool? defaultInHead = entry.DefaultSpan is { } d ? d.Start < headEnd && !(entry.DescriptionSpan.Length > 0 && d.Start >= entry.DescriptionSpan.Start) : null;
        bool? backticks = entry.Name is ['*', ..] ? null : entry.Type is { } type && Role().Replace(type, "").Contains('`');
        return new EntryLayout(below, entry.TypeSpan is not null, backticks, optional, defaultInHead, typeGiven);
    }

    /// <summary>A reST role (":py:class:`~.Poly`"): a cross-reference, not the code-literal backticks a layout writes or not.</summary>
    [GeneratedRegex(@":[\w.:+-]+:`[^`]*`")]
    private static partial Regex Role();
}

/// <summary>Finds every documented parameter of a repository and takes a fixed-seed sample of them out.</summary>
internal static class SampleTaker
{
    /// <summary>Why a documented parameter was not a candidate, counted per reason.</summary>
    public sealed class Skips : Dictionary<string, int>
    {
        public void Note(string reason) => this[reason] = this.GetValueOrDefault(reason) + 1;
    }

    public static List<Sample> Take(Corpus corpus, int count, int seed, Skips skips, out int candidates)
    {
        var found = new List<(FileAnalysis File, Definition Definition, DocumentedParameter Documented, Parameter Parameter)>();
        foreach (var file in corpus.Scan.Files)
        {
            var module = file.Module;
            var style = corpus.Styles.Dominant;
            foreach (var definition in module.AllDefinitions())
            {
                if (definition.Docstring is not { } docstring)
                {
                    continue;
                }
                var parsed = DocstringParser.Parse(module.Text, docstring, style);
                var settings = corpus.Configuration.ForFile(file.RelativePath);
                var signature = ReaderParameters.Of(definition);
                foreach (var documented in parsed.DocumentedParameters)
                {
                    if (signature.Find(p => p.Name == documented.Name) is not { } parameter)
                    {
                        skips.Note("the entry names no parameter of the signature");
                    }
                    else if (parameter.Kind is ParameterKind.VarPositional or ParameterKind.VarKeyword && !settings.Parameters.DocumentVarArgs)
                    {
                        skips.Note("*args or **kwargs, which the configuration does not ask to document");
                    }
                    else if (parameter.Name.StartsWith('_') && !settings.Parameters.DocumentPrivate)
                    {
                        skips.Note("a private parameter (_name), which the configuration does not ask to document");
                    }
                    else if (documented.Entry.Names.Count > 1)
                    {
                        skips.Note("an entry for several parameters (\"a, b : int\")");
                    }
                    else if (documented.Entry.Description.Trim().Length == 0)
                    {
                        skips.Note("an entry without a description");
                    }
                    else if (parsed.DocumentedParameters.Count(p => p.Name == documented.Name) > 1)
                    {
                        skips.Note("the parameter is documented twice");
                    }
                    else if (EntryBlocks(module.Text, documented.Entry) is null)
                    {
                        skips.Note("the entry shares a line with other text");
                    }
                    else
                    {
                        found.Add((file, definition, documented, parameter));
                    }
                }
            }
        }
        candidates = found.Count;
        // Each candidate's rank is a hash of the seed and its own name, not a shuffle of positions: one entry more or
        // less in the repository (a parser that reads one more) moves at most one sample, not a third of them.
        var order = Enumerable.Range(0, found.Count)
            .OrderBy(index => Rank(seed, file: found[index].File.RelativePath, found[index].Definition.QualifiedName, found[index].Documented.Name))
            .ThenBy(index => index);
        var samples = new List<Sample>();
        foreach (var index in order.Take(count).Order())
        {
            var (file, definition, documented, parameter) = found[index];
            var text = file.Module.Text;
            var blocks = EntryBlocks(text, documented.Entry)!;
            var signature = ReaderParameters.Of(definition);
            bool? TypeGiven(DocEntry entry) => signature.Find(p => entry.Names.Count == 1 && p.Name == entry.Names[0].TrimStart('*')) is { } named ? ReaderParameters.TypeIsGiven(named) : null;
            var neighbours = documented.Section.Entries.Where(e => e != documented.Entry).Select(e => EntryLayout.Of(text, e, TypeGiven(e))).ToList();
            samples.Add(new Sample(
                file.RelativePath,
                definition.QualifiedName,
                documented.Name,
                parameter,
                definition.NameSpan.Start,
                WrittenEntry.Of(text, documented.Entry, ReaderParameters.TypeIsGiven(parameter)),
                neighbours,
                text,
                Remove(text, blocks)));
        }
        return samples;
    }

    /// <summary>FNV-1a over the seed and the candidate's path, symbol and parameter: stable across runs and machines.</summary>
    private static ulong Rank(int seed, string file, string symbol, string parameter)
    {
        var hash = 14695981039346656037UL ^ (uint)seed;
        foreach (var part in new[] { file, symbol, parameter })
        {
            foreach (var c in part)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }
            hash = (hash ^ 0xFF) * 1099511628211UL;
        }
        return hash;
    }

    /// <summary>
    /// The whole lines an entry occupies (for Sphinx, each of its fields), as spans from a line's start to after
    /// its line break; null when some line also holds text of something else.
    /// </summary>
    public static List<TextSpan>? EntryBlocks(string text, DocEntry entry)
    {
        var spans = entry.Fields.Count > 0 ? entry.Fields.Select(f => f.Span).ToList() : [entry.Span];
        var blocks = new List<TextSpan>();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            var start = span.Start;
            while (start > 0 && text[start - 1] is ' ' or '\t')
            {
                start--;
            }
            if (start > 0 && text[start - 1] != '\n')
            {
                return null;
            }
            var end = span.End;
            while (end < text.Length && text[end] is ' ' or '\t' or '\r')
            {
                end++;
            }
            if (end >= text.Length || text[end] != '\n')
            {
                return null;
            }
            blocks.Add(new TextSpan(start, end + 1));
        }
        return blocks;
    }

    public static string Remove(string text, IReadOnlyList<TextSpan> blocks)
    {
        var builder = new System.Text.StringBuilder(text);
        foreach (var block in blocks.OrderByDescending(b => b.Start))
        {
            builder.Remove(block.Start, block.Length);
        }
        return builder.ToString();
    }
}
