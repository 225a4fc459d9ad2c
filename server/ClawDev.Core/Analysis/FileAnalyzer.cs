using ClawDev.Core.Configuration;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Library;
using ClawDev.Core.Python;
using ClawDev.Core.Rules;

namespace ClawDev.Core.Analysis;

/// <summary>Runs every enabled rule and the coverage count over one parsed file.</summary>
public static class FileAnalyzer
{
    /// <param name="relativePath">Path relative to the scanned root with '/' separators (decides module publicity).</param>
    /// <param name="moduleName">The dotted name the file is imported as (<see cref="Configuration.ProjectConfiguration.ModuleName"/>);
    /// null to derive it from <paramref name="relativePath"/>.</param>
    /// <remarks>
    /// Follows pydocstyle's check_source: the module, then every definition in source order; a definition with a
    /// bare pydocstyle noqa comment ("all") or a decorator matching ignore-decorators gets no check at all; a
    /// terminal (D1xx) finding ends that definition's checks. A rule that fails on one definition is recorded in
    /// <see cref="FileAnalysis.InternalErrors"/> and the other definitions are still checked.
    /// </remarks>
    public static FileAnalysis Analyze(PythonModule module, string relativePath, FileSettings settings, string? moduleName = null) =>
        Analyze(module, relativePath, settings, moduleName, CancellationToken.None);

    /// <inheritdoc cref="Analyze(PythonModule, string, FileSettings, string?)"/>
    /// <param name="cancellationToken">Checked before each definition: in the editor a newer version of the document
    /// makes this analysis worthless, however long the file.</param>
    /// <param name="withOutline">Whether the module is outlined for the project facts (<see cref="FileAnalysis.Outline"/>):
    /// only the library's modules are (<see cref="ProjectConfiguration.IsLibraryModule"/>).</param>
    public static FileAnalysis Analyze(PythonModule module, string relativePath, FileSettings settings, string? moduleName, CancellationToken cancellationToken, bool withOutline = true)
    {
        var facts = ModuleFacts.Create(module, relativePath, settings, moduleName);
        var sink = new FindingSink();
        var errors = new List<string>();

        if (facts.SkippedCodes != "all")
        {
            sink.TargetModule(facts);
            foreach (var rule in RuleRegistry.ModuleRules)
            {
                if (settings.EnabledCodes.Contains(rule.Code))
                {
                    Run(() => rule.Check(facts, sink), rule.Code, facts.DottedName, errors);
                }
            }
        }

        var definitionRules = EnabledDefinitionRules(settings);
        List<DefinitionFacts> definitions = [];
        Run(() => definitions = DefinitionFacts.Collect(facts), "outline", facts.DottedName, errors);
        foreach (var definition in definitionRules.Count > 0 ? definitions : [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            CheckDefinition(definition, facts, definitionRules, sink, errors);
        }
        cancellationToken.ThrowIfCancellationRequested();

        var coverage = new ModuleCoverage(0, 0, []);
        Run(() => coverage = CoverageCounter.Count(module, relativePath, facts.DottedName, settings.Coverage), "coverage", facts.DottedName, errors);
        ModuleOutline? outline = null;
        if (withOutline)
        {
            Run(() => outline = Outline(facts, definitions, errors), "outline", facts.DottedName, errors);
        }
        return new FileAnalysis(relativePath, module, sink.Findings, coverage)
        {
            ModuleName = facts.DottedName,
            Outline = outline,
            InternalErrors = errors,
            DocstringStyles = DocstringStyles(facts, definitions),
        };
    }

    /// <summary>The census of the file's docstring styles, reusing the docstrings the rules parsed: parsing each a second
    /// time cost about 2% of a scan of huggingface_hub.</summary>
    private static StyleCensus DocstringStyles(ModuleFacts module, List<DefinitionFacts> definitions)
    {
        var detections = new List<StyleDetection>();
        foreach (var definition in definitions)
        {
            if (definition.CensusStyle(module) is { } detection)
            {
                detections.Add(detection);
            }
        }
        return StyleCensus.Of(module.Module, detections);
    }

    /// <summary>What other modules need to know of this one (see <see cref="ModuleOutline"/>).</summary>
    private static ModuleOutline Outline(ModuleFacts module, List<DefinitionFacts> definitions, List<string> errors)
    {
        var outlined = new OutlinedDefinition[definitions.Count];
        for (var i = 0; i < outlined.Length; i++)
        {
            var facts = definitions[i];
            var definition = facts.Definition;
            // A definition the rules could not read counts toward no habit; the module keeps its outline.
            bool? hasParameterSection = null;
            Run(() => hasParameterSection = HasParameterSection(facts, module), "the parameter habit", definition.QualifiedName, errors);
            outlined[i] = new OutlinedDefinition(
                definition.QualifiedName,
                definition.IsClass,
                facts.HasDocumentation(module),
                definition.Bases,
                CopyMark.Above(module.Module, definition),
                facts.Line,
                definition.IsClass && facts.DocumentedSignature(module) is var (documented, _) ? documented.DocumentedParameterNames : [],
                hasParameterSection);
        }
        var parsed = module.Module;
        return new ModuleOutline(
            module.DottedName,
            module.IsPackage,
            parsed.Docstring is not null,
            outlined,
            parsed.Imports,
            parsed.LazyExports,
            parsed.All is { IsStatic: true } all ? all.Names : null);
    }

    /// <summary>For the library's habit of documenting parameters in sections (<see cref="HabitMeasure.ParameterSections"/>):
    /// whether a public function's or class's docstring has a parameter section (for __init__, its class's counts too);
    /// null when the definition has no docstring that says more than a summary (what CD401 reads: a one-line
    /// docstring of a small helper says nothing of the habit) or no parameters to document, is a command whose
    /// options document them, or is a class whose __init__ has a docstring of its own (counted there).</summary>
    private static bool? HasParameterSection(DefinitionFacts definition, ModuleFacts module)
    {
        if (!definition.IsPublic || definition.Docstring is null || definition.SignatureOwner() is not { } owner
            || (owner != definition && owner.Docstring is not null)
            || Rules.SignatureParameters.Documentable(owner, module.Settings.Parameters).Count == 0
            || Rules.CommandLineCommand.DocumentsItsParameters(owner.Definition))
        {
            return null;
        }
        if (definition.DocumentedSignature(module) is not null || (definition.IsInit && definition.Parent?.DocumentedSignature(module) is not null))
        {
            return true;
        }
        return HasSecondParagraph(module.Module.Text.AsSpan(definition.Docstring.ContentSpan.Start, definition.Docstring.ContentSpan.Length)) ? false : null;
    }

    /// <summary>Whether text follows a blank line after the first paragraph: a docstring saying more than a summary,
    /// told without parsing it (most of the docstrings the habit counts have no parameter section to parse for).</summary>
    private static bool HasSecondParagraph(ReadOnlySpan<char> content)
    {
        var text = content.Trim();
        var blankLineSeen = false;
        while (!text.IsEmpty)
        {
            var lineEnd = text.IndexOf('\n');
            var line = lineEnd < 0 ? text : text[..lineEnd];
            if (line.IsWhiteSpace())
            {
                blankLineSeen = true;
            }
            else if (blankLineSeen)
            {
                return true;
            }
            text = lineEnd < 0 ? [] : text[(lineEnd + 1)..];
        }
        return false;
    }

    private static void CheckDefinition(
        DefinitionFacts definition, ModuleFacts module, List<DefinitionRule> rules, FindingSink sink, List<string> errors)
    {
        if (definition.SkippedCodes == "all" || definition.HasIgnoredDecorator)
        {
            return;
        }
        sink.TargetDefinition(definition);
        var first = sink.Findings.Count;
        RunRules(definition, module, rules, sink, errors);
        // Read only for definitions with findings: the resolver withholds what the code itself deprecates.
        if (sink.Findings.Count > first && module.Settings.Profile == AnalysisProfile.Contribution
            && definition.Deprecation(module) is { IsEmpty: false } deprecation)
        {
            sink.MarkDeprecated(first, deprecation);
        }
    }

    private static void RunRules(DefinitionFacts definition, ModuleFacts module, List<DefinitionRule> rules, FindingSink sink, List<string> errors)
    {
        foreach (var rule in rules)
        {
            var before = sink.Findings.Count;
            try
            {
                rule.Check(definition, module, sink);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                errors.Add(InternalError(rule.Code, definition.Definition.QualifiedName, exception));
            }
            if (rule.IsTerminal && sink.Findings.Count > before)
            {
                return;
            }
        }
    }

    private static List<DefinitionRule> EnabledDefinitionRules(FileSettings settings)
    {
        var enabled = new List<DefinitionRule>(RuleRegistry.DefinitionRules.Length);
        foreach (var rule in RuleRegistry.DefinitionRules)
        {
            if (settings.EnabledCodes.Contains(rule.Code))
            {
                enabled.Add(rule);
            }
        }
        return enabled;
    }

    /// <summary>Runs one step; a bug in it becomes a note for this file instead of losing the file's other findings.</summary>
    private static void Run(Action step, string what, string symbol, List<string> errors)
    {
        try
        {
            step();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            errors.Add(InternalError(what, symbol, exception));
        }
    }

    private static string InternalError(string what, string symbol, Exception exception) =>
        $"internal error in {what} at {symbol}: {exception.GetType().Name}: {exception.Message}";
}
