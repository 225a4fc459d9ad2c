using System.Runtime.CompilerServices;
using System.Text;
using ClawDev.Core.Library;
using ClawDev.Core.Tests.Support;

namespace ClawDev.Core.Tests.Library;

/// <summary>
/// Every directive form the documentation pages are read for (Pages/*: Hugging Face's [[autodoc]] with member lists,
/// Sphinx's auto* directives with :members: and autosummary lists, mkdocstrings' ::: with inline and listed members,
/// CRLF line ends), one line per object a page renders, in Pages/expected.txt.
/// </summary>
public sealed class DocumentationPagesTests
{
    private static readonly string Root = Path.Combine(SourceDirectory(), "Pages");

    [Fact]
    public void Every_directive_form_names_the_objects_and_members_it_renders()
    {
        var text = new StringBuilder();
        foreach (var page in Directory.GetFiles(Root).Where(path => Path.GetFileName(path) != "expected.txt").Order(StringComparer.Ordinal))
        {
            foreach (var reference in DocumentationPages.Parse(File.ReadAllText(page), Path.GetFileName(page)))
            {
                var members = reference.Members is null ? "default members" : $"members [{string.Join(", ", reference.Members)}]";
                text.Append($"{reference.Source}: {reference.Tool} {reference.Target}{(reference.IsModule ? " (module)" : "")}, {members}\n");
            }
        }

        Snapshot.Match(Path.Combine(Root, "expected.txt"), text.ToString());
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
