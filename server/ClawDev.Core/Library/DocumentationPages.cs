using ClawDev.Core.FileSystem;

namespace ClawDev.Core.Library;

/// <summary>Which documentation syntax rendered an object.</summary>
public enum DocTool
{
    /// <summary>Hugging Face doc-builder: <c>[[autodoc]] Name</c> with "- member" lines.</summary>
    HuggingFace,

    /// <summary>Sphinx autodoc and autosummary: <c>.. autoclass:: pkg.Name</c>, <c>:members:</c>.</summary>
    Sphinx,

    /// <summary>mkdocstrings: <c>::: pkg.module.Name</c>.</summary>
    MkDocStrings,
}

/// <summary>One object a documentation page renders.</summary>
/// <param name="Target">As the page names it: "GRPOTrainer", "rewards.accuracy_reward", "pkg.mod.Name".</param>
/// <param name="Members">The members the page lists for it, or null when it lists none (the tool's default: the
/// public members).</param>
/// <param name="IsModule">The directive renders a whole module (Sphinx automodule).</param>
/// <param name="Source">"docs/source/en/trainer.md:12".</param>
public sealed record DocReference(string Target, DocTool Tool, IReadOnlyList<string>? Members, bool IsModule, string Source);

/// <summary>What the documentation pages render, and what could not be read.</summary>
public sealed record PagesRead(IReadOnlyList<DocReference> References, IReadOnlyList<string> Notes);

/// <summary>
/// Reads the repository's documentation sources (docs/, doc/, documentation/) for the objects they render:
/// Hugging Face's <c>[[autodoc]]</c>, Sphinx's <c>auto*::</c> directives (reST and MyST) and autosummary lists,
/// mkdocstrings' <c>:::</c>. Bounded: at most <see cref="MaxFiles"/> files of at most <see cref="MaxFileBytes"/>
/// each; what cannot be read becomes a note.
/// </summary>
public static class DocumentationPages
{
    private const int MaxFiles = 5000;
    private const long MaxFileBytes = 2 * 1024 * 1024;
    private static readonly string[] Folders = ["docs", "doc", "documentation"];
    private static readonly string[] Extensions = [".md", ".mdx", ".rst", ".txt"];

    // Every directive names "auto…" ([[autodoc]], autoclass::, autosummary::) or starts with ":::": a page with
    // neither renders nothing, and is not even decoded (17 of huggingface_hub's 55 English pages).
    private static readonly string[] DirectiveMarkers = ["auto", ":::"];

    /// <summary>The references of every page under the documentation folders of <paramref name="root"/>.</summary>
    public static PagesRead Read(string root)
    {
        var references = new List<DocReference>();
        var notes = new List<string>();
        var files = 0;
        foreach (var folder in Folders)
        {
            var directory = Path.Combine(root, folder);
            if (!Directory.Exists(directory))
            {
                continue;
            }
            foreach (var file in PageFiles(directory, notes))
            {
                if (++files > MaxFiles)
                {
                    notes.Add($"{folder}/ has more than {MaxFiles} pages; the rest are not read for rendered objects.");
                    return new PagesRead(references, notes);
                }
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (BoundedFile.ReadTextMentioning(file, MaxFileBytes, DirectiveMarkers, out var problem) is { } text)
                {
                    references.AddRange(Parse(text, relative));
                }
                else if (problem is not null && problem.Kind != ReadProblemKind.TooLarge)
                {
                    notes.Add($"{relative} cannot be read ({problem}); the objects it renders are not known.");
                }
            }
        }
        return new PagesRead(references, notes);
    }

    /// <summary>The objects one page renders; <paramref name="source"/> names the page in each reference.</summary>
    public static IReadOnlyList<DocReference> Parse(string text, string source)
    {
        if (!Mentions(text, DirectiveMarkers))
        {
            return [];
        }
        // Lines as offsets into the page, not strings: most lines are prose and only directive lines are matched.
        var lines = new PageLines(text);
        var references = new List<DocReference>();
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            // A directive line holds "auto" or starts with ":::" (see DirectiveMarkers): most lines are prose.
            if (!line.Contains("auto", StringComparison.Ordinal) && !line.StartsWith(":::", StringComparison.Ordinal))
            {
                continue;
            }
            if (PageDirectives.Autodoc(line) is { } autodoc)
            {
                references.Add(new DocReference(autodoc, DocTool.HuggingFace, AutodocMembers(lines, index + 1), false, $"{source}:{index + 1}"));
            }
            else if (PageDirectives.Sphinx(line) is var (kind, target))
            {
                var (members, all) = SphinxMembers(lines, index + 1, new DirectiveBody(line));
                references.Add(new DocReference(target, DocTool.Sphinx, all ? null : members, kind == "module", $"{source}:{index + 1}"));
            }
            else if (PageDirectives.IsAutosummary(line))
            {
                foreach (var (name, at) in AutosummaryNames(lines, index + 1, new DirectiveBody(line)))
                {
                    references.Add(new DocReference(name, DocTool.Sphinx, [], false, $"{source}:{at + 1}"));
                }
            }
            else if (PageDirectives.MkDocStrings(line) is { } mkdocs)
            {
                references.Add(new DocReference(mkdocs, DocTool.MkDocStrings, MkDocsMembers(lines, index + 1), false, $"{source}:{index + 1}"));
            }
        }
        return references;
    }

    private static bool Mentions(string text, string[] markers)
    {
        foreach (var marker in markers)
        {
            if (text.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The "- member" lines that follow an [[autodoc]] line ("all" stands for the default set).</summary>
    private static IReadOnlyList<string>? AutodocMembers(PageLines lines, int start)
    {
        var members = new List<string>();
        for (var index = start; index < lines.Count && PageDirectives.MemberName(lines[index]) is { } member; index++)
        {
            members.Add(member);
        }
        return members.Count == 0 || members.Contains("all") ? null : members;
    }

    /// <summary>The directive's options: <c>:members:</c> alone means every public member, with names those.</summary>
    private static (IReadOnlyList<string> Members, bool All) SphinxMembers(PageLines lines, int start, DirectiveBody body)
    {
        for (var index = start; index < lines.Count && !lines[index].IsWhiteSpace() && body.Contains(lines[index]); index++)
        {
            if (PageDirectives.MembersOption(lines[index]) is { } option)
            {
                var names = option.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                return (names, names.Length == 0);
            }
        }
        return ([], false);
    }

    private static IEnumerable<(string Name, int Line)> AutosummaryNames(PageLines lines, int start, DirectiveBody body)
    {
        var names = new List<(string, int)>();
        for (var index = start; index < lines.Count; index++)
        {
            var line = lines[index];
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                if (names.Count > 0)
                {
                    break;
                }
                continue;
            }
            if (!body.Contains(line))
            {
                break;
            }
            if (!trimmed.StartsWith(':') && PageDirectives.IsDottedName(trimmed))
            {
                names.Add((trimmed.TrimStart('~').ToString(), index));
            }
        }
        return names;
    }

    /// <summary>mkdocstrings' YAML options below ":::": <c>members: [a, b]</c> or a "- name" list after <c>members:</c>.</summary>
    private static IReadOnlyList<string>? MkDocsMembers(PageLines lines, int start)
    {
        for (var index = start; index < lines.Count && lines[index].StartsWith(' ') && !lines[index].IsWhiteSpace(); index++)
        {
            if (PageDirectives.MkDocsMembersOption(lines[index]) is not { } inline)
            {
                continue;
            }
            if (inline.Length > 0)
            {
                return inline.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(name => name.Trim('"', '\'')).ToList();
            }
            var members = new List<string>();
            for (var next = index + 1; next < lines.Count && PageDirectives.MemberName(lines[next]) is { } member; next++)
            {
                members.Add(member);
            }
            return members;
        }
        return null;
    }

    private static IEnumerable<string> PageFiles(string directory, List<string> notes)
    {
        // Symbolic links, to pages or folders, are skipped: a page outside the repository is never read.
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        List<string> files;
        try
        {
            var translations = new TranslationFolders(directory);
            files = Directory.EnumerateFiles(directory, "*", options)
                .Where(file => Extensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase) && !translations.Contains(file))
                .ToList();
            files.Sort(StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            notes.Add($"{Path.GetFileName(directory)}/ cannot be listed ({e.Message}); the objects its pages render are not known.");
            return [];
        }
        return files;
    }

    /// <summary>
    /// Translations kept beside the English pages, as Hugging Face's doc-builder lays them out (docs/source/en,
    /// docs/source/ko, …): they render the same objects as the English pages, so reading them only costs time.
    /// </summary>
    private sealed class TranslationFolders(string directory)
    {
        private readonly Dictionary<string, bool> _hasEnglishSibling = new(StringComparer.Ordinal);

        public bool Contains(string file)
        {
            var relative = Path.GetRelativePath(directory, file).Replace('\\', '/').Split('/');
            var parent = directory;
            for (var i = 0; i < relative.Length - 1; i++)
            {
                if (relative[i] != "en" && PageDirectives.IsLanguageCode(relative[i]) && HasEnglishFolder(parent))
                {
                    return true;
                }
                parent = Path.Combine(parent, relative[i]);
            }
            return false;
        }

        private bool HasEnglishFolder(string parent)
        {
            if (!_hasEnglishSibling.TryGetValue(parent, out var has))
            {
                has = Directory.Exists(Path.Combine(parent, "en"));
                _hasEnglishSibling[parent] = has;
            }
            return has;
        }
    }

    private static int Indent(ReadOnlySpan<char> line) => line.Length - line.TrimStart().Length;

    /// <summary>
    /// Which lines below a Sphinx directive are its options and content: in reST those indented deeper than the
    /// directive; in a MyST fence (<c>```{autoclass} pkg.Name</c>) those before the closing fence, options at the
    /// fence's own indentation.
    /// </summary>
    private readonly struct DirectiveBody(ReadOnlySpan<char> directive)
    {
        private readonly int _indent = Indent(directive);
        private readonly bool _fenced = directive.TrimStart().StartsWith("```", StringComparison.Ordinal);

        public bool Contains(ReadOnlySpan<char> line) =>
            _fenced ? !line.TrimStart().StartsWith("```", StringComparison.Ordinal) : Indent(line) > _indent;
    }

    /// <summary>A page's lines (LF or CRLF) as spans of its text.</summary>
    private sealed class PageLines
    {
        private readonly string _text;
        private readonly List<int> _starts = [0];

        public PageLines(string text)
        {
            _text = text;
            for (var at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1))
            {
                _starts.Add(at + 1);
            }
        }

        public int Count => _starts.Count;

        public ReadOnlySpan<char> this[int index]
        {
            get
            {
                var start = _starts[index];
                var end = index + 1 < _starts.Count ? _starts[index + 1] - 1 : _text.Length;
                var line = _text.AsSpan(start, end - start);
                return line.EndsWith('\r') ? line[..^1] : line;
            }
        }
    }
}
