namespace ClawDev.Core.Tests.Python;

/// <summary>ClawDev's own static reading of <c>__all__</c> (Names and IsStatic), which goes further than pydocstyle's.</summary>
public sealed class DunderAllTests
{
    [Theory]
    [InlineData("__all__ = ['a', 'b']\n", "a|b")]
    [InlineData("__all__ = ('a', 'b')\n", "a|b")]
    [InlineData("__all__ = 'a', 'b'\n", "a|b")]
    [InlineData("__all__ = ['a']\n", "a")]
    [InlineData("__all__ = []\n", "")]
    [InlineData("__all__: list[str] = ['a', 'b']\n", "a|b")]
    [InlineData("__all__ = ['a']\n__all__ += ['b']\n__all__ += ('c',)\n", "a|b|c")]
    [InlineData("__all__ = ['a']\n__all__.extend(['b', 'c'])\n", "a|b|c")]
    [InlineData("__all__ = ['a']\n__all__.extend(('b',))\n", "a|b")]
    [InlineData("__all__ = ['a']\n__all__.append('b')\n", "a|b")]
    [InlineData("__all__ = ['a', 'b']\n__all__.remove('a')\n", "b")]
    [InlineData("__all__ = ['a'] + ['b'] + ('c',)\n", "a|b|c")]
    [InlineData("__all__ = ['a']\n__all__ = __all__ + ['b']\n", "a|b")]
    [InlineData("__all__ = ['old']\n__all__ = ['new']\n", "new")]
    [InlineData("__all__ = ['a']\nif sys.platform == 'win32':\n    __all__ += ['b']\nelse:\n    __all__.append('c')\n", "a|b|c")]
    [InlineData("try:\n    __all__ = ['a']\nexcept ImportError:\n    __all__ = ['b']\n", "a|b")]
    [InlineData("__all__ = ['a', 'a', 'b']\n__all__.sort()\n", "a|b")]
    [InlineData("__all__ = ['a' 'b', \"c\"]\n", "ab|c")]
    [InlineData("__all__ = [\n    'a',  # the first\n    'b',\n]\n", "a|b")]
    [InlineData("if x: __all__ = ['a']\n", "a")]
    [InlineData("__all__ = ['a']; __all__ += ['b']\n", "a|b")]
    public void Reads_static_forms(string source, string names)
    {
        var all = Parsed.Module(source).All!;

        Assert.Equal(names.Length == 0 ? [] : names.Split('|'), all.Names);
        Assert.True(all.IsStatic);
    }

    [Theory]
    [InlineData("__all__ = ['a'] + other.__all__\n", "a")]
    [InlineData("__all__ = ['a', *extra]\n", "a")]
    [InlineData("__all__ = list(names)\n", "")]
    [InlineData("__all__ = [n for n in dir() if not n.startswith('_')]\n", "")]
    [InlineData("__all__ = ['a']\n__all__ += submodule.__all__\n", "a")]
    [InlineData("__all__ = ['a']\n__all__.extend(names)\n", "a")]
    [InlineData("__all__ = ['a']\n__all__.append(name)\n", "a")]
    [InlineData("__all__ = ['a']\n__all__.insert(0, 'b')\n", "a")]
    [InlineData("__all__ = ['a']\n__all__[0] = 'b'\n", "a")]
    [InlineData("__all__ = 'a'\n", "")]
    [InlineData("__all__ = ['a', f'{prefix}_b']\n", "a")]
    [InlineData("__all__ = ['a', b'b']\n", "a")]
    public void Marks_what_it_cannot_read_as_not_static(string source, string names)
    {
        var all = Parsed.Module(source).All!;

        Assert.Equal(names.Length == 0 ? [] : names.Split('|'), all.Names);
        Assert.False(all.IsStatic);
    }

    [Theory]
    [InlineData("x = 1\n")]
    [InlineData("print(__all__)\n")]
    [InlineData("def f():\n    __all__ = ['a']\n")]
    [InlineData("class A:\n    __all__ = ['a']\n")]
    [InlineData("__all__: list[str]\n")]
    public void Is_null_without_a_module_level_change(string source) =>
        Assert.Null(Parsed.Module(source).All);

    [Fact]
    public void An_unconditional_reassignment_starts_over()
    {
        var all = Parsed.Module("__all__ = list(x)\n__all__ = ['a']\n").All!;

        Assert.Equal(["a"], all.Names);
        Assert.True(all.IsStatic);
    }
}
