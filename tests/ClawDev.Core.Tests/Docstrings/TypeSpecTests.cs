using ClawDev.Core.Docstrings;

namespace ClawDev.Core.Tests.Docstrings;

/// <summary>The type part of an entry splits the same way in Google ("x (spec):"), NumPy ("x : spec") and Sphinx (":type x: spec").</summary>
public sealed class TypeSpecTests
{
    [Theory]
    [InlineData("int", "int", false, null)]
    [InlineData("int, optional", "int", true, null)]
    [InlineData("`int`, *optional*, defaults to 8", "`int`", true, "8")]
    [InlineData("`str` or `Callable`, *optional*, defaults to `\"gelu\"`", "`str` or `Callable`", true, "`\"gelu\"`")]
    [InlineData("`torch.Tensor` of shape `(batch, seq)`, *optional*", "`torch.Tensor` of shape `(batch, seq)`", true, null)]
    [InlineData("`Tuple[torch.optim.Optimizer, LambdaLR]`, *optional*, defaults to `(None, None)`", "`Tuple[torch.optim.Optimizer, LambdaLR]`", true, "`(None, None)`")]
    [InlineData("Dict[str, int], optional", "Dict[str, int]", true, null)]
    [InlineData("{'a', 'b'}, default: 'a'", "{'a', 'b'}", false, "'a'")]
    [InlineData("int, default=3", "int", false, "3")]
    [InlineData("bool, default True", "bool", false, "True")]
    [InlineData("float, defaults to 1.0", "float", false, "1.0")]
    [InlineData("int, default is 5", "int", false, "5")]
    [InlineData("int, Default: None, optional", "int", true, "None")]
    [InlineData("array_like, shape (n,)", "array_like, shape (n,)", false, null)]
    [InlineData("\"a, b\" or None, optional", "\"a, b\" or None", true, null)]
    [InlineData("str, `optional`", "str", true, null)]
    [InlineData("optional", null, true, null)]
    [InlineData("defaulting_value", "defaulting_value", false, null)]
    [InlineData("int, default", "int", false, null)]
    [InlineData("int, optional, keyword-only", "int", true, null)]
    [InlineData("int , , optional", "int", true, null)]
    [InlineData("string or None, optional (default='weight')", "string or None", true, "'weight'")]
    [InlineData("NetworkX graph constructor, optional (default=nx.Graph)", "NetworkX graph constructor", true, "nx.Graph")]
    [InlineData("list or iterable (optional)", "list or iterable", true, null)]
    [InlineData("object (default=None)", "object", false, "None")]
    [InlineData("data type (float), default=float", "data type (float)", false, "float")]
    [InlineData("tuple (int, int)", "tuple (int, int)", false, null)]
    public void Splits_type_optional_and_default(string spec, string? type, bool optional, string? defaultValue)
    {
        var google = DocstringParser.Parse($"S.\n\nArgs:\n    x ({spec}): D.\n", 0).FindParameter("x")!;
        var numpy = DocstringParser.Parse($"S.\n\nParameters\n----------\nx : {spec}\n    D.\n", 0).FindParameter("x")!;
        var sphinx = DocstringParser.Parse($"S.\n\n:param x: D.\n:type x: {spec}\n", 0).FindParameter("x")!;

        foreach (var entry in new[] { google, numpy, sphinx })
        {
            Assert.Equal(type, entry.Type);
            Assert.Equal(optional, entry.IsOptional);
            Assert.Equal(defaultValue, entry.Default);
            Assert.Equal("D.", entry.Description);
        }
    }
}
