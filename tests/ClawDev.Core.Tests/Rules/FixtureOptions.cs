using ClawDev.Core.Configuration;
using ClawDev.Core.Configuration.Paths;

namespace ClawDev.Core.Tests.Rules;

/// <summary>
/// The settings of one fixture, read from an optional "&lt;name&gt;.options" file next to it (or, for a variant,
/// "&lt;name&gt;.&lt;variant&gt;.options"): "key = value" lines named like the configuration keys they stand for;
/// '#' starts a comment.
/// </summary>
internal static class FixtureOptions
{
    public static FileSettings Read(string fixturePath, IReadOnlySet<string> defaultCodes, string? variant = null)
    {
        var settings = new FileSettings { EnabledCodes = defaultCodes };
        var optionsPath = Path.ChangeExtension(fixturePath, variant is null ? ".options" : $".{variant}.options");
        if (!File.Exists(optionsPath))
        {
            return settings;
        }
        var parameters = ParameterOptions.Default;
        var coverage = new CoverageOptions();
        var ignoreRegex = new List<ConfigRegex>();
        foreach (var rawLine in File.ReadAllLines(optionsPath))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var equals = line.IndexOf('=');
            Assert.True(equals > 0, $"{optionsPath}: expected 'key = value', got '{line}'");
            var key = line[..equals].Trim();
            var value = line[(equals + 1)..].Trim();
            var flag = value == "true";
            switch (key)
            {
                case "select": settings = settings with { EnabledCodes = value.Split(',', StringSplitOptions.TrimEntries).ToHashSet() }; break;
                case "property-decorators": settings = settings with { PropertyDecorators = value.Split(',', StringSplitOptions.TrimEntries).ToHashSet() }; break;
                case "ignore-decorators": settings = settings with { IgnoreDecorators = PythonRegex.Compile(value, "{0}", new PatternTimeouts(), out _) }; break;
                case "honour-noqa": settings = settings with { HonourNoqa = flag }; break;
                case "use-full-dunder-all": settings = settings with { UseFullDunderAll = flag }; break;
                case "linter": settings = settings with { Linter = Enum.Parse<DocstringLinter>(value, ignoreCase: true) }; break;
                case "ignore-var-parameters": settings = settings with { IgnoreVarParameters = flag }; break;
                case "ignore-self-only-init": settings = settings with { IgnoreSelfOnlyInit = flag }; break;
                case "d417-sphinx": settings = settings with { D417IncludesSphinx = flag }; break;
                case "profile": settings = settings with { Profile = ProfileChoice.Parse(value) ?? throw new ArgumentException($"{optionsPath}: unknown profile '{value}'") }; break;
                case "document-var-args": parameters = parameters with { DocumentVarArgs = flag }; break;
                case "document-self-and-cls": parameters = parameters with { DocumentSelfAndCls = flag }; break;
                case "document-private": parameters = parameters with { DocumentPrivate = flag }; break;
                case "ignore-init-method": coverage = coverage with { IgnoreInitMethod = flag }; break;
                case "ignore-init-module": coverage = coverage with { IgnoreInitModule = flag }; break;
                case "ignore-magic": coverage = coverage with { IgnoreMagic = flag }; break;
                case "ignore-module": coverage = coverage with { IgnoreModule = flag }; break;
                case "ignore-nested-classes": coverage = coverage with { IgnoreNestedClasses = flag }; break;
                case "ignore-nested-functions": coverage = coverage with { IgnoreNestedFunctions = flag }; break;
                case "ignore-private": coverage = coverage with { IgnorePrivate = flag }; break;
                case "ignore-semiprivate": coverage = coverage with { IgnoreSemiprivate = flag }; break;
                case "ignore-property-decorators": coverage = coverage with { IgnoreProperty = flag }; break;
                case "ignore-setters": coverage = coverage with { IgnoreSetters = flag }; break;
                case "ignore-overloaded-functions": coverage = coverage with { IgnoreOverloaded = flag }; break;
                case "ignore-regex": ignoreRegex.Add(PythonRegex.Compile(value, @"\A(?:{0})", new PatternTimeouts(), out _)!); break;
                default: Assert.Fail($"{optionsPath}: unknown option '{key}'"); break;
            }
        }
        return settings with { Parameters = parameters, Coverage = coverage with { IgnoreRegex = ignoreRegex } };
    }
}
