namespace ClawDev.Core.Python;

/// <summary>
/// Collects syntax problems, keeping the first <see cref="Limit"/> so that a file of garbage cannot make the
/// list (and the memory) grow with its size; the rest are summarised in one closing entry.
/// </summary>
internal sealed class SyntaxProblemLog
{
    public const int Limit = 100;

    private readonly List<SyntaxProblem> _problems = [];
    private int _omitted;
    private TextSpan _firstOmitted;

    public void Add(string message, TextSpan span)
    {
        if (_problems.Count < Limit)
        {
            _problems.Add(new SyntaxProblem(message, span));
            return;
        }
        if (_omitted++ == 0)
        {
            _firstOmitted = span;
        }
    }

    public void Add(string message, int start, int end) => Add(message, new TextSpan(start, end));

    /// <summary>Where the first triple-quoted string that never closes starts (kept even past the limit), or null.</summary>
    public int? FirstUnterminatedTripleQuote { get; private set; }

    public void AddUnterminatedTripleQuote(int start, int end)
    {
        FirstUnterminatedTripleQuote ??= start;
        Add("unterminated triple-quoted string literal", start, end);
    }

    public IReadOnlyList<SyntaxProblem> ToList()
    {
        if (_omitted == 0)
        {
            return _problems.Count == 0 ? [] : _problems.ToArray();
        }
        return [.. _problems, new SyntaxProblem($"{_omitted} more syntax problems not listed", _firstOmitted)];
    }
}
