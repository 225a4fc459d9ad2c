using Tomlyn;
using Tomlyn.Parsing;

namespace ClawDev.Core.Configuration.Sources;

/// <summary>A parsed TOML configuration file whose tables can be read as <see cref="IOptionTable"/>s with line numbers.
/// Built from Tomlyn's event parser: it needs a fraction of the code (and start-up time) of Tomlyn's serializer.</summary>
internal sealed class TomlFile
{
    private readonly TomlTableValue _root;

    private TomlFile(string fileName, string directory, TomlTableValue root)
    {
        FileName = fileName;
        Directory = directory;
        _root = root;
    }

    public string FileName { get; }

    /// <summary>The absolute directory holding the file, with '/' separators.</summary>
    public string Directory { get; }

    /// <summary>Parses <paramref name="text"/>; a file that is not valid TOML gives a problem and null.</summary>
    public static TomlFile? Parse(string text, string fileName, string directory, ProblemLog problems)
    {
        var root = new TomlTableValue();
        string? error = null;
        var errorLine = 0;
        try
        {
            var parser = TomlParser.Create(text, new TomlParserOptions { Mode = TomlParserMode.Tolerant });
            if (parser.MoveNext() && parser.Current.Kind == TomlParseEventKind.StartDocument && parser.MoveNext() && parser.Current.Kind == TomlParseEventKind.StartTable)
            {
                (error, errorLine) = ReadTableBody(parser, root);
            }

            if (parser.HasErrors)
            {
                var first = parser.Diagnostics.First(d => d.Kind == Tomlyn.Syntax.DiagnosticMessageKind.Error);
                (error, errorLine) = (first.Message.TrimEnd('.'), first.Span.Start.Line + 1);
            }
        }
        catch (TomlException e)
        {
            // Even in tolerant mode Tomlyn throws for some inputs, e.g. nesting deeper than its limit of 64.
            var message = e.Message.Split('\n')[0];
            var marker = message.IndexOf(" : error : ", StringComparison.Ordinal);
            message = marker >= 0 ? message[(marker + " : error : ".Length)..] : message;
            (error, errorLine) = (message.Split(". ")[0].TrimEnd('.'), e.Line ?? 0);
        }

        if (error is not null)
        {
            problems.Add(fileName, errorLine > 0 ? errorLine : null, $"not valid TOML ({error}); the file is ignored.");
            return null;
        }

        return new TomlFile(fileName, directory, root);
    }

    /// <summary>The table at a dotted path such as ["tool", "ruff"] (the root for no path), or null when absent or not a table.</summary>
    public TomlOptionTable? Table(params string[] path)
    {
        var table = new TomlOptionTable(this, _root, []);
        foreach (var key in path)
        {
            table = table.SubTable(key);
            if (table is null)
            {
                return null;
            }
        }

        return table;
    }

    /// <summary>Reads properties up to the table's end; returns the first duplicate key as an error.</summary>
    private static (string? Error, int Line) ReadTableBody(TomlParser parser, TomlTableValue table)
    {
        while (parser.MoveNext() && parser.Current.Kind == TomlParseEventKind.PropertyName)
        {
            var key = parser.GetPropertyName();
            var line = parser.Current.Line;
            if (!parser.MoveNext())
            {
                break;
            }

            var (value, error) = ReadValue(parser);
            if (error.Error is not null)
            {
                return error;
            }

            if (table.Add(key, value, line) is { } firstLine)
            {
                return ($"the key `{key}` is already defined at line {firstLine}", line);
            }
        }

        return (null, 0);
    }

    private static (object Value, (string? Error, int Line) Error) ReadValue(TomlParser parser)
    {
        var current = parser.Current;
        switch (current.Kind)
        {
            case TomlParseEventKind.StartTable:
                var table = new TomlTableValue();
                return (table, ReadTableBody(parser, table));
            case TomlParseEventKind.StartArray:
                var items = new TomlArrayValue();
                while (parser.MoveNext() && parser.Current.Kind != TomlParseEventKind.EndArray)
                {
                    var line = parser.Current.Line;
                    var (item, error) = ReadValue(parser);
                    if (error.Error is not null)
                    {
                        return (items, error);
                    }

                    items.Add(item);
                    items.Lines.Add(line);
                }

                return (items, (null, 0));
            case TomlParseEventKind.String:
                return (parser.GetString(), (null, 0));
            case TomlParseEventKind.Integer:
                return (current.GetInt64(), (null, 0));
            case TomlParseEventKind.Float:
                return (current.GetDouble(), (null, 0));
            case TomlParseEventKind.Boolean:
                return (current.GetBoolean(), (null, 0));
            case TomlParseEventKind.DateTime:
                return (current.GetTomlDateTime().ToString(), (null, 0));
            default:
                return ("", ($"unexpected {current.Kind}", current.Line));
        }
    }
}
