using System.Globalization;

namespace ClawDev.Core.Configuration.Sources;

/// <summary>Reads typed options from one table; a value of the wrong type becomes a problem and is ignored.</summary>
internal sealed class OptionReader(IOptionTable table, ProblemLog problems)
{
    /// <summary>configparser's <c>getboolean</c> spellings.</summary>
    private static readonly Dictionary<string, bool> IniBooleans = new(StringComparer.OrdinalIgnoreCase)
    {
        ["1"] = true,
        ["yes"] = true,
        ["true"] = true,
        ["on"] = true,
        ["0"] = false,
        ["no"] = false,
        ["false"] = false,
        ["off"] = false,
    };

    public IOptionTable Table => table;

    public ProblemLog Problems => problems;

    public bool Has(string key) => table.TryGet(key, out _);

    public bool TryGet(string key, out OptionValue value) => table.TryGet(key, out value);

    /// <summary>Reports "[table] key &lt;complaint&gt;; it is ignored." at the option's line.</summary>
    public void Reject(string key, OptionValue value, string complaint) => Sourced(key, value, value).Reject(problems, complaint);

    public void Report(string key, int? line, string message) => problems.Add(table.Origin, line, $"{table.Origin.NameOf(key)} {message}");

    public SourcedOption<T> Sourced<T>(string key, T value, OptionValue raw) => new(key, value, raw, table.Origin);

    public SourcedOption<string>? String(string key)
    {
        if (!table.TryGet(key, out var raw))
        {
            return null;
        }

        if (raw.Raw is string text)
        {
            return Sourced(key, text, raw);
        }

        Reject(key, raw, "must be a string");
        return null;
    }

    /// <summary>A TOML array of strings.</summary>
    public SourcedOption<IReadOnlyList<string>>? StringList(string key)
    {
        if (!table.TryGet(key, out var raw))
        {
            return null;
        }

        if (raw.Raw is IReadOnlyList<object> array && array.All(item => item is string))
        {
            return Sourced<IReadOnlyList<string>>(key, [.. array.Cast<string>()], raw);
        }

        Reject(key, raw, "must be a list of strings");
        return null;
    }

    /// <summary>A TOML boolean, or an INI value configparser's <c>getboolean</c> accepts.</summary>
    public SourcedOption<bool>? Bool(string key)
    {
        if (!table.TryGet(key, out var raw))
        {
            return null;
        }

        switch (raw.Raw)
        {
            case bool flag:
                return Sourced(key, flag, raw);
            case string text when table is IniOptionTable && IniBooleans.TryGetValue(text, out var parsed):
                return Sourced(key, parsed, raw);
            default:
                Reject(key, raw, "must be true or false");
                return null;
        }
    }

    /// <summary>A TOML integer or float, or an INI number.</summary>
    public SourcedOption<double>? Number(string key)
    {
        if (!table.TryGet(key, out var raw))
        {
            return null;
        }

        switch (raw.Raw)
        {
            case long integer:
                return Sourced(key, (double)integer, raw);
            case double number when double.IsFinite(number):
                return Sourced(key, number, raw);
            case string text when table is IniOptionTable && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed):
                return Sourced(key, parsed, raw);
            default:
                Reject(key, raw, "must be a number");
                return null;
        }
    }

    /// <summary>A TOML table whose values are all lists of strings, e.g. per-file-ignores; bad entries are skipped.</summary>
    public SourcedOption<PatternCodes>? StringListMap(string key)
    {
        if (!table.TryGet(key, out var raw))
        {
            return null;
        }

        if (raw.Raw is not TomlTableValue map)
        {
            Reject(key, raw, "must be a table of lists of strings");
            return null;
        }

        var entries = new List<KeyValuePair<string, IReadOnlyList<string>>>();
        foreach (var name in map.Keys)
        {
            map.TryGet(name, out var value, out _);
            if (value is IReadOnlyList<object> array && array.All(item => item is string))
            {
                entries.Add(new(name, [.. array.Cast<string>()]));
            }
            else
            {
                Report(key, raw.Line, $"entry {TomlValueText.Quote(name)} must be a list of strings; the entry is ignored.");
            }
        }

        return Sourced(key, new PatternCodes(entries), raw);
    }
}
