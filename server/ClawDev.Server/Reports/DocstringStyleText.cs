using System.Globalization;
using ClawDev.Core.Docstrings;

namespace ClawDev.Server.Reports;

/// <summary>How the reports name docstring styles and describe a repository's census.</summary>
internal static class DocstringStyleText
{
    public static string Name(DocstringStyle style) => style switch
    {
        DocstringStyle.Plain => "plain",
        DocstringStyle.Google => "google",
        DocstringStyle.HuggingFace => "hugging-face",
        DocstringStyle.NumPy => "numpy",
        DocstringStyle.Sphinx => "sphinx",
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
    };

    /// <summary>"google (85% of 120 structured docstrings; 400 plain)".</summary>
    public static string Describe(StyleCensusResult census)
    {
        if (census.Structured == 0)
        {
            return census.Total == 0 ? "unknown (no docstrings)" : $"unknown ({ScanSummary.Plural(census.Total, "docstring")}, none shows a style)";
        }
        var share = (census.Share * 100).ToString("0", CultureInfo.InvariantCulture);
        var tie = census.IsTie ? ", a tie" : "";
        return $"{Name(census.Dominant)} ({share}% of {ScanSummary.Plural(census.Structured, "structured docstring")}{tie}; {census.Plain} plain)";
    }
}
