namespace ClawDev.Core.MicroTasks;

/// <summary>The docstring ignore lists that libraries keep in Python files, by file and variable.</summary>
internal static class PythonIgnoreLists
{
    /// <param name="IsPatternList">numpydoc's exclude entries are regular expressions, not names.</param>
    public sealed record Known(string Path, string Variable, bool IsPatternList = false);

    public static readonly Known[] All =
    [
        // transformers: objects whose docstrings utils/check_docstrings.py does not compare with their signatures.
        new("utils/check_docstrings.py", "OBJECTS_TO_IGNORE"),
        // scikit-learn: estimators and functions that numpydoc validation skips (older and newer locations).
        new("maint_tools/test_docstrings.py", "DOCSTRING_IGNORE_LIST"),
        new("maint_tools/test_docstrings.py", "FUNCTION_DOCSTRING_IGNORE_LIST"),
        new("sklearn/tests/test_docstrings.py", "DOCSTRING_IGNORE_LIST"),
        new("sklearn/tests/test_docstrings.py", "FUNCTION_DOCSTRING_IGNORE_LIST"),
        new("sklearn/tests/test_docstring_parameters.py", "_DOCSTRING_IGNORES"),
        // numpydoc's Sphinx option (a set of regular expressions) in the documentation's conf.py.
        new("doc/conf.py", "numpydoc_validation_exclude", IsPatternList: true),
        new("docs/conf.py", "numpydoc_validation_exclude", IsPatternList: true),
        new("docs/source/conf.py", "numpydoc_validation_exclude", IsPatternList: true),
    ];
}
