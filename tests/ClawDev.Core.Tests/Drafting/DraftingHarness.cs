using ClawDev.Core.Analysis;
using ClawDev.Core.Configuration;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting;
using ClawDev.Core.Drafting.Grounding;
using ClawDev.Core.Python;
using ClawDev.Core.Rules;

namespace ClawDev.Core.Tests.Drafting;

/// <summary>A parsed source with a drafter over it, for tests that build their Python inline.</summary>
internal sealed class DraftingHarness
{
    public static readonly IReadOnlySet<string> AllCodes = RuleRegistry.Descriptors.Select(static d => d.Code).ToHashSet();

    public DraftingHarness(string source, DocstringStyle style = DocstringStyle.Google, FileSettings? settings = null, ParameterDescriptionIndex? index = null, string? quote = null, ICommittedFiles? committed = null, string path = "pkg/mod.py")
    {
        Source = source;
        Path = path;
        Module = PythonParser.Parse(source);
        Settings = settings ?? new FileSettings { EnabledCodes = AllCodes };
        Drafter = new DocstringDrafter(Module, path, Settings, new DraftingOptions { Style = style, Descriptions = index, Quote = quote, Committed = committed });
    }

    public string Source { get; }

    /// <summary>The module's path in the workspace.</summary>
    public string Path { get; }

    public PythonModule Module { get; }

    public FileSettings Settings { get; }

    public DocstringDrafter Drafter { get; }

    public IReadOnlyList<Finding> Findings => FileAnalyzer.Analyze(Module, Path, Settings).Findings;

    /// <summary>The first definition (in source order) with this qualified name.</summary>
    public Definition Definition(string qualifiedName) => Module.AllDefinitions().First(d => d.QualifiedName == qualifiedName);

    public string Apply(DraftResult result) => TextEdits.Apply(Source, result.Edits);
}
