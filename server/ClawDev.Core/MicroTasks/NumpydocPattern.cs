namespace ClawDev.Core.MicroTasks;

/// <summary>
/// numpydoc's exclude entries are regular expressions searched in an object's full name. Most are a name
/// written as a pattern (<c>\.undocumented_method$</c>, <c>^pkg\.mod\.func$</c>); those read as that name.
/// </summary>
internal static class NumpydocPattern
{
    /// <summary>The plain name a pattern stands for, or null when it matches more than one name.</summary>
    public static string? PlainName(string pattern)
    {
        var name = pattern.StartsWith('^') ? pattern[1..] : pattern;
        name = name.EndsWith('$') ? name[..^1] : name;
        name = name.StartsWith(@"\.", StringComparison.Ordinal) ? name[2..] : name;
        name = name.Replace(@"\.", ".", StringComparison.Ordinal);
        return name.Length > 0 && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '.') && !name.StartsWith('.') && !name.EndsWith('.')
            ? name
            : null;
    }
}
