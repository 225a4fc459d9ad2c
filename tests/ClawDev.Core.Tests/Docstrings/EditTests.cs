using ClawDev.Core.Docstrings;
using ClawDev.Core.Python;

namespace ClawDev.Core.Tests.Docstrings;

/// <summary>
/// The spans are what drafting needs: an entry written at the end of a parameter section, with the section's
/// indentation and the docstring's line break, parses back as one more parameter and leaves every other entry as
/// it was.
/// </summary>
public sealed class EditTests
{
    [Theory]
    [InlineData("google/napoleon_example.py", "\n")]
    [InlineData("google/style_guide.py", "\r\n")]
    [InlineData("huggingface/configuration.py", "\n")]
    [InlineData("huggingface/modeling.py", "\r\n")]
    [InlineData("numpy/functions.py", "\n")]
    [InlineData("numpy/classes.py", "\r")]
    [InlineData("sphinx/typed_fields.py", "\n")]
    [InlineData("sphinx/requests_style.py", "\r\n")]
    public void Appending_an_entry_keeps_every_other_entry(string name, string lineBreak)
    {
        var lf = FixtureFile.Load(name);
        var fixture = lf.WithText(lf.Text.Replace("\n", lineBreak));
        var edited = 0;
        foreach (var docstring in fixture.Docstrings)
        {
            var before = DocstringParser.Parse(fixture.Text, docstring.ContentSpan);
            var section = before.ParameterSections.FirstOrDefault(s => s.Entries.Count > 0);
            if (section is null)
            {
                continue;
            }
            var insertAt = section.Entries[^1].Span.End;
            var entry = NewEntry(before.Style, section, before.LineBreak);
            var text = fixture.Text.Insert(insertAt, entry);

            var after = DocstringParser.Parse(text, new TextSpan(docstring.ContentSpan.Start, docstring.ContentSpan.End + entry.Length));

            Assert.Equal(before.Style, after.Style);
            Assert.Equal(Insert(before.DocumentedParameterNames, section, "added_param"), after.DocumentedParameterNames);
            Assert.Equal("Added by drafting.", after.FindParameter("added_param")!.Description);
            Assert.Equal(
                before.Sections.SelectMany(s => s.Entries).Select(e => e.Description),
                after.Sections.SelectMany(s => s.Entries).Where(e => e.Name != "added_param").Select(e => e.Description));
            edited++;
        }
        Assert.True(edited > 0, "no docstring with parameters in " + name);
    }

    private static string NewEntry(DocstringStyle style, DocSection section, string lineBreak)
    {
        var indent = lineBreak + section.EntryIndentation;
        return style switch
        {
            DocstringStyle.Google => $"{indent}added_param (int): Added by drafting.",
            DocstringStyle.HuggingFace => $"{indent}added_param (`int`, *optional*, defaults to 1):{indent}    Added by drafting.",
            DocstringStyle.NumPy => $"{indent}added_param : int, optional{indent}    Added by drafting.",
            DocstringStyle.Sphinx => $"{indent}:param added_param: Added by drafting.{indent}:type added_param: int",
            _ => throw new InvalidOperationException(style.ToString()),
        };
    }

    private static List<string> Insert(IReadOnlyList<string> names, DocSection section, string added)
    {
        var result = names.ToList();
        var last = ParameterNames.Normalize(section.Entries[^1].Names[^1]);
        result.Insert(result.LastIndexOf(last) + 1, added);
        return result;
    }
}
