using ClawDev.Core.Python;

namespace ClawDev.Core.Rules;

/// <summary>Whether docstrings mention names as words: anywhere in their text, backticked or not.</summary>
internal static class ParameterMentions
{
    /// <summary>Up to this many names, each is searched for on its own (a vectorised search); more are looked up
    /// word by word.</summary>
    private const int FewNames = 64;

    /// <summary>The <paramref name="names"/> that none of <paramref name="docstrings"/> mentions, in their order. A
    /// signature's few names are each searched for; many names are found by reading each docstring once and looking
    /// up its words, so that thousands of parameters stay linear.</summary>
    public static List<string> NotMentioned(string fileText, IReadOnlyList<string> names, params Docstring?[] docstrings)
    {
        if (names.Count <= FewNames)
        {
            var unmentioned = new List<string>();
            foreach (var name in names)
            {
                if (!MentionedInAny(fileText, docstrings, name))
                {
                    unmentioned.Add(name);
                }
            }
            return unmentioned;
        }
        // A dictionary, not a set: its span lookup is compiled ahead of time (see NameExclusion).
        var pending = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (IsWord(name))
            {
                pending[name] = name;
            }
        }
        var words = pending.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var docstring in docstrings)
        {
            if (docstring is null)
            {
                continue;
            }
            var content = fileText.AsSpan(docstring.ContentSpan.Start, docstring.ContentSpan.Length);
            var start = 0;
            while (pending.Count > 0 && start < content.Length)
            {
                var end = start;
                while (end < content.Length && IsIdentifierChar(content[end]))
                {
                    end++;
                }
                if (end > start && words.TryGetValue(content[start..end], out var mentioned, out _))
                {
                    pending.Remove(mentioned);
                }
                start = end + 1;
            }
        }
        var notMentioned = new List<string>();
        foreach (var name in names)
        {
            // A name that is not one word (never a Python identifier) is searched for as text.
            if (IsWord(name) ? pending.ContainsKey(name) : !MentionedInAny(fileText, docstrings, name))
            {
                notMentioned.Add(name);
            }
        }
        return notMentioned;
    }

    private static bool IsWord(string name)
    {
        foreach (var c in name)
        {
            if (!IsIdentifierChar(c))
            {
                return false;
            }
        }
        return name.Length > 0;
    }

    // A loop, not Array.Exists with a lambda: that allocates a closure and a delegate per name of every signature.
    private static bool MentionedInAny(string fileText, Docstring?[] docstrings, string name)
    {
        foreach (var docstring in docstrings)
        {
            if (Mentions(fileText, docstring, name))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Mentions(string fileText, Docstring? docstring, string name)
    {
        if (docstring is null || name.Length == 0)
        {
            return false;
        }
        var content = fileText.AsSpan(docstring.ContentSpan.Start, docstring.ContentSpan.Length);
        var searched = 0;
        while (searched < content.Length)
        {
            var found = content[searched..].IndexOf(name, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }
            var start = searched + found;
            var end = start + name.Length;
            if ((start == 0 || !IsIdentifierChar(content[start - 1])) && (end == content.Length || !IsIdentifierChar(content[end])))
            {
                return true;
            }
            searched = start + 1;
        }
        return false;
    }

    internal static bool IsIdentifierChar(char c) => c == '_' || char.IsLetterOrDigit(c);
}
