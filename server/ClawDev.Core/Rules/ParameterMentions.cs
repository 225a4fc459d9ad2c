using ClawDev.Core.Python;

namespace ClawDev.Core.Rules;

/// <summary>Whether a docstring mentions a name as a word: anywhere in its text, backticked or not.</summary>
internal static class ParameterMentions
{
    public static bool Mentions(string fileText, Docstring? docstring, string name)
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

    private static bool IsIdentifierChar(char c) => c == '_' || char.IsLetterOrDigit(c);
}
