using ClawDev.Core.Configuration;
using ClawDev.Core.Python;

namespace ClawDev.Core.Analysis;

/// <summary>Runs every enabled rule and the coverage count over one parsed file.</summary>
public static class FileAnalyzer
{
    /// <param name="relativePath">Path relative to the scanned root with '/' separators (decides module publicity and naming).</param>
    public static FileAnalysis Analyze(PythonModule module, string relativePath, FileSettings settings) =>
        throw new NotImplementedException("owned by the rules work");
}
