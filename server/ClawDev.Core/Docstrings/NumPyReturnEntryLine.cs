namespace ClawDev.Core.Docstrings;

/// <summary>"out : ndarray" or a type alone ("ndarray"): numpydoc reads a single element as the type.</summary>
internal readonly struct NumPyReturnEntryLine : IEntryLineParser
{
    public bool TryParse(DocLines lines, int index, out EntryHead head)
    {
        if (NumPyNamedEntryLine.TryParse(lines, index, out head, out var hasColon) && hasColon)
        {
            return true;
        }
        return new NumPyTypeEntryLine().TryParse(lines, index, out head);
    }
}
