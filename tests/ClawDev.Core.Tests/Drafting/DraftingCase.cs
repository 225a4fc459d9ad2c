using System.Runtime.CompilerServices;
using ClawDev.Core.Configuration;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting;
using ClawDev.Core.Drafting.Grounding;
using ClawDev.Core.Python;
using ClawDev.Core.Rules;
using ClawDev.Core.Tests.Rules;

namespace ClawDev.Core.Tests.Drafting;

/// <summary>What a fixture asks drafting to do, from its file name's prefix.</summary>
public enum CaseAction
{
    /// <summary>draft_*.py: draft a docstring for the definition at the cursor.</summary>
    Draft,

    /// <summary>missing_*.py: document the missing parameters of the definition at the cursor.</summary>
    Missing,

    /// <summary>update_*.py: update the docstring of the definition at the cursor to its signature.</summary>
    Update,

    /// <summary>file_*.py: document everything in the file (no cursor).</summary>
    File,
}

/// <summary>
/// One drafting fixture: "Fixtures/&lt;style&gt;/&lt;action&gt;_&lt;case&gt;.py" with a "$0" cursor on the target
/// definition (rust-analyzer style). Next to it: "&lt;name&gt;.after.py" (the file after the edits),
/// "&lt;name&gt;.report.txt" (findings before and after, provenance), optionally "&lt;name&gt;.options" (settings, as
/// for rule fixtures) and "&lt;name&gt;.workspace/" (other files of the workspace, indexed for grounding).
/// </summary>
public sealed class DraftingCase
{
    public const string Cursor = "$0";
    private const string AfterSuffix = ".after.py";
    private const string WorkspaceSuffix = ".workspace";

    public DraftingCase(string name)
    {
        Name = name;
        FullPath = Path.Combine(Root(), name);
        var raw = File.ReadAllText(FullPath);
        var cursor = raw.IndexOf(Cursor, StringComparison.Ordinal);
        CursorOffset = cursor < 0 ? null : cursor;
        Text = cursor < 0 ? raw : raw.Remove(cursor, Cursor.Length);
        Style = StyleOf(name[..name.IndexOf('/')]);
        var fileName = Path.GetFileName(name);
        Action = Enum.Parse<CaseAction>(fileName[..fileName.IndexOf('_')], ignoreCase: true);
    }

    public string Name { get; }

    public string FullPath { get; }

    /// <summary>The fixture's text without the cursor marker.</summary>
    public string Text { get; }

    public int? CursorOffset { get; }

    public DocstringStyle Style { get; }

    public CaseAction Action { get; }

    /// <summary>The path the analysis and the drafter see: the file name, so the module is named after the case.</summary>
    public string RelativePath => Path.GetFileName(Name);

    public string AfterPath => Path.ChangeExtension(FullPath, null) + AfterSuffix;

    public string ReportPath => Path.ChangeExtension(FullPath, ".report.txt");

    public static string Root([CallerFilePath] string thisFile = "") => Path.Combine(Path.GetDirectoryName(thisFile)!, "Fixtures");

    /// <summary>Every fixture, as "style/name.py" (not snapshots, not workspace files).</summary>
    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        var root = Root();
        foreach (var path in Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (!name.EndsWith(AfterSuffix, StringComparison.Ordinal) && !name.Contains(WorkspaceSuffix + "/", StringComparison.Ordinal))
            {
                data.Add(name);
            }
        }
        return data;
    }

    /// <summary>Every rule enabled, plus the fixture's options.</summary>
    public FileSettings Settings() =>
        FixtureOptions.Read(FullPath, RuleRegistry.Descriptors.Select(static d => d.Code).ToHashSet());

    /// <summary>The other files of the workspace, indexed; null when the case has none.</summary>
    public ParameterDescriptionIndex? Workspace()
    {
        var folder = Path.ChangeExtension(FullPath, null) + WorkspaceSuffix;
        if (!Directory.Exists(folder))
        {
            return null;
        }
        var index = new ParameterDescriptionIndex();
        foreach (var file in Directory.EnumerateFiles(folder, "*.py", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            index.Add(relative, PythonParser.Parse(File.ReadAllText(file)), Style);
        }
        return index;
    }

    public DocstringDrafter Drafter(PythonModule module) =>
        new(module, RelativePath, Settings(), new DraftingOptions { Style = Style, Descriptions = Workspace() });

    /// <summary>The definition under the cursor.</summary>
    public Definition Target(PythonModule module)
    {
        Assert.True(CursorOffset.HasValue, $"{Name}: no {Cursor} cursor marker");
        var target = DefinitionLocator.At(module, CursorOffset.Value);
        Assert.True(target is not null, $"{Name}: no definition at the cursor");
        return target;
    }

    public override string ToString() => Name;

    private static DocstringStyle StyleOf(string folder) => folder switch
    {
        "google" => DocstringStyle.Google,
        "huggingface" => DocstringStyle.HuggingFace,
        "numpy" => DocstringStyle.NumPy,
        "sphinx" => DocstringStyle.Sphinx,
        "plain" => DocstringStyle.Plain,
        _ => throw new ArgumentException($"unknown style folder '{folder}'"),
    };
}
