namespace ClawDev.Core.Configuration.Sources;

/// <summary>configparser's <c>BasicInterpolation</c>, which a plain <c>ConfigParser()</c> applies when values are read.</summary>
internal static class BasicInterpolation
{
    private const int MaxDepth = 10;

    /// <summary>Expands "%%" and "%(name)s"; null with an error for anything else after '%', an unknown name or a loop.</summary>
    public static string? Expand(string text, Func<string, string?> lookup, out string? error) => Expand(text, lookup, 0, out error);

    private static string? Expand(string text, Func<string, string?> lookup, int depth, out string? error)
    {
        error = null;
        if (depth > MaxDepth)
        {
            error = "interpolation nested too deeply";
            return null;
        }

        var result = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '%')
            {
                result.Append(text[i]);
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '%')
            {
                result.Append('%');
                i++;
                continue;
            }

            var close = text.IndexOf(")s", i, StringComparison.Ordinal);
            if (i + 1 >= text.Length || text[i + 1] != '(' || close < 0)
            {
                error = $"'%' must be followed by '%' or '(name)s' in \"{text}\"";
                return null;
            }

            var name = text[(i + 2)..close].ToLowerInvariant();
            if (lookup(name) is not { } referenced)
            {
                error = $"no option \"{name}\" to interpolate";
                return null;
            }

            if (Expand(referenced, lookup, depth + 1, out error) is not { } expanded)
            {
                return null;
            }

            result.Append(expanded);
            i = close + 1;
        }

        return result.ToString();
    }
}
