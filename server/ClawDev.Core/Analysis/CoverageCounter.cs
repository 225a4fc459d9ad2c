using ClawDev.Core.Configuration;
using ClawDev.Core.Python;
using ClawDev.Core.Rules.Pydocstyle;

namespace ClawDev.Core.Analysis;

/// <summary>
/// Documentation coverage with interrogate's semantics (visit.py and coverage.py of interrogate 1.7):
/// <list type="bullet">
/// <item>the module, every class and every function counts, nested ones included;</item>
/// <item>an ignored class or function (ignore-private `__x`, ignore-semiprivate `_x`, ignore-regex matched at the
/// start of the name, and for functions ignore-init-method, ignore-magic — every dunder name but `__init__`,
/// at any level —, ignore-property-decorators — `@property`, `@x.setter`, `@x.deleter` —, ignore-setters,
/// ignore-overloaded-functions — `@overload`, `@typing.overload`) hides its whole body too;</item>
/// <item>ignore-nested-functions drops functions directly inside a (non-async) function, but not their children;
/// ignore-nested-classes drops classes inside a class or (non-async) function together with their direct
/// children only — interrogate's quirks, kept so the numbers match;</item>
/// <item>ignore-init-module leaves `__init__.py` files out entirely, ignore-module the module itself;</item>
/// <item>a docstring counts when it is a str literal (not bytes, not an f-string) with non-blank text;</item>
/// <item>`# noqa` comments play no part.</item>
/// </list>
/// </summary>
public static class CoverageCounter
{
    public static ModuleCoverage Count(PythonModule module, string relativePath, string moduleName, CoverageOptions options)
    {
        if (options.IgnoreInitModule && IsInitModule(relativePath))
        {
            return new ModuleCoverage(0, 0, []) { ExcludedBecause = "ignore-init-module" };
        }
        var tally = new Tally(options);
        if (!options.IgnoreModule)
        {
            tally.Add(moduleName, IsCovered(module.Docstring), ModuleStart);
        }
        foreach (var definition in module.Definitions)
        {
            tally.Visit(definition, parent: null, parentIsNestedClass: false);
        }
        return new ModuleCoverage(tally.Total, tally.Documented, tally.Missing) { MissingSpans = tally.MissingSpans };
    }

    private static readonly TextSpan ModuleStart = new(0, 0);

    private sealed class Tally(CoverageOptions options)
    {
        public int Total { get; private set; }
        public int Documented { get; private set; }
        public List<string> Missing { get; } = [];
        public List<TextSpan> MissingSpans { get; } = [];

        public void Add(string name, bool covered, TextSpan span)
        {
            Total++;
            if (covered)
            {
                Documented++;
            }
            else
            {
                Missing.Add(name);
                MissingSpans.Add(span);
            }
        }

        /// <summary>Visits an outline node the way interrogate's visitor does, then applies its node filters.</summary>
        public void Visit(Definition definition, Definition? parent, bool parentIsNestedClass)
        {
            if (IsIgnored(definition, options))
            {
                return;
            }
            // interrogate compares ast node type names, so async defs are neither nested functions nor hosts of them.
            var parentIsPlainFunction = parent is { IsClass: false, IsAsync: false };
            var isNestedFunction = !definition.IsClass && !definition.IsAsync && parentIsPlainFunction;
            var isNestedClass = definition.IsClass && (parent is { IsClass: true } || parentIsPlainFunction);
            var dropped = (options.IgnoreNestedFunctions && isNestedFunction)
                || (options.IgnoreNestedClasses && (isNestedClass || parentIsNestedClass));
            if (!dropped)
            {
                Add(definition.QualifiedName, IsCovered(definition.Docstring), definition.NameSpan);
            }
            foreach (var child in definition.Children)
            {
                Visit(child, definition, isNestedClass);
            }
        }
    }

    private static bool IsIgnored(Definition definition, CoverageOptions options)
    {
        var name = definition.Name;
        if (!definition.IsClass)
        {
            if (options.IgnoreInitMethod && name == "__init__")
            {
                return true;
            }
            if (options.IgnoreMagic && name != "__init__" && name.StartsWith("__", StringComparison.Ordinal) && name.EndsWith("__", StringComparison.Ordinal))
            {
                return true;
            }
            if (options.IgnoreProperty && HasPropertyDecorator(definition))
            {
                return true;
            }
            if (options.IgnoreSetters && HasAttributeDecorator(definition, "setter"))
            {
                return true;
            }
            if (options.IgnoreOverloaded && HasOverloadDecorator(definition))
            {
                return true;
            }
        }
        var endsWithDunder = name.EndsWith("__", StringComparison.Ordinal);
        var startsWithDunder = name.StartsWith("__", StringComparison.Ordinal);
        if (options.IgnorePrivate && startsWithDunder && !endsWithDunder)
        {
            return true;
        }
        if (options.IgnoreSemiprivate && name.StartsWith('_') && !startsWithDunder && !endsWithDunder)
        {
            return true;
        }
        foreach (var regex in options.IgnoreRegex)
        {
            // Python's re.match: each pattern is anchored at the start of the name.
            if (regex.IsMatch(name))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>interrogate: a bare name "property", or an attribute ending in ".setter"/".deleter" (not called).</summary>
    private static bool HasPropertyDecorator(Definition definition)
    {
        foreach (var decorator in definition.Decorators)
        {
            if (decorator.Arguments is null && decorator.Name == "property")
            {
                return true;
            }
        }
        return HasAttributeDecorator(definition, "setter") || HasAttributeDecorator(definition, "deleter");
    }

    private static bool HasAttributeDecorator(Definition definition, string attribute)
    {
        foreach (var decorator in definition.Decorators)
        {
            var name = decorator.Name;
            var dot = name.LastIndexOf('.');
            if (decorator.Arguments is null && dot >= 0 && name.AsSpan(dot + 1).SequenceEqual(attribute))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasOverloadDecorator(Definition definition)
    {
        foreach (var decorator in definition.Decorators)
        {
            if (decorator.Arguments is null && decorator.Name is "overload" or "typing.overload")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether interrogate counts <paramref name="docstring"/> as documentation: ast.get_docstring(node) is a str with
    /// non-blank text (bytes and f-strings are not docstrings to ast).</summary>
    public static bool IsCovered(Docstring? docstring)
    {
        if (docstring is null)
        {
            return false;
        }
        foreach (var c in docstring.Prefix)
        {
            if (c is 'b' or 'B' or 'f' or 'F')
            {
                return false;
            }
        }
        return !PythonText.IsBlank(docstring.ValueText);
    }

    private static bool IsInitModule(string relativePath) =>
        relativePath == "__init__.py" || relativePath.EndsWith("/__init__.py", StringComparison.Ordinal);
}
