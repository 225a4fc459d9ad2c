using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ClawDev.GitHub.Templates;

/// <summary>
/// Reads <c>.github/ISSUE_TEMPLATE/</c>: Markdown templates (<c>*.md</c> with YAML front matter: name, about,
/// title, labels, assignees), issue forms (<c>*.yml</c>/<c>*.yaml</c> with a <c>body</c> of fields) and
/// <c>config.yml</c> (blank_issues_enabled, contact_links). A broken file becomes a note; the others are still read.
/// </summary>
public static class IssueTemplateReader
{
    public const string Folder = ".github/ISSUE_TEMPLATE";

    /// <summary>Reads the templates of a checkout; a repository without the folder has none.</summary>
    public static IssueTemplateSet ReadRepository(string repositoryRoot)
    {
        var folder = Path.Combine(repositoryRoot, Folder.Replace('/', Path.DirectorySeparatorChar));
        if (!Directory.Exists(folder))
        {
            return IssueTemplateSet.None;
        }
        return Read(Directory.EnumerateFiles(folder).Select(path => (Path.GetFileName(path), File.ReadAllText(path))));
    }

    /// <summary>Reads template files given as (file name, text), in file-name order as GitHub lists them.</summary>
    public static IssueTemplateSet Read(IEnumerable<(string FileName, string Text)> files)
    {
        var templates = new List<IssueTemplate>();
        var notes = new List<string>();
        var blankIssuesEnabled = true;
        IReadOnlyList<ContactLink> contactLinks = [];
        foreach (var (fileName, text) in files.OrderBy(f => f.FileName, StringComparer.Ordinal))
        {
            try
            {
                if (fileName is "config.yml" or "config.yaml")
                {
                    var config = YamlValues.Root(text);
                    blankIssuesEnabled = YamlValues.Boolean(config, "blank_issues_enabled") ?? true;
                    contactLinks = ContactLinks(config);
                }
                else if (fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                {
                    templates.Add(ReadMarkdown(fileName, text));
                }
                else if (fileName.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
                {
                    templates.Add(ReadForm(fileName, text));
                }
            }
            catch (YamlException exception)
            {
                notes.Add($"{Folder}/{fileName}: not valid YAML (line {exception.Start.Line}: {exception.Message}); skipped");
            }
            catch (InvalidOperationException)
            {
                // YamlDotNet's scanner throws this on some malformed input (an unclosed flow sequence at the end).
                notes.Add($"{Folder}/{fileName}: not valid YAML (unexpected end of input); skipped");
            }
        }
        return new IssueTemplateSet(templates, blankIssuesEnabled, contactLinks, notes);
    }

    private static IssueTemplate ReadMarkdown(string fileName, string text)
    {
        var (frontMatter, body) = FrontMatter.Split(text);
        var yaml = frontMatter is null ? null : YamlValues.Root(frontMatter);
        var name = YamlValues.Text(yaml, "name");
        return new IssueTemplate(fileName, IssueTemplateKind.Markdown, name.Length > 0 ? name : Path.GetFileNameWithoutExtension(fileName),
            YamlValues.Text(yaml, "about"), YamlValues.Text(yaml, "title"), YamlValues.List(yaml, "labels"), YamlValues.List(yaml, "assignees"), body, []);
    }

    private static IssueTemplate ReadForm(string fileName, string text)
    {
        var yaml = YamlValues.Root(text);
        var fields = YamlValues.Child(yaml, "body") is YamlSequenceNode body
            ? body.Children.OfType<YamlMappingNode>().Select(ReadField).ToList()
            : [];
        var name = YamlValues.Text(yaml, "name");
        return new IssueTemplate(fileName, IssueTemplateKind.Form, name.Length > 0 ? name : Path.GetFileNameWithoutExtension(fileName),
            YamlValues.Text(yaml, "description"), YamlValues.Text(yaml, "title"), YamlValues.List(yaml, "labels"), YamlValues.List(yaml, "assignees"), "", fields);
    }

    private static FormField ReadField(YamlMappingNode field)
    {
        var attributes = YamlValues.Child(field, "attributes") as YamlMappingNode;
        var validations = YamlValues.Child(field, "validations") as YamlMappingNode;
        var options = YamlValues.Child(attributes, "options") is YamlSequenceNode sequence
            ? sequence.Children.Select(OptionText).Where(o => o.Length > 0).ToList()
            : [];
        var id = YamlValues.Text(field, "id");
        return new FormField(YamlValues.Text(field, "type"), id.Length > 0 ? id : null, YamlValues.Text(attributes, "label"),
            YamlValues.Text(attributes, "description"), YamlValues.Boolean(validations, "required") ?? false, options);
    }

    /// <summary>Dropdown options are strings; checkbox options are mappings with a <c>label</c>.</summary>
    private static string OptionText(YamlNode option) => option switch
    {
        YamlScalarNode scalar => scalar.Value ?? "",
        YamlMappingNode mapping => YamlValues.Text(mapping, "label"),
        _ => "",
    };

    private static IReadOnlyList<ContactLink> ContactLinks(YamlMappingNode? config) =>
        YamlValues.Child(config, "contact_links") is YamlSequenceNode links
            ? links.Children.OfType<YamlMappingNode>()
                .Select(link => new ContactLink(YamlValues.Text(link, "name"), YamlValues.Text(link, "url"), YamlValues.Text(link, "about")))
                .ToList()
            : [];
}
