using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ClawDev.Core.Configuration.Paths;

/// <summary>
/// A regular expression from a configuration file, safe on any input. It runs on .NET's non-backtracking engine (time
/// linear in the input) whenever the pattern allows; a pattern that needs backtracking (a look-around such as
/// pydocstyle's default <c>(?!test_)</c>, a back-reference) runs with a match timeout, and once it runs out of time
/// (nested repetition such as <c>(a+)+</c> backtracks exponentially) it counts as not matching from then on and is
/// reported once in its <see cref="PatternTimeouts"/>.
/// </summary>
public sealed class ConfigRegex
{
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    private readonly Regex _regex;
    private readonly PatternTimeouts? _timeouts;
    // 1 once a match ran out of time (files are checked on several threads at once).
    private int _timedOut;

    /// <param name="asWritten">The pattern as the configuration writes it, for messages.</param>
    /// <param name="pattern">The .NET pattern to run.</param>
    /// <param name="timeouts">Where a timeout is reported; null for patterns that never need backtracking.</param>
    /// <exception cref="ArgumentException">The pattern is not valid.</exception>
    internal ConfigRegex(string asWritten, string pattern, RegexOptions options, PatternTimeouts? timeouts)
    {
        AsWritten = asWritten;
        _timeouts = timeouts;
        try
        {
            _regex = new Regex(pattern, options | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            _regex = new Regex(pattern, options, MatchTimeout);
        }
    }

    public string AsWritten { get; }

    public bool IsMatch(string input)
    {
        if (Volatile.Read(ref _timedOut) == 1)
        {
            return false;
        }
        try
        {
            return _regex.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            // Reported once, by the first thread that ran out of time.
            if (Interlocked.Exchange(ref _timedOut, 1) == 0)
            {
                _timeouts?.Add(this, input);
            }
            return false;
        }
    }

    /// <summary>The .NET pattern that runs (the pattern as written, translated and anchored).</summary>
    public override string ToString() => _regex.ToString();
}

/// <summary>The configuration's patterns that ran out of time while it was in use, as sentences for the user.</summary>
public sealed class PatternTimeouts
{
    private const int MaxInputShown = 60;

    private readonly ConcurrentQueue<string> _messages = new();

    public IReadOnlyList<string> Messages => [.. _messages];

    internal void Add(ConfigRegex regex, string input)
    {
        var shown = input.Length <= MaxInputShown ? input : input[..MaxInputShown] + "…";
        var limit = ConfigRegex.MatchTimeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture);
        _messages.Enqueue(
            $"the pattern \"{regex.AsWritten}\" took more than {limit} ms on \"{shown}\" and was stopped; it counts as not "
            + "matching from now on (nested repetition such as (a+)+ makes a pattern backtrack exponentially)");
    }
}
