using ClawDev.Core.Configuration.Paths;

namespace ClawDev.Core.Configuration.Sources;

/// <summary>Collects configuration problems as sentences for the user; reading always goes on with defaults.</summary>
internal sealed class ProblemLog
{
    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Where the configuration's patterns report running out of time later, while files are checked.</summary>
    public PatternTimeouts PatternTimeouts { get; } = new();

    /// <param name="line">1-based line, or null when the position is unknown.</param>
    public void Add(string fileName, int? line, string message)
    {
        // A file can be read twice (setup.cfg serves pydocstyle and interrogate); say each problem once.
        var sentence = line is { } number ? $"{fileName}, line {number}: {message}" : $"{fileName}: {message}";
        if (!_problems.Contains(sentence))
        {
            _problems.Add(sentence);
        }
    }

    public void Add(ConfigOrigin origin, int? line, string message) => Add(origin.FileName, line, message);
}
