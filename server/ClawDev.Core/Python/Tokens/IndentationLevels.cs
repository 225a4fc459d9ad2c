namespace ClawDev.Core.Python.Tokens;

/// <summary>
/// The stack of indentation levels, kept as CPython keeps it: columns with tabs to the next multiple of 8 and
/// "alternate" columns with tabs counted as 1. Both must order lines the same way, or tabs and spaces are
/// mixed inconsistently (CPython's TabError, here a problem).
/// </summary>
internal sealed class IndentationLevels(SyntaxProblemLog problems)
{
    private const int TabSize = 8;

    private int[] _columns = new int[16];
    private int[] _altColumns = new int[16];
    private int _count = 1;

    /// <summary>Number of open indented blocks.</summary>
    public int Depth => _count - 1;

    /// <summary>
    /// Reads the indentation starting at <paramref name="start"/>: where it ends and the column it reaches (a tab
    /// goes to the next multiple of 8, a form feed starts again from 0).
    /// </summary>
    public static int Measure(string text, int start, out int end, out int altColumn)
    {
        int column = 0, alt = 0, p = start;
        for (; p < text.Length; p++)
        {
            switch (text[p])
            {
                case ' ':
                    column++;
                    alt++;
                    break;
                case '\t':
                    column = (column / TabSize + 1) * TabSize;
                    alt++;
                    break;
                case '\f':
                    column = alt = 0;
                    break;
                default:
                    end = p;
                    altColumn = alt;
                    return column;
            }
        }
        end = p;
        altColumn = alt;
        return column;
    }

    /// <summary>
    /// Moves to a line indented to <paramref name="column"/>: 1 when it opens a block, minus the number of blocks
    /// it closes, or 0. A column between two levels (CPython's "unindent does not match") closes the blocks
    /// above the inner one and keeps the line in it, which takes the new column.
    /// </summary>
    public int MoveTo(int column, int altColumn, TextSpan indentation)
    {
        var top = _count - 1;
        if (column > _columns[top])
        {
            CheckTabs(altColumn > _altColumns[top], indentation);
            Push(column, altColumn);
            return 1;
        }
        var dedents = 0;
        while (_count > 1 && column < _columns[_count - 1])
        {
            if (column > _columns[_count - 2])
            {
                problems.Add("unindent does not match any outer indentation level", indentation);
                _columns[_count - 1] = column;
                _altColumns[_count - 1] = altColumn;
                return -dedents;
            }
            _count--;
            dedents++;
        }
        CheckTabs(altColumn == _altColumns[_count - 1], indentation);
        return -dedents;
    }

    /// <summary>Closes every block (at the end of the input); returns how many there were.</summary>
    public int CloseAll()
    {
        var open = Depth;
        _count = 1;
        return open;
    }

    private void CheckTabs(bool consistent, TextSpan indentation)
    {
        if (!consistent)
        {
            problems.Add("inconsistent use of tabs and spaces in indentation", indentation);
        }
    }

    private void Push(int column, int altColumn)
    {
        if (_count == _columns.Length)
        {
            Array.Resize(ref _columns, _count * 2);
            Array.Resize(ref _altColumns, _count * 2);
        }
        _columns[_count] = column;
        _altColumns[_count] = altColumn;
        _count++;
    }
}
