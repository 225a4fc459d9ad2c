using ClawDev.Core.Rules;

namespace ClawDev.Core.Tests.Rules;

public sealed class ModulePathTests
{
    [Theory]
    [InlineData("pkg/sub/mod.py", "pkg.sub.mod")]
    [InlineData("pkg/__init__.py", "pkg")]
    [InlineData("mod.py", "mod")]
    [InlineData("./pkg/mod.py", "pkg.mod")]
    [InlineData("pkg/stubs.pyi", "pkg.stubs")]
    [InlineData("__init__.py", "__init__")]
    [InlineData("pkg/__main__.py", "pkg.__main__")]
    public void DottedName_follows_the_import_path(string relativePath, string expected) =>
        Assert.Equal(expected, ModulePath.DottedName(relativePath));

    [Theory]
    [InlineData("mod.py", true)]
    [InlineData("_mod.py", false)]
    [InlineData("__main__.py", true)]
    [InlineData("pkg/__init__.py", true)]
    [InlineData("_pkg/__init__.py", false)]
    [InlineData("_pkg/sub/mod.py", false)]
    [InlineData("pkg/_sub/mod.py", false)]
    [InlineData("__pkg__/mod.py", true)]
    [InlineData(".hidden/mod.py", true)]
    public void IsPublicModule_checks_every_directory_below_the_root(string relativePath, bool expected) =>
        Assert.Equal(expected, ModulePath.IsPublicModule(relativePath));

    [Theory]
    [InlineData("pkg/__init__.py", true)]
    [InlineData("pkg/__init__.pyi", true)]
    [InlineData("pkg/module__init__.py", true)]
    [InlineData("pkg/init.py", false)]
    public void IsPackageInit_uses_pydocstyles_suffix_test(string relativePath, bool expected) =>
        Assert.Equal(expected, ModulePath.IsPackageInit(relativePath));
}
