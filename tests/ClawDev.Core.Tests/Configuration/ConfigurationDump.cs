using System.Globalization;
using System.Text;
using ClawDev.Core.Configuration;
using ClawDev.Core.Library;

namespace ClawDev.Core.Tests.Configuration;

/// <summary>Writes a resolved configuration as text: provenance, problems, and the settings of a few files.</summary>
internal static class ConfigurationDump
{
    public static string Render(ProjectConfiguration configuration, IEnumerable<string> paths)
    {
        var text = new StringBuilder();
        text.Append("docstring rules from: ").Append(configuration.DocstringRulesFrom).Append('\n');
        text.Append("profile: ").Append(configuration.Profile.Name).Append(" (").Append(configuration.Profile.Reason).Append("; ").Append(configuration.Profile.Source).Append(")\n");
        text.Append("library: ").Append(string.Join(", ", configuration.Scope.Roots.Select(root => $"{root.Name} = {root.Path}"))).Append(" (").Append(configuration.Scope.FoundBy).Append(")\n");
        text.Append("tools:\n");
        foreach (var tool in configuration.Tools)
        {
            text.Append("  ").Append(tool.Tool).Append(": ").Append(tool.Role).Append("    <").Append(tool.Source).Append(">\n");
        }
        text.Append("max file size: ").Append(configuration.MaxFileSize.ToString(CultureInfo.InvariantCulture)).Append('\n');
        text.Append("problems:\n");
        foreach (var problem in configuration.Problems)
        {
            text.Append("  ").Append(problem).Append('\n');
        }

        text.Append("settings:\n");
        foreach (var setting in configuration.Settings)
        {
            text.Append("  ").Append(setting.Key).Append(" = ").Append(setting.Value).Append("    <").Append(setting.Source).Append(">\n");
        }

        text.Append("files:\n");
        foreach (var path in paths)
        {
            text.Append("  ").Append(path).Append('\n');
            if (configuration.Exclusion(path) is var (category, reason))
            {
                text.Append("    ").Append(ExclusionCategories.Name(category)).Append(": ").Append(reason).Append('\n');
                continue;
            }

            text.Append("    module: ").Append(configuration.ModuleName(path)).Append('\n');

            AppendFileSettings(text, configuration.ForFile(path));
        }

        return text.ToString();
    }

    private static void AppendFileSettings(StringBuilder text, FileSettings settings)
    {
        void Line(string name, string value) => text.Append("    ").Append(name).Append(": ").Append(value).Append('\n');

        Line("codes", string.Join(' ', settings.EnabledCodes.Order(StringComparer.Ordinal)));
        Line("convention", settings.Convention.ToString());
        Line("ignore-decorators", settings.IgnoreDecorators?.ToString() ?? "(none)");
        Line("property-decorators", string.Join(", ", settings.PropertyDecorators.Order(StringComparer.Ordinal).Select(name => $"'{name}'")));
        Line("ignore-var-parameters", Flag(settings.IgnoreVarParameters));
        Line("ignore-self-only-init", Flag(settings.IgnoreSelfOnlyInit));
        Line("style", settings.Style?.ToString() ?? "(detected)");
        Line("use-full-dunder-all", Flag(settings.UseFullDunderAll));
        Line("d417-sphinx", Flag(settings.D417IncludesSphinx));
        Line("parameters", $"var-args={Flag(settings.Parameters.DocumentVarArgs)} self={Flag(settings.Parameters.DocumentSelfAndCls)} private={Flag(settings.Parameters.DocumentPrivate)}");
        Line("coverage", Coverage(settings.Coverage));
        Line("noqa", settings.HonourNoqa ? "honoured" : "ignored");
        Line("line-length", settings.LineLength?.ToString(CultureInfo.InvariantCulture) ?? "(not configured)");
        if (settings.FillsDocstringParagraphs)
        {
            Line("docstring paragraphs", "filled to the line length (doc-builder)");
        }
    }

    private static string Coverage(CoverageOptions coverage)
    {
        var flags = new (string Name, bool On)[]
        {
            ("init-method", coverage.IgnoreInitMethod), ("init-module", coverage.IgnoreInitModule), ("magic", coverage.IgnoreMagic),
            ("module", coverage.IgnoreModule), ("nested-classes", coverage.IgnoreNestedClasses), ("nested-functions", coverage.IgnoreNestedFunctions),
            ("private", coverage.IgnorePrivate), ("semiprivate", coverage.IgnoreSemiprivate), ("property", coverage.IgnoreProperty),
            ("setters", coverage.IgnoreSetters), ("overloaded", coverage.IgnoreOverloaded),
        };
        var ignored = flags.Where(flag => flag.On).Select(flag => flag.Name).ToList();
        var parts = new List<string> { "ignore=" + (ignored.Count == 0 ? "(nothing)" : string.Join(',', ignored)) };
        if (coverage.IgnoreRegex.Count > 0)
        {
            parts.Add("ignore-regex=" + string.Join(" ", coverage.IgnoreRegex.Select(regex => regex.ToString())));
        }

        parts.Add("fail-under=" + (coverage.FailUnder?.ToString(CultureInfo.InvariantCulture) ?? "(none)"));
        return string.Join(' ', parts);
    }

    private static string Flag(bool value) => value ? "true" : "false";
}
