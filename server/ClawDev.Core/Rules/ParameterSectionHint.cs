using ClawDev.Core.Python;

namespace ClawDev.Core.Rules;

/// <summary>
/// A cheap test run before a docstring is split or parsed for its parameter sections: some line must start (after
/// its indentation) with a Sphinx field marker ':' or with a word beginning "arg", "param", "other param" or
/// "keyword" in any case. Every header that opens a parameter section (Args, Arguments, Parameters, Params, Other
/// Parameters, Keyword Args/Arguments, in Google, NumPy and pydocstyle's reading) and every field (:param:, :arg:,
/// :key:, :type:, ...) does, and most docstrings have no such line, so they are skipped without allocating.
/// </summary>
internal static class ParameterSectionHint
{
    public static bool MayHaveParameterSection(string fileText, Docstring docstring)
    {
        var content = fileText.AsSpan(docstring.ContentSpan.Start, docstring.ContentSpan.Length);
        while (!content.IsEmpty)
        {
            var lineEnd = content.IndexOfAny('\n', '\r');
            var line = lineEnd < 0 ? content : content[..lineEnd];
            if (StartsSection(line.TrimStart()))
            {
                return true;
            }
            content = lineEnd < 0 ? [] : content[(lineEnd + 1)..];
        }
        return false;
    }

    private static bool StartsSection(ReadOnlySpan<char> text) =>
        text.StartsWith(":")
        || text.StartsWith("arg", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("param", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("other param", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("keyword", StringComparison.OrdinalIgnoreCase);
}
