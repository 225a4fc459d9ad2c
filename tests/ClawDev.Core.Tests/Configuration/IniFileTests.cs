using System.Text;
using ClawDev.Core.Configuration.Sources;
using ClawDev.Core.Tests.Support;

namespace ClawDev.Core.Tests.Configuration;

/// <summary>Each IniCases/*.ini is read with and without inline comments; the .expected file was checked against
/// Python 3.11's configparser (RawConfigParser with and without <c>inline_comment_prefixes=('#', ';')</c>).</summary>
public sealed class IniFileTests
{
    private static readonly string CaseDirectory = Path.Combine(ConfigurationTestFiles.SourceDirectory(), "IniCases");

    public static TheoryData<string> Cases() =>
        [.. Directory.GetFiles(CaseDirectory, "*.ini").Select(path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_like_configparser(string name)
    {
        var text = File.ReadAllText(Path.Combine(CaseDirectory, name + ".ini"));
        var dump = new StringBuilder();
        foreach (var inlineComments in new[] { true, false })
        {
            var problems = new ProblemLog();
            var file = IniFile.Parse(text, name + ".ini", "/project", inlineComments, problems);
            dump.Append(inlineComments ? "with inline comments:\n" : "without inline comments:\n");
            foreach (var section in file.SectionNames)
            {
                var table = file.Table(section)!;
                dump.Append("  [").Append(section).Append("]\n");
                foreach (var key in table.Keys)
                {
                    table.TryGet(key, out var value);
                    dump.Append("    ").Append(key).Append(" = ").Append(TomlValueText.Quote((string)value.Raw)).Append("  (line ").Append(value.Line).Append(")\n");
                }
            }

            foreach (var problem in problems.Problems)
            {
                dump.Append("  problem: ").Append(problem).Append('\n');
            }
        }

        Snapshot.Match(Path.Combine(CaseDirectory, name + ".expected"), dump.ToString());
    }
}
