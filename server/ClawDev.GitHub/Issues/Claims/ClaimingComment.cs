using System.Text;

namespace ClawDev.GitHub.Issues.Claims;

/// <summary>
/// Recognises a comment in which someone takes an issue: "I'd like to work on this", "can I take this?",
/// "I'll take it", "/assign", "/take", a bare "take" (the convention of pandas-style take bots), "Working on it!".
/// Questions about others ("Is anyone working on this?", "Are you still working on it?") are not claims, nor is
/// quoted text or code. The recognised sentence is returned as written, for the user to see. A comment can also give
/// an issue back (<see cref="ReleasesIn"/>).
/// </summary>
internal static class ClaimingComment
{
    private static readonly string[] SlashCommands = ["/assign", "/take", "/claim", "/self-assign", "/assign-me", "/work-on"];

    private static readonly string[] BareComments = ["take", "dibs"];

    // Anywhere in a sentence (after the sentence is lower-cased and its apostrophes made plain).
    private static readonly string[] Phrases =
    [
        "i'd like to work on", "i would like to work on", "i'd love to work on", "i would love to work on",
        "i want to work on", "i'd like to take", "i would like to take", "i'd love to take", "i want to take",
        "i'd like to pick", "i would like to pick", "i'd like to give it a try", "i'd like to give this a try",
        "i would like to give it a try", "i'd like to contribute to this", "i would like to contribute to this",
        "can i work on", "could i work on", "may i work on", "can i take", "could i take", "may i take",
        "can i pick", "could i pick", "i'll take", "i will take", "i'll work on", "i will work on", "i'll pick",
        "i will pick", "i'll give it a try", "i'll give this a try", "let me take", "let me work on", "i can take",
        "i can work on", "i'm working on", "i am working on", "i'm currently working on", "i am currently working on",
        "i've started working on", "i have started working on", "i started working on", "i'm on it", "i am on it",
        "please assign", "assign me", "assign this to me", "assign it to me",
    ];

    // Only at the start of a sentence: elsewhere "working on it" is as often "stopped working on it".
    private static readonly string[] SentenceOpenings = ["working on it", "working on this", "on it", "taking this", "taking it"];

    // Sentences that ask about someone else, whatever follows ("Is anyone working on this?").
    private static readonly string[] QuestionOpenings =
    [
        "is anyone", "is anybody", "is someone", "is somebody", "is there anyone", "is there someone", "has anyone",
        "has someone", "does anyone", "anyone", "someone", "somebody", "are you", "is this", "who is", "are there",
        "is it", "if anyone", "if someone",
    ];

    // Giving an issue back: "/unassign", "I can no longer work on this", "feel free to take it".
    private static readonly string[] ReleasingCommands = ["/unassign", "/untake", "/unclaim", "/release", "/unassign-me"];

    private static readonly string[] ReleasingPhrases =
    [
        "unassign me", "unassign myself", "unassigning myself", "i'm unassigning", "i am unassigning",
        "i can no longer work on", "i can't work on this anymore", "i can't work on it anymore", "i cannot work on this anymore",
        "i won't be able to work on", "i will not be able to work on", "i'm not able to work on", "i am not able to work on",
        "i'm no longer working on", "i am no longer working on", "i'm not working on this anymore", "i'm not working on it anymore",
        "i am not working on this anymore", "i'm dropping this", "i'm giving this up", "i'm giving up on this",
        "feel free to take it", "feel free to take this", "feel free to take over", "feel free to pick it up", "someone else can take",
    ];

    // "I'll take a look" is a promise to read, not to fix.
    private static readonly string[] NotClaims = ["take a look", "take a closer look", "take a quick look", "take care"];

    /// <summary>The sentence that claims the issue, or null when the comment claims nothing.</summary>
    public static string? ClaimIn(string body)
    {
        var text = WithoutQuotesAndCode(body);
        var whole = Plain(text).Trim().TrimEnd('.', '!');
        if (BareComments.Contains(whole))
        {
            return text.Trim();
        }
        foreach (var line in text.Split('\n'))
        {
            var command = line.Trim();
            if (SlashCommands.Any(slash => StartsWithWord(command.ToLowerInvariant(), slash)))
            {
                return command;
            }
        }
        foreach (var sentence in Sentences(text))
        {
            var plain = Plain(sentence);
            if (QuestionOpenings.Any(opening => StartsWithWord(plain, opening)))
            {
                continue;
            }
            foreach (var notClaim in NotClaims)
            {
                plain = plain.Replace(notClaim, "", StringComparison.Ordinal);
            }
            if (SentenceOpenings.Any(opening => StartsWithWord(plain, opening)) || Phrases.Any(phrase => ContainsWords(plain, phrase)))
            {
                return sentence;
            }
        }
        return null;
    }

    /// <summary>Whether the comment gives the issue back ("/unassign", "I won't be able to work on this").</summary>
    public static bool ReleasesIn(string body)
    {
        var text = WithoutQuotesAndCode(body);
        return text.Split('\n').Any(line => ReleasingCommands.Any(command => StartsWithWord(line.Trim().ToLowerInvariant(), command)))
            || Sentences(text).Select(Plain).Any(plain => ReleasingPhrases.Any(phrase => ContainsWords(plain, phrase)));
    }

    private static string WithoutQuotesAndCode(string body)
    {
        var kept = new StringBuilder(body.Length);
        var inFence = false;
        foreach (var rawLine in body.Replace("\r\n", "\n").Split('\n'))
        {
            var line = rawLine.TrimStart();
            if (line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }
            if (!inFence && !line.StartsWith('>'))
            {
                kept.Append(rawLine).Append('\n');
            }
        }
        return kept.ToString();
    }

    /// <summary>Sentences as written: split after '.', '!', '?' and at line ends.</summary>
    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var ends = i == text.Length || text[i] == '\n' || ((text[i] is '.' or '!' or '?') && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (!ends)
            {
                continue;
            }
            var sentence = text[start..Math.Min(i + 1, text.Length)].Trim();
            if (sentence.Length > 0)
            {
                yield return sentence;
            }
            start = i + 1;
        }
    }

    /// <summary>Lower case, typographic apostrophes made plain, runs of white space made one space, leading
    /// greetings and fillers ("Hi!", "Hey @bob,") left to the sentence splitter.</summary>
    private static string Plain(string sentence)
    {
        var plain = new StringBuilder(sentence.Length);
        foreach (var c in sentence)
        {
            var normal = c is '\u2019' or '\u2018' or '`' ? '\'' : char.ToLowerInvariant(c);
            if (char.IsWhiteSpace(normal))
            {
                if (plain.Length > 0 && plain[^1] != ' ')
                {
                    plain.Append(' ');
                }
            }
            else
            {
                plain.Append(normal);
            }
        }
        return plain.ToString();
    }

    private static bool StartsWithWord(string text, string opening) =>
        text.StartsWith(opening, StringComparison.Ordinal) && (text.Length == opening.Length || !char.IsLetterOrDigit(text[opening.Length]));

    private static bool ContainsWords(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }
        return false;
    }
}
