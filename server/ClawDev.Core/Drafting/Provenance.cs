namespace ClawDev.Core.Drafting;

/// <summary>Where grounded text in a draft came from, nearest first.</summary>
public enum GroundingSource
{
    /// <summary>The definition's own documentation: the class docstring for __init__, __init__'s for the class.</summary>
    OwnDocumentation,

    /// <summary>The parameter's own help text: its dataclass field's metadata help, its typer or click option's help.</summary>
    OwnHelpText,

    /// <summary>Its class docstring's attributes section: the attribute the parameter is stored as, documented (a dataclass's field).</summary>
    OwnAttribute,

    /// <summary>What its class documents of the attribute a method stores it as (<c>self.save_total_limit = total_limit</c>).</summary>
    StoredAttribute,

    /// <summary>The entry of a method of its class for a parameter it stores as this one (<c>set_logging(strategy)</c>: <c>self.logging_strategy = …(strategy)</c>).</summary>
    SetBy,

    /// <summary>Its class's property of the same name, which the constructor parameter sets: the property's docstring.</summary>
    OwnProperty,

    /// <summary>The origin of the <c># Copied from</c> block it stands in, its replacements applied (what <c>make fix-copies</c> writes).</summary>
    CopyOrigin,

    /// <summary>The documentation of the method this one overrides in a base class (or of the base class's constructor).</summary>
    BaseClassMethod,

    /// <summary>The same method (or constructor) of the file's other classes that share its base, several agreeing word for word.</summary>
    SiblingOverride,

    /// <summary>A definition of the same name elsewhere (a sync and an async client's method, a model's copy).</summary>
    Counterpart,

    /// <summary>The same parameter name documented elsewhere in the same file.</summary>
    SameFile,

    /// <summary>The entry of a callee the parameter is passed on to (<c>g(x=x)</c>, <c>g(**kwargs)</c>).</summary>
    PassedOn,

    /// <summary>The entry of a caller that passes its own parameter of that name on to this definition (<c>f(x=x)</c> calling it).</summary>
    PassedHere,

    /// <summary>The most common description of the same parameter name in the nearest folder of the workspace that documents it.</summary>
    SameParameterName,

    /// <summary>The entry of the same name elsewhere that says all its own help text says and goes on (where the repository words help apart from entries).</summary>
    FullerEntry,

    /// <summary>A help text the repository has for the same name elsewhere (a dataclass field, an argparse argument, a click or typer option).</summary>
    HelpText,

    /// <summary>A sentence of the definition's own docstring prose (or its class's or __init__'s) that names the parameter.</summary>
    OwnProse,

    /// <summary>A sentence of the prose of another function in the same file that takes a parameter of that name and names it.</summary>
    SameFileProse,

    /// <summary>The entry a definition of its family writes for the parameter named after that definition (<c>VeraConfig.vera_dropout</c>'s for <c>LoraConfig.lora_dropout</c>).</summary>
    FamilyParameter,

    /// <summary>The entry of a parameter of the same docstring whose name differs in one word, that word swapped (<c>source_mtime</c>'s for <c>dest_mtime</c>).</summary>
    ParallelEntry,
}

/// <summary>One part of a draft that was not a placeholder, and its origin.</summary>
/// <param name="Symbol">The definition the draft is for ("Trainer.train").</param>
/// <param name="Part">What was filled in: "summary", "parameter lr", "returns".</param>
/// <param name="Source">How it was found.</param>
/// <param name="Path">The file it was taken from, as the index knows it.</param>
/// <param name="SourceSymbol">The definition it was taken from ("BaseTrainer.train", "SGD.__init__").</param>
/// <param name="Count">How many docstrings at that distance say the same (1 for a single source).</param>
/// <param name="Line">The 1-based line of the entry it was taken from; 0 when unknown.</param>
/// <param name="Other">An equally near source that says something else ("src/b.py:12, g"), or null.</param>
public sealed record Provenance(string Symbol, string Part, GroundingSource Source, string Path, string SourceSymbol, int Count, int Line = 0, string? Other = null)
{
    /// <summary>The drafted text itself (the description as written into the draft); empty when not known.</summary>
    public string Text { get; init; } = "";

    /// <summary>How the text was adapted from its source ("source_mtime's entry, 'source' read as 'dest'"); null when taken as written.</summary>
    public string? Adaptation { get; init; }

    /// <summary>"src/x.py:120, move()": where to read the original.</summary>
    public string Location => Line > 0 ? $"{Path}:{Line}, {SourceSymbol}" : $"{Path}, {SourceSymbol}";

    public override string ToString()
    {
        var how = Source switch
        {
            GroundingSource.OwnDocumentation => "its own documentation",
            GroundingSource.OwnHelpText => "its own help text",
            GroundingSource.OwnAttribute => "its class's attributes section",
            GroundingSource.OwnProperty => "its class's property",
            GroundingSource.StoredAttribute => "the attribute it is stored as",
            GroundingSource.SetBy => "the method of its class that sets it",
            GroundingSource.CopyOrigin => "the origin it is copied from",
            GroundingSource.BaseClassMethod => "the base class",
            GroundingSource.SiblingOverride => $"its sibling classes ({Count} say it)",
            GroundingSource.Counterpart => "its counterpart",
            GroundingSource.SameFile => Count > 1 ? $"this file ({Count} docstrings say it)" : "this file",
            GroundingSource.PassedOn => "where it is passed on",
            GroundingSource.PassedHere => Count > 1 ? $"a caller that passes it here ({Count} say it)" : "a caller that passes it here",
            GroundingSource.OwnProse => "a sentence of its own docstring naming it",
            GroundingSource.SameFileProse => "a sentence of this file naming it",
            GroundingSource.ParallelEntry => $"its own docstring: {Adaptation}",
            GroundingSource.FamilyParameter => Count > 1 ? $"its family's parameter named after itself ({Count} say it)" : "its family's parameter named after itself",
            GroundingSource.FullerEntry => Count > 1 ? $"the same name elsewhere, its own help text and more ({Count} say it)" : "the same name elsewhere, its own help text and more",
            GroundingSource.HelpText => Count > 1 ? $"a help text for the same name ({Count} say it)" : "a help text for the same name",
            _ => Count > 1 ? $"the same name elsewhere ({Count} docstrings say it)" : "the same name elsewhere",
        };
        var adapted = Source != GroundingSource.ParallelEntry && Adaptation is not null ? $"; {Adaptation}" : "";
        return $"{Symbol} {Part}: from {Location} ({how}{adapted}){(Other is null ? "" : $"; {Other} says otherwise")}";
    }

    /// <summary>
    /// Whether <paramref name="written"/> holds this part's text: its first words in order, whatever line breaks
    /// and indentation the writer put between them.
    /// </summary>
    public bool IsWrittenIn(string written)
    {
        var words = Text.Split((char[]?)null, LeadingWords + 1, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }
        var leading = string.Join(' ', words.Take(LeadingWords));
        return string.Join(' ', written.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Contains(leading, StringComparison.Ordinal);
    }

    /// <summary>Enough words to tell parts apart, few enough that a writer's changes to the end (a default remark) do not matter.</summary>
    private const int LeadingWords = 6;
}
