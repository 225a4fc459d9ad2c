namespace ClawDev.Core.Configuration.Sources;

/// <summary>An INI file read with the semantics of Python's <c>configparser</c> (Python 3.11, strict mode):
/// <c>key = value</c> and <c>key: value</c>, names lower-cased, values continued on lines indented deeper than the
/// option, full-line comments starting with <c>#</c> or <c>;</c>, optional inline comments, and a <c>[DEFAULT]</c>
/// section whose options every section sees. Where configparser raises (a line outside any section, a line without
/// a delimiter, a duplicate section or option) the line is reported and reading goes on.</summary>
internal sealed class IniFile
{
    private const string DefaultSectionName = "DEFAULT";
    private static readonly string[] CommentPrefixes = ["#", ";"];

    private readonly Dictionary<string, Section> _sections = new(StringComparer.Ordinal);
    private readonly Section _defaults = new(DefaultSectionName, null);

    private IniFile(string fileName, string directory)
    {
        FileName = fileName;
        Directory = directory;
    }

    public string FileName { get; }

    public string Directory { get; }

    /// <param name="inlineComments">True for <c>RawConfigParser(inline_comment_prefixes=('#', ';'))</c> as pydocstyle
    /// uses; false for a plain <c>ConfigParser()</c> as interrogate uses, where "x = 1 # note" keeps the comment.</param>
    public static IniFile Parse(string text, string fileName, string directory, bool inlineComments, ProblemLog problems)
    {
        var file = new IniFile(fileName, directory);
        file.Read(text, inlineComments, problems);
        return file;
    }

    /// <summary>Section names in file order ([DEFAULT] is not a section, as in configparser).</summary>
    public IEnumerable<string> SectionNames => _sections.Keys;

    /// <summary>The section <paramref name="name"/> (case-sensitive, as configparser), or null.</summary>
    public IniOptionTable? Table(string name) =>
        _sections.TryGetValue(name, out var section) ? new IniOptionTable(new ConfigOrigin(FileName, $"[{name}]", Directory), section, _defaults) : null;

    private void Read(string text, bool inlineComments, ProblemLog problems)
    {
        var lines = text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
        var addedSections = new HashSet<string>(StringComparer.Ordinal);
        var addedOptions = new HashSet<(string, string)>();
        Section? current = null;
        Option? option = null;
        var indentLevel = 0;

        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            var lineNumber = index + 1;
            var commentStart = FindCommentStart(line, inlineComments);
            var value = (commentStart is { } cut ? line[..cut] : line).Trim();
            if (value.Length == 0)
            {
                // An empty line belongs to a multi-line value unless it carried a comment.
                if (commentStart is null && option is not null)
                {
                    option.Lines.Add("");
                }

                continue;
            }

            var indent = IndentOf(line);
            if (option is not null && indent > indentLevel)
            {
                option.Lines.Add(value);
                continue;
            }

            indentLevel = indent;
            if (TryReadSectionHeader(value, out var name))
            {
                option = null;
                if (name == DefaultSectionName)
                {
                    current = _defaults;
                    continue;
                }

                if (!addedSections.Add(name))
                {
                    problems.Add(FileName, lineNumber, $"section [{name}] appears twice (configparser rejects this file); its options are merged.");
                }

                current = _sections.TryGetValue(name, out var existing) ? existing : _sections[name] = new Section(name, lineNumber);
                continue;
            }

            if (current is null)
            {
                problems.Add(FileName, lineNumber, "text before the first [section] header (configparser rejects this file); the line is ignored.");
                continue;
            }

            if (!TryReadOption(value, out var key, out var first))
            {
                problems.Add(FileName, lineNumber, $"'{value}' is not an option (expected 'name = value' or 'name: value'); the line is ignored.");
                continue;
            }

            if (!addedOptions.Add((current.Name, key)))
            {
                problems.Add(FileName, lineNumber, $"option '{key}' appears twice in [{current.Name}] (configparser rejects this file); the last one is used.");
            }

            option = new Option(lineNumber) { Lines = { first } };
            current.Options[key] = option;
        }
    }

    /// <summary>Where the comment on <paramref name="line"/> starts, found exactly as configparser's rounds do:
    /// inline prefixes count only at the line start or after whitespace; a full-line comment wins.</summary>
    private static int? FindCommentStart(string line, bool inlineComments)
    {
        int? start = null;
        if (inlineComments)
        {
            var positions = new Dictionary<string, int>(StringComparer.Ordinal) { ["#"] = -1, [";"] = -1 };
            while (start is null && positions.Count > 0)
            {
                var next = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var (prefix, previous) in positions)
                {
                    var found = line.IndexOf(prefix, previous + 1, StringComparison.Ordinal);
                    if (found < 0)
                    {
                        continue;
                    }

                    next[prefix] = found;
                    if (found == 0 || char.IsWhiteSpace(line[found - 1]))
                    {
                        start = Math.Min(start ?? int.MaxValue, found);
                    }
                }

                positions = next;
            }
        }

        var trimmed = line.Trim();
        return CommentPrefixes.Any(prefix => trimmed.StartsWith(prefix, StringComparison.Ordinal)) ? 0 : start;
    }

    private static int IndentOf(string line)
    {
        var index = 0;
        while (index < line.Length && char.IsWhiteSpace(line[index]))
        {
            index++;
        }

        return index;
    }

    /// <summary>configparser's <c>\[(?P&lt;header&gt;.+)\]</c>: from the opening bracket to the last closing one.</summary>
    private static bool TryReadSectionHeader(string value, out string name)
    {
        var close = value.LastIndexOf(']');
        name = close > 1 && value[0] == '[' ? value[1..close] : "";
        return name.Length > 0;
    }

    /// <summary>configparser's <c>(?P&lt;option&gt;.*?)\s*(?P&lt;vi&gt;=|:)\s*(?P&lt;value&gt;.*)$</c>: the name ends at
    /// the first '=' or ':'.</summary>
    private static bool TryReadOption(string value, out string key, out string optionValue)
    {
        var delimiter = value.IndexOfAny(['=', ':']);
        key = delimiter > 0 ? value[..delimiter].TrimEnd().ToLowerInvariant() : "";
        optionValue = delimiter > 0 ? value[(delimiter + 1)..].Trim() : "";
        return key.Length > 0;
    }

    internal sealed class Section(string name, int? line)
    {
        public string Name { get; } = name;

        public int? Line { get; } = line;

        public Dictionary<string, Option> Options { get; } = new(StringComparer.Ordinal);
    }

    internal sealed class Option(int line)
    {
        public int Line { get; } = line;

        public List<string> Lines { get; } = [];

        /// <summary>The value as configparser joins it: lines joined by newlines, trailing blank lines dropped.</summary>
        public string Value => string.Join('\n', Lines).TrimEnd();
    }
}
