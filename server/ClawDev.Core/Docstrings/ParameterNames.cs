namespace ClawDev.Core.Docstrings;

/// <summary>Parameter names as docstrings write them versus as signatures do.</summary>
public static class ParameterNames
{
    /// <summary>"*args", "\*\*kwargs", "\\*\\*kwargs" become "args" and "kwargs"; other names are returned as is.</summary>
    public static string Normalize(string written)
    {
        var i = 0;
        while (i < written.Length && written[i] is '*' or '\\')
        {
            i++;
        }
        return i == 0 ? written : written[i..];
    }

    /// <summary>Whether a written name denotes the parameter <paramref name="name"/> (either side may carry stars).</summary>
    public static bool Matches(string written, string name) =>
        Normalize(written).Equals(Normalize(name), StringComparison.Ordinal);
}
