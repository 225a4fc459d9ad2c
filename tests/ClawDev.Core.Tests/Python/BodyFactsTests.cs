namespace ClawDev.Core.Tests.Python;

/// <summary>Raises, Yields and ReturnsValue: what the body itself does, not its nested definitions or lambdas.</summary>
public sealed class BodyFactsTests
{
    [Theory]
    [InlineData("    raise ValueError('bad')\n", "ValueError")]
    [InlineData("    raise errors.Bad\n", "errors.Bad")]
    [InlineData("    raise errors . deep . Bad()\n", "errors.deep.Bad")]
    [InlineData("    raise KeyError(k) from None\n", "KeyError")]
    [InlineData("    raise\n", "")]
    [InlineData("    raise (ValueError)\n", "")]
    [InlineData("    raise self._error('x')\n", "self._error")]
    [InlineData("    if a: raise TypeError\n    else: raise ValueError\n    raise TypeError('again')\n", "TypeError|ValueError")]
    [InlineData("    try:\n        pass\n    except OSError as e:\n        raise RuntimeError('wrapped') from e\n", "RuntimeError")]
    [InlineData("    def inner():\n        raise ValueError\n    class C:\n        raise TypeError\n    return inner\n", "")]
    [InlineData("    x = 1; raise ValueError\n", "ValueError")]
    [InlineData("    match x:\n        case 1:\n            raise NotImplementedError\n", "NotImplementedError")]
    public void Raised_exceptions(string body, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), Parsed.Definition("def f():\n" + body, "f").RaisedExceptions);

    [Fact]
    public void A_nested_definition_has_its_own_raises()
    {
        var module = Parsed.Module("def f():\n    def inner(): raise ValueError\n    raise TypeError\n");

        Assert.Equal(["TypeError"], module.Find("f").RaisedExceptions);
        Assert.Equal(["ValueError"], module.Find("f.inner").RaisedExceptions);
    }

    [Theory]
    [InlineData("    yield 1\n", true)]
    [InlineData("    yield\n", true)]
    [InlineData("    yield from other()\n", true)]
    [InlineData("    x = yield\n", true)]
    [InlineData("    await (yield)\n", true)]
    [InlineData("    for x in y: yield x\n", true)]
    [InlineData("    return (x for x in y)\n", false)]
    [InlineData("    g = lambda: (yield)\n", false)]
    [InlineData("    g = lambda: (yield), (yield)\n", true)]
    [InlineData("    h = [lambda: (yield) for _ in range(2)]\n", false)]
    [InlineData("    call(key=lambda a, b: (yield a), other=(yield))\n", true)]
    [InlineData("    call(lambda: 1, (yield))\n", true)]
    [InlineData("    def gen():\n        yield 1\n    return gen\n", false)]
    public void Yields(string body, bool expected) =>
        Assert.Equal(expected, Parsed.Definition("def f():\n" + body, "f").Yields);

    [Theory]
    [InlineData("    return 1\n", true)]
    [InlineData("    return None\n", true)]
    [InlineData("    return\n", false)]
    [InlineData("    return; x = 1\n", false)]
    [InlineData("    if x: return\n    return x, y\n", true)]
    [InlineData("    def inner():\n        return 1\n    inner()\n", false)]
    [InlineData("    class C:\n        def m(self):\n            return 1\n", false)]
    public void Returns_a_value(string body, bool expected) =>
        Assert.Equal(expected, Parsed.Definition("def f():\n" + body, "f").ReturnsValue);

    [Theory]
    [InlineData("    return 1\n", true)]
    [InlineData("    return None\n", false)]
    [InlineData("    return None; x = 1\n", false)]
    [InlineData("    return\n", false)]
    [InlineData("    return None if x else 1\n", true)]
    [InlineData("    return NoneType\n", true)]
    [InlineData("    if x: return None\n    return x or None\n", true)]
    [InlineData("    def inner():\n        return 1\n    return None\n", false)]
    public void Returns_something_other_than_none(string body, bool expected) =>
        Assert.Equal(expected, Parsed.Definition("def f():\n" + body, "f").ReturnsNotNone);

    [Fact]
    public void A_one_liner_body_counts()
    {
        var f = Parsed.Definition("def f(): return (yield ValueError) or ValueError\n", "f");

        Assert.True(f.Yields);
        Assert.True(f.ReturnsValue);
    }
}
