using ClawDev.Core.Library.Packaging;

namespace ClawDev.Core.Tests.Library;

/// <summary>setup.py's package keywords, read as text: each case is a script and what it declares, as
/// "package_dir | find call (namespaces, where, include, exclude) | packages list | py_modules list".</summary>
public sealed class SetupPyTextTests
{
    [Theory]
    [InlineData("setup(\n    package_dir={\"\": \"src\"},\n    packages=find_namespace_packages(\"src\"),\n)", "=src | namespaces, src, [], [] | - | -")]
    [InlineData("setup(packages=find_packages(exclude=(\"legacy\", \"legacy.*\"), include=[\"lib\", \"lib*\"]))", " | packages, ., [lib, lib*], [legacy, legacy.*] | - | -")]
    [InlineData("setup(packages = setuptools.find_packages(where='lib'), package_dir={'': 'lib'})", "=lib | packages, lib, [], [] | - | -")]
    [InlineData("setup(package_dir={'': 'lib'}, packages=find_packages())", "=lib | packages, lib, [], [] | - | -")]
    [InlineData("setup(packages=['a', 'a.b'], py_modules=[\"m\"])", " | - | [a, a.b] | [m]")]
    [InlineData("setup(packages=find_packages(exclude=[\"tests\"] + extra()))", " | packages, ., [], [tests] | - | -")]
    // A name that ends in a keyword, a comparison and a call nested too deep are not the keywords.
    [InlineData("my_package_dir = {\"\": \"src\"}\nif packages == [\"x\"]:\n    pass", " | - | - | -")]
    [InlineData("setup(packages=find_packages(exclude=f(g(x))))", " | - | - | -")]
    // Unclosed brackets declare nothing; a repeated key keeps its last folder (this used to fail the scan).
    [InlineData("setup(package_dir={\"\": \"src\"", " | - | - | -")]
    [InlineData("setup(package_dir={\"\": \"a\", \"\": \"b\", \"x\" \"y\": \"z\"})", "=b;y=z | - | - | -")]
    [InlineData("", " | - | - | -")]
    public void Reads_the_package_keywords(string setupPy, string expected)
    {
        var packageDir = SetupPyText.PackageDir(setupPy);
        var find = SetupPyText.Find(setupPy) is var (namespaces, arguments)
            ? $"{(namespaces ? "namespaces" : "packages")}, {SetupPyText.Where(arguments) ?? packageDir.GetValueOrDefault("", ".")}, [{string.Join(", ", SetupPyText.ListArgument(arguments, "include"))}], [{string.Join(", ", SetupPyText.ListArgument(arguments, "exclude"))}]"
            : "-";
        var packages = SetupPyText.List(setupPy, "packages") is { } listed ? $"[{string.Join(", ", listed)}]" : "-";
        var modules = SetupPyText.List(setupPy, "py_modules") is { } named ? $"[{string.Join(", ", named)}]" : "-";

        Assert.Equal(expected, $"{string.Join(";", packageDir.Select(p => $"{p.Key}={p.Value}"))} | {find} | {packages} | {modules}");
    }

    /// <summary>Each shape repeats an opening that is never closed over 4 MB: a search that starts again at every
    /// occurrence takes minutes, a linear reading milliseconds (the guard is far from both).</summary>
    [Theory]
    [InlineData("package_dir={'a': 'b', ")]
    [InlineData("packages=['a', ")]
    [InlineData("packages=find_packages(include=['a', ")]
    [InlineData("packages=find_packages(x, ")]
    [InlineData("package_dir = 'a' 'b' : ")]
    public void Unclosed_openings_repeated_are_read_in_linear_time(string opening)
    {
        var text = string.Concat(Enumerable.Repeat(opening, 4 * 1024 * 1024 / opening.Length));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var declared = (SetupPyText.PackageDir(text).Count, SetupPyText.Find(text) is { } call ? SetupPyText.ListArgument(call.Arguments, "include").Count : -1, SetupPyText.List(text, "packages"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal((0, -1, null), declared);
    }
}
