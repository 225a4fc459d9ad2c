using ClawDev.Core.Library;

namespace ClawDev.Core.Tests.Library;

public sealed class ModuleOutlineTests
{
    [Theory]
    [InlineData("a.b", true, ".x", "a.b.x")]
    [InlineData("a.b", false, ".x", "a.x")]
    [InlineData("a.b", true, "..x", "a.x")]
    [InlineData("a.b.c", false, "..x", "a.x")]
    [InlineData("a.b", true, ".", "a.b")]
    [InlineData("a.b", false, "..", "")]
    [InlineData("a", false, ".x", "x")]
    [InlineData("a", true, "...x", "x")]
    [InlineData("a.b", true, "x.y", "x.y")]
    public void A_relative_import_names_the_module_it_reaches(string module, bool isPackage, string written, string expected)
    {
        var outline = new ModuleOutline(module, isPackage, false, [], [], [], null);

        Assert.Equal(expected, outline.Absolute(written));
    }
}
