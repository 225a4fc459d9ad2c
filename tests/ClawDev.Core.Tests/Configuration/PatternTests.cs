using ClawDev.Core.Configuration.Paths;

namespace ClawDev.Core.Tests.Configuration;

/// <summary>Path patterns against PatternCases.txt: globs with ruff's (globset's) meaning, and Python's fnmatch as
/// interrogate uses it (those cases were checked with <c>fnmatch.fnmatchcase</c>).</summary>
public sealed class PatternTests
{
    public static TheoryData<string, string, string, bool> Cases()
    {
        var data = new TheoryData<string, string, string, bool>();
        foreach (var line in File.ReadLines(Path.Combine(ConfigurationTestFiles.SourceDirectory(), "PatternCases.txt")))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 4 && !line.StartsWith('#'))
            {
                data.Add(fields[0], fields[1], fields[2], bool.Parse(fields[3]));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Pattern_matches_like_the_tool(string kind, string pattern, string path, bool expected)
    {
        var matches = kind == "glob"
            ? GlobPattern.Create(pattern, out var error)?.IsMatch(path) ?? throw new InvalidOperationException(error)
            : new FnmatchPattern(pattern).IsMatch(path);

        Assert.Equal(expected, matches);
    }

    [Theory]
    [InlineData("tests/[abc", "unclosed character class in 'tests/[abc'")]
    [InlineData("{a,{b,c}}", "nested alternatives are not allowed in '{a,{b,c}}'")]
    [InlineData("{a,b", "unclosed alternative in '{a,b'")]
    [InlineData("a\\", "dangling escape in 'a\\'")]
    public void Malformed_glob_is_refused_with_a_reason(string pattern, string reason)
    {
        Assert.Null(GlobPattern.Create(pattern, out var error));
        Assert.Equal(reason, error);
    }
}
