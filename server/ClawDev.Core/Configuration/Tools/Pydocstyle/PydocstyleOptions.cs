using ClawDev.Core.Configuration.Paths;
using ClawDev.Core.Configuration.Sources;

namespace ClawDev.Core.Configuration.Tools.Pydocstyle;

/// <summary>pydocstyle's options from the one configuration file it uses for the project root.</summary>
internal sealed record PydocstyleOptions
{
    /// <summary>The section read, e.g. "setup.cfg [pydocstyle]".</summary>
    public required ConfigOrigin Origin { get; init; }

    /// <summary>Code prefixes as written (split at commas).</summary>
    public SourcedOption<IReadOnlyList<string>>? Select { get; init; }

    public SourcedOption<IReadOnlyList<string>>? Ignore { get; init; }

    public SourcedOption<IReadOnlyList<string>>? AddSelect { get; init; }

    public SourcedOption<IReadOnlyList<string>>? AddIgnore { get; init; }

    public SourcedOption<Convention>? Convention { get; init; }

    /// <summary>The file-name regex, compiled with pydocstyle's <c>re.match(match + '$')</c> meaning.</summary>
    public SourcedOption<ConfigRegex>? Match { get; init; }

    public SourcedOption<ConfigRegex>? MatchDir { get; init; }

    /// <summary>Null value for an empty pattern, which pydocstyle treats as "no decorators ignored".</summary>
    public SourcedOption<ConfigRegex?>? IgnoreDecorators { get; init; }

    public SourcedOption<IReadOnlySet<string>>? PropertyDecorators { get; init; }

    public SourcedOption<bool>? IgnoreSelfOnlyInit { get; init; }
}
