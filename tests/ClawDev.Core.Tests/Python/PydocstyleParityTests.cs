using ClawDev.Core.Python;

namespace ClawDev.Core.Tests.Python;

/// <summary>
/// Cases where the outline must read a file exactly as pydocstyle 6.2.3's parser does. Every expectation here
/// was taken from running pydocstyle's own <c>Parser</c> on the same source.
/// </summary>
public sealed class PydocstyleParityTests
{
    [Theory]
    [InlineData("def f():  # noqa\n    pass\n", "all")]
    [InlineData("def f():  # noqa: D102,D103\n    pass\n", "D102,D103")]
    [InlineData("def f():  #noqa:D102\n    pass\n", "")]
    [InlineData("def f():  # NOQA\n    pass\n", "")]
    [InlineData("def f():  # noqa:D102\n    pass\n", "all")]
    [InlineData("def f():\n    # noqa: D103\n    pass\n", "D103")]
    [InlineData("def f():\n    # first comment\n\n    # noqa\n    pass\n", "all")]
    [InlineData("def f():\n    pass  # noqa\n", "")]
    [InlineData("def f(): pass  # noqa\n", "")]
    [InlineData("def f(\n    a,  # noqa\n):\n    pass\n", "")]
    [InlineData("def f():  # type: ignore  # noqa: D401  \n    pass\n", "D401  ")]
    [InlineData("def f():  # noqa: \n    # noqa\n    pass\n", "all")]
    [InlineData("def f():  # x noqa: D1 noqa: D2\n    pass\n", "D1 D2")]
    public void Definition_skip_codes(string source, string expected) =>
        Assert.Equal(expected, Parsed.Definition(source, "f").PydocstyleSkip);

    [Fact]
    public void A_class_skip_does_not_reach_its_methods()
    {
        var module = Parsed.Module("class A:  # noqa: D101\n    \"\"\"Doc.\"\"\"\n    def f(self):\n        pass\n");

        Assert.Equal(("D101", ""), (module.Find("A").PydocstyleSkip, module.Find("A.f").PydocstyleSkip));
    }

    [Theory]
    [InlineData("# noqa\n\"\"\"Doc.\"\"\"\n", "all")]
    [InlineData("#!/usr/bin/env python\n# noqa: D100\n\"\"\"Doc.\"\"\"\n", "D100")]
    [InlineData("\"\"\"Doc.\"\"\"  # noqa\n", "")]
    [InlineData("import os  # noqa\n", "")]
    [InlineData("# noqa: D100\n", "D100")]
    public void Module_skip_codes(string source, string expected) =>
        Assert.Equal(expected, Parsed.Module(source).PydocstyleSkip);

    [Theory]
    [InlineData("def f(): \"doc\"\n", "\"doc\"")]
    [InlineData("def f(): return 'x'\n", null)]
    [InlineData("def f():\n    # comment\n\n    r'''Raw \\d.'''\n", "r'''Raw \\d.'''")]
    [InlineData("def f():\n    f\"Doc {x}.\"\n", "f\"Doc {x}.\"")]
    [InlineData("def f():\n    b'bytes doc'\n", "b'bytes doc'")]
    [InlineData("def f():\n    'a' 'b'\n", "'a'")]
    [InlineData("def f():\n    ('a')\n", null)]
    [InlineData("def f():\n    x = 1\n    'not doc'\n", null)]
    [InlineData("def f():\n    '''Doc'''.format(1)\n", "'''Doc'''")]
    public void The_docstring_is_the_first_string_token_of_the_body(string source, string? expected) =>
        Assert.Equal(expected, Parsed.Definition(source, "f").Docstring?.Literal);

    [Fact]
    public void A_one_liner_class_body_can_hold_the_docstring() =>
        Assert.Equal("'doc'", Parsed.Definition("class A: 'doc'; x = 1\n", "A").Docstring?.Literal);

    [Theory]
    [InlineData("\"\"\"Module doc.\"\"\"\nx = 1\n", "\"\"\"Module doc.\"\"\"")]
    [InlineData("#!/usr/bin/env python\n# comment\n\n'Module'\n", "'Module'")]
    [InlineData("from __future__ import annotations\n\"\"\"Not a docstring.\"\"\"\n", null)]
    public void The_module_docstring_is_the_first_token_after_comments(string source, string? expected) =>
        Assert.Equal(expected, Parsed.Module(source).Docstring?.Literal);

    [Theory]
    [InlineData("@property  # cached\ndef f(): pass\n", new[] { "property# cached" })]
    [InlineData("@a\n# between\n@b\ndef f(): pass\n", new[] { "a# between", "b" })]
    [InlineData("@a(1)\n# between\n@b\n# before def\ndef f(): pass\n", new[] { "a", "b# before def" })]
    [InlineData("@ a . b (x) . c\ndef f(): pass\n", new[] { "a.b" })]
    [InlineData("@x[0].y\ndef f(): pass\n", new[] { "x[0].y" })]
    [InlineData("@a\nasync def f(): pass\n", new[] { "a" })]
    [InlineData("x = y @ z\ndef f(): pass\n", new string[0])]
    public void Decorator_names(string source, string[] expected) =>
        Assert.Equal(expected, Parsed.Definition(source, "f").Decorators.Select(d => d.Name));

    [Theory]
    [InlineData("__all__ = ['a', 'b']\n", "a|b")]
    [InlineData("__all__ = ('a', 'b',)\n", "a|b")]
    [InlineData("__all__ = 'a', 'b'\n", "a|b")]
    [InlineData("__all__ = ('a',)\n", "a")]
    [InlineData("__all__ = []\n", "")]
    [InlineData("__all__ = ['a' 'b', 'c']\n", "ab|c")]
    [InlineData("__all__ = [\n    'a',  # first\n    'b',\n]\n", "a|b")]
    [InlineData("__all__ = ['a', 'b']  # comment\n", "a|b")]
    [InlineData("__all__ = ['a', f'b']\n", "a|b")]
    [InlineData("__all__ = ['a', b'b']\n", "a")]
    [InlineData("def f():\n    __all__ = ['x']\n__all__ = ['a', 'b']\n", "a|b")]
    [InlineData("class A:\n    __all__ = ['x']\n__all__ = ['a', 'b']\n", "a|b")]
    [InlineData("from m import __all__ as _all\n__all__ = ['a', 'b']\n", "a|b")]
    [InlineData("from m import (x,\n  __all__)\n__all__ = ['a', 'b']\n", "a|b")]
    [InlineData("@register(__all__)\ndef f(): pass\n__all__ = ['f', 'g']\n", "f|g")]
    [InlineData("def f(x=__all__): pass\n__all__ = ['f', 'g']\n", "f|g")]
    [InlineData("x = 1; __all__ = ('a', 'b')\n", "a|b")]
    [InlineData("__all__ = ('a', 'b')\nif x:\n    __all__ += ['c']\n", "a|b")]
    public void Dunder_all_as_a_tuple(string source, string expected)
    {
        var all = Parsed.Module(source).All!;

        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), all.PydocstyleNames);
        Assert.False(all.PydocstyleNamesIsString);
    }

    [Theory]
    [InlineData("__all__ = ['a']\n", "a")]
    [InlineData("__all__ = ('ab')\n", "ab")]
    [InlineData("x = 1; __all__ = ['a']\n", "a")]
    public void Dunder_all_of_one_item_without_a_comma_is_one_string(string source, string expected)
    {
        var all = Parsed.Module(source).All!;

        Assert.True(all.PydocstyleNamesIsString);
        Assert.Equal([expected], all.PydocstyleNames);
    }

    [Fact]
    public void Membership_in_a_one_string_dunder_all_is_a_substring_test()
    {
        var all = Parsed.Module("__all__ = ['load_dataset']\n").All!;

        Assert.Equal((true, true, false), (all.PydocstyleIncludes("load_dataset"), all.PydocstyleIncludes("load"), all.PydocstyleIncludes("save")));
    }

    [Theory]
    [InlineData("__all__ = 'a'\n")]
    [InlineData("__all__ = ['a']\n__all__ += ['b']\n")]
    [InlineData("__all__ = ['a']\n__all__.extend(['b'])\n")]
    [InlineData("__all__ = ['a']\nprint(__all__)\n")]
    [InlineData("__all__: list[str] = ['a']\n")]
    [InlineData("__all__ = ['a'] + other.__all__\n")]
    [InlineData("__all__ = [name for name in dir()]\n")]
    [InlineData("__all__ = list(x)\n")]
    [InlineData("__all__ = ['a'];\n")]
    [InlineData("__all__ = ['a', f'{b}']\n")]
    [InlineData("if True:\n    __all__ = ['a']\n")]
    [InlineData("__all__ = ['a']\nif x: __all__ += ['b']\n")]
    public void Dunder_all_that_pydocstyle_cannot_use(string source)
    {
        var module = Parsed.Module(source);

        Assert.Null(module.All?.PydocstyleNames);
        Assert.Null(module.All?.PydocstyleIncludes("a"));
    }
}
